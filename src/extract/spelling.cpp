#include "extract/spelling.h"

#include <cstdint>

namespace wortkiste::extract {

namespace {

// Latin-1 letters are encoded as 0xC3 followed by 0x80..0xBF; U+00C0..U+00DE are the uppercase
// ones (except U+00D7 "×"), 0x20 above them their lowercase twins ("Ä" C3 84 -> "ä" C3 A4).
bool is_latin1_upper(unsigned char lead, unsigned char next) {
  return lead == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97;
}
bool is_latin1_lower(unsigned char lead, unsigned char next) {
  return lead == 0xC3 && next >= 0xA0 && next <= 0xBE && next != 0xB7 && next != 0x9F;
}

} // namespace

std::string to_lower(std::string_view word) {
  std::string out(word);
  for (std::size_t i = 0; i < out.size(); ++i) {
    auto c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (i + 1 < out.size() && is_latin1_upper(c, static_cast<unsigned char>(out[i + 1]))) {
      out[i + 1] = static_cast<char>(static_cast<unsigned char>(out[i + 1]) + 0x20);
      ++i;
    }
  }
  return out;
}

std::string capitalize(std::string_view word) {
  std::string out(word);
  if (out.empty()) {
    return out;
  }
  auto c = static_cast<unsigned char>(out[0]);
  if (c >= 'a' && c <= 'z') {
    out[0] = static_cast<char>(c - 32);
  } else if (out.size() > 1) {
    auto n = static_cast<unsigned char>(out[1]);
    if (is_latin1_lower(c, n) && n != 0xBF) {
      out[1] = static_cast<char>(n - 0x20);
    }
  }
  return out;
}

std::string title_case(std::string_view word) { return capitalize(to_lower(word)); }

bool starts_upper(std::string_view word) {
  if (word.empty()) {
    return false;
  }
  auto c = static_cast<unsigned char>(word[0]);
  if (c >= 'A' && c <= 'Z') {
    return true;
  }
  return word.size() > 1 && is_latin1_upper(c, static_cast<unsigned char>(word[1]));
}

bool is_all_caps(std::string_view word) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    auto c = static_cast<unsigned char>(word[i]);
    if (c >= 'a' && c <= 'z') {
      return false;
    }
    if (c >= 'A' && c <= 'Z') {
      ++letters;
    } else if (i + 1 < word.size() && c == 0xC3) {
      auto n = static_cast<unsigned char>(word[i + 1]);
      if (is_latin1_lower(c, n) || n == 0x9F) {
        return false;
      }
      ++letters;
      ++i;
    }
  }
  return letters >= 2;
}

bool has_letter(std::string_view word) {
  for (std::size_t i = 0; i < word.size(); ++i) {
    auto c = static_cast<unsigned char>(word[i]);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC3) {
      // Any multi-byte sequence from Latin-1 on counts as a letter: good enough for German text,
      // where typographic punctuation („ “ – …) starts with 0xE2 and is caught below.
      if (c == 0xE2 || c == 0xC2) {
        continue;
      }
      return true;
    }
  }
  return false;
}

bool is_number_like(std::string_view word) {
  bool digit = false;
  for (char ch : word) {
    if (ch >= '0' && ch <= '9') {
      digit = true;
    } else if (ch != '.' && ch != ',' && ch != ':' && ch != '-' && ch != '/') {
      return false;
    }
  }
  return digit;
}

bool is_punctuation(std::string_view word) {
  if (word.empty()) {
    return false;
  }
  for (char ch : word) {
    if ((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) {
      return false;
    }
  }
  return !has_letter(word);
}

} // namespace wortkiste::extract
