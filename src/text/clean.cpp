#include "text/clean.h"

#include "text/unicode.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

namespace wortkiste::text {

using detail::decode_utf8;

namespace {

bool is_invisible(char32_t c) {
  return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

std::string_view ligature(char32_t c) {
  switch (c) {
  case 0xFB00: return "ff";
  case 0xFB01: return "fi";
  case 0xFB02: return "fl";
  case 0xFB03: return "ffi";
  case 0xFB04: return "ffl";
  case 0xFB05: return "st";
  case 0xFB06: return "st";
  default: return {};
  }
}

bool starts_coordinator(std::string_view s, std::size_t i) {
  static constexpr std::string_view k_words[] = {"und", "oder", "bzw.", "sowie", "bis", "als", "wie"};
  for (std::string_view w : k_words) {
    if (s.compare(i, w.size(), w) == 0) {
      const std::size_t after = i + w.size();
      if (after >= s.size() || s[after] == ' ' || s[after] == '\n' || s[after] == ',' ||
          w.back() == '.') {
        return true;
      }
    }
  }
  return false;
}

} // namespace

std::string to_nfc(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) {
    return std::string(utf8);
  }
  const icu::StringPiece piece(utf8.data(), static_cast<std::int32_t>(utf8.size()));
  if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) {
    return std::string(utf8);
  }
  status = U_ZERO_ERROR;
  std::string out;
  out.reserve(utf8.size());
  icu::StringByteSink<std::string> sink(&out);
  nfc->normalizeUTF8(0, piece, sink, nullptr, status);
  if (U_FAILURE(status)) {
    return std::string(utf8);
  }
  return out;
}

std::string clean(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b == '\r') {
      out.push_back('\n');
      i += (i + 1 < n && s[i + 1] == '\n') ? 2U : 1U;
      continue;
    }
    if (b == '-' && !out.empty()) {
      // "Ver-\nhandlungen": a hyphen at a line end, after a letter, before a lower-case letter.
      std::size_t j = i + 1;
      while (j < n && (s[j] == ' ' || s[j] == '\t')) {
        ++j;
      }
      std::size_t nl = j;
      if (nl < n && (s[nl] == '\n' || s[nl] == '\r')) {
        j = nl + ((s[nl] == '\r' && nl + 1 < n && s[nl + 1] == '\n') ? 2 : 1);
        while (j < n && (s[j] == ' ' || s[j] == '\t')) {
          ++j;
        }
        const auto prev = detail::decode_utf8_before(out, out.size());
        if (j < n && detail::is_letter(prev.cp)) {
          const auto next = decode_utf8(s, j);
          if (detail::is_lower(next.cp) && !starts_coordinator(s, j)) {
            i = j; // drop "-\n": Verhandlungen
            continue;
          }
          if (detail::is_upper(next.cp) || detail::is_digit(next.cp)) {
            out.push_back('-'); // keep the hyphen, drop the break: Zwei-Phasen
            i = j;
            continue;
          }
        }
      }
      out.push_back('-');
      ++i;
      continue;
    }
    if (b < 0x80) {
      out.push_back(static_cast<char>(b));
      ++i;
      continue;
    }
    const auto d = decode_utf8(s, i);
    if (is_invisible(d.cp)) {
      i += d.length;
      continue;
    }
    if (const std::string_view lig = ligature(d.cp); !lig.empty()) {
      out.append(lig);
      i += d.length;
      continue;
    }
    if (d.cp == 0x2028 || d.cp == 0x2029) {
      out.push_back('\n');
      i += d.length;
      continue;
    }
    out.append(s.substr(i, d.length));
    i += d.length;
  }
  return to_nfc(out);
}

} // namespace wortkiste::text
