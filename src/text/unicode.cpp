#include "text/unicode.h"

#include <unicode/uchar.h>

#include <cstring>

namespace wortkiste::text::detail {

Decoded decode_utf8_before(std::string_view s, std::size_t i) {
  std::size_t start = i - 1;
  // Step back over at most three continuation bytes.
  for (int k = 0; k < 3 && start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80; ++k) {
    --start;
  }
  Decoded d = decode_utf8(s, start);
  if (start + d.length != i) {
    return {0xFFFD, 1};
  }
  return d;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::size_t find_invalid_utf8(std::string_view s) {
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    // Fast path over ASCII, eight bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t w = 0;
      std::memcpy(&w, s.data() + i, 8);
      if ((w & 0x8080808080808080ULL) != 0) {
        break;
      }
      i += 8;
    }
    if (i >= n) {
      break;
    }
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
      continue;
    }
    const Decoded d = decode_utf8(s, i);
    if (d.cp == 0xFFFD && d.length == 1) {
      return i;
    }
    i += d.length;
  }
  return std::string_view::npos;
}

bool is_letter_slow(char32_t cp) { return u_isalpha(static_cast<UChar32>(cp)) != 0; }
bool is_upper_slow(char32_t cp) {
  return u_isupper(static_cast<UChar32>(cp)) != 0 || u_istitle(static_cast<UChar32>(cp)) != 0;
}
bool is_lower_slow(char32_t cp) { return u_islower(static_cast<UChar32>(cp)) != 0; }
bool is_digit_slow(char32_t cp) { return u_isdigit(static_cast<UChar32>(cp)) != 0; }
bool is_space_slow(char32_t cp) { return u_isUWhiteSpace(static_cast<UChar32>(cp)) != 0; }
bool is_mark_slow(char32_t cp) {
  const auto mask = U_GET_GC_MASK(static_cast<UChar32>(cp));
  return (mask & U_GC_M_MASK) != 0;
}
bool is_symbol_slow(char32_t cp) {
  const auto mask = U_GET_GC_MASK(static_cast<UChar32>(cp));
  return (mask & U_GC_S_MASK) != 0;
}

} // namespace wortkiste::text::detail
