#pragma once
// Internal to text/: UTF-8 decoding and the character classes the tokenizer needs. ASCII is
// answered inline; everything else asks ICU (in unicode.cpp, so ICU stays out of headers).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace wortkiste::text::detail {

struct Decoded {
  char32_t cp = 0;
  std::uint32_t length = 1; // bytes consumed; 1 for an invalid byte
};

// Returns the code point at byte `i` of `s`; an invalid sequence yields U+FFFD of length 1.
inline Decoded decode_utf8(std::string_view s, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    return {b0, 1};
  }
  const std::size_t n = s.size();
  auto cont = [&](std::size_t k) {
    return k < n && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80;
  };
  auto at = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[k]) & 0x3F); };
  if (b0 >= 0xC2 && b0 < 0xE0 && cont(i + 1)) {
    return {(static_cast<char32_t>(b0 & 0x1F) << 6) | at(i + 1), 2};
  }
  if (b0 >= 0xE0 && b0 < 0xF0 && cont(i + 1) && cont(i + 2)) {
    const char32_t cp = (static_cast<char32_t>(b0 & 0x0F) << 12) | (at(i + 1) << 6) | at(i + 2);
    if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
      return {cp, 3};
    }
  }
  if (b0 >= 0xF0 && b0 < 0xF5 && cont(i + 1) && cont(i + 2) && cont(i + 3)) {
    const char32_t cp = (static_cast<char32_t>(b0 & 0x07) << 18) | (at(i + 1) << 12) |
                        (at(i + 2) << 6) | at(i + 3);
    if (cp >= 0x10000 && cp <= 0x10FFFF) {
      return {cp, 4};
    }
  }
  return {0xFFFD, 1};
}

// Returns the code point that ends just before byte `i` (i > 0), with its length.
Decoded decode_utf8_before(std::string_view s, std::size_t i);

// Appends `cp` to `out` as UTF-8.
void append_utf8(std::string& out, char32_t cp);

// Returns the byte offset of the first invalid UTF-8 sequence in `s`, or npos when valid.
std::size_t find_invalid_utf8(std::string_view s);

bool is_letter_slow(char32_t cp);
bool is_upper_slow(char32_t cp);
bool is_lower_slow(char32_t cp);
bool is_digit_slow(char32_t cp);
bool is_space_slow(char32_t cp);
bool is_mark_slow(char32_t cp);
bool is_symbol_slow(char32_t cp);

inline bool is_ascii_letter(char32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool is_digit(char32_t c) { return c < 0x80 ? (c >= '0' && c <= '9') : is_digit_slow(c); }
// Latin-1 and Latin Extended-A/B (ä, ö, ü, ß, é, ł ...) are answered without ICU: all letters
// from U+00C0 to U+024F except × and ÷.
inline bool is_letter(char32_t c) {
  if (c < 0x80) {
    return is_ascii_letter(c);
  }
  if (c >= 0xC0 && c < 0x250) {
    return c != 0xD7 && c != 0xF7;
  }
  return is_letter_slow(c);
}
inline bool is_upper(char32_t c) {
  if (c < 0x80) {
    return c >= 'A' && c <= 'Z';
  }
  if (c >= 0xC0 && c < 0xDF) {
    return c != 0xD7; // À-Þ
  }
  if (c >= 0xDF && c < 0x100) {
    return false; // ß-ÿ
  }
  return is_upper_slow(c);
}
inline bool is_lower(char32_t c) {
  if (c < 0x80) {
    return c >= 'a' && c <= 'z';
  }
  if (c >= 0xDF && c < 0x100) {
    return c != 0xF7; // ß-ÿ
  }
  if (c >= 0xC0 && c < 0xDF) {
    return false;
  }
  return is_lower_slow(c);
}
inline bool is_mark(char32_t c) { return c >= 0x300 && is_mark_slow(c); }
inline bool is_space(char32_t c) {
  return c < 0x80 ? (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
                  : is_space_slow(c);
}
inline bool is_newline(char32_t c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029; }

// Quotation marks German and other texts use: „ “ ” » « ‚ ‘ ’ " ' › ‹
inline bool is_quote(char32_t c) {
  switch (c) {
  case U'"': case U'\'': case U'„': case U'“': case U'”': case U'»': case U'«':
  case U'‚': case U'‘': case U'’': case U'›': case U'‹': case U'‟':
    return true;
  default:
    return false;
  }
}

// Hyphens that join compounds: "US-Beamter" (U+002D, U+2010, U+2011).
inline bool is_hyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }

} // namespace wortkiste::text::detail
