#include "text/encoding.h"

#include "core/error.h"
#include "text/unicode.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <memory>
#include <vector>

namespace wortkiste::text {

namespace {

[[noreturn]] void fail(std::string_view name, const std::string& what) {
  throw FileError(std::string(name) + ": " + what);
}

} // namespace

bool has_utf8_multibyte(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (static_cast<unsigned char>(bytes[i]) >= 0xC2) {
      const auto d = detail::decode_utf8(bytes, i);
      if (d.length > 1) {
        return true;
      }
    }
  }
  return false;
}

EncodingGuess guess_encoding(std::string_view s, std::string_view name) {
  EncodingGuess g;
  if (s.starts_with("\xEF\xBB\xBF")) {
    g.bom_length = 3;
    return g;
  }
  if (s.starts_with("\xFF\xFE")) {
    g.encoding = Encoding::Utf16Le;
    g.bom_length = 2;
    return g;
  }
  if (s.starts_with("\xFE\xFF")) {
    g.encoding = Encoding::Utf16Be;
    g.bom_length = 2;
    return g;
  }
  const std::size_t first_nul = s.find('\0');
  if (first_nul != std::string_view::npos) {
    // UTF-16 without BOM: German text in UTF-16 has a NUL in (nearly) every other byte.
    std::size_t even = 0, odd = 0;
    const std::size_t pairs = s.size() / 2;
    for (std::size_t i = 0; i + 1 < s.size(); i += 2) {
      even += s[i] == '\0' ? 1U : 0U;
      odd += s[i + 1] == '\0' ? 1U : 0U;
    }
    if (pairs >= 2 && odd * 10 >= pairs * 7 && even * 20 < pairs) {
      g.encoding = Encoding::Utf16Le;
      return g;
    }
    if (pairs >= 2 && even * 10 >= pairs * 7 && odd * 20 < pairs) {
      g.encoding = Encoding::Utf16Be;
      return g;
    }
    fail(name, "this is a binary file, not text (NUL byte at byte " + std::to_string(first_nul) + ")");
  }
  // Legacy 8-bit only when the bytes are not UTF-8 and hold no UTF-8 sequence at all:
  // "Gr\xFC\xDFe" (Windows-1252) as opposed to a UTF-8 file with one damaged byte.
  std::size_t invalid = detail::find_invalid_utf8(s);
  // A sequence cut at the end of the sample is not an error yet.
  if (invalid != std::string_view::npos && s.size() - invalid < 4) {
    bool cut = true;
    for (std::size_t k = invalid + 1; k < s.size(); ++k) {
      cut = cut && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80;
    }
    if (cut && static_cast<unsigned char>(s[invalid]) >= 0xC2) {
      invalid = std::string_view::npos;
    }
  }
  if (invalid != std::string_view::npos && !has_utf8_multibyte(s)) {
    g.encoding = Encoding::Legacy;
    g.charset = detect_legacy_charset(s);
  }
  return g;
}

std::string detect_legacy_charset(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&status), ucsdet_close);
  if (U_FAILURE(status)) {
    return "windows-1252";
  }
  ucsdet_setText(det.get(), bytes.data(), static_cast<std::int32_t>(std::min<std::size_t>(bytes.size(), 1 << 20)), &status);
  std::int32_t found = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det.get(), &found, &status);
  if (U_FAILURE(status)) {
    return "windows-1252";
  }
  for (std::int32_t k = 0; k < found; ++k) {
    const char* charset = ucsdet_getName(matches[k], &status);
    if (U_FAILURE(status) || charset == nullptr) {
      break;
    }
    const std::string c(charset);
    // Only single-byte Latin charsets make sense for German; others are ICU guessing.
    if (c == "ISO-8859-1" || c == "windows-1252" || c == "ISO-8859-15" || c == "ISO-8859-2" ||
        c == "windows-1250" || c == "ISO-8859-9" || c == "windows-1254") {
      // Windows-1252 is a superset of Latin-1 for printable text; prefer it (€, „, “).
      return c == "ISO-8859-1" ? "windows-1252" : c;
    }
  }
  return "windows-1252";
}

std::string legacy_to_utf8(std::string_view bytes, const std::string& charset) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(bytes.size() * 3 + 16, '\0');
  const std::int32_t n = ucnv_convert("UTF-8", charset.c_str(), out.data(),
                                      static_cast<std::int32_t>(out.size()), bytes.data(),
                                      static_cast<std::int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) {
    throw FileError("cannot convert text from " + charset + ": " + u_errorName(status));
  }
  out.resize(static_cast<std::size_t>(n));
  return out;
}

void utf16_to_utf8(std::string_view bytes, bool big_endian, std::string& out, std::string_view name,
                   std::uint64_t base, bool lenient) {
  out.reserve(out.size() + bytes.size());
  auto unit = [&](std::size_t i) -> char32_t {
    const auto a = static_cast<unsigned char>(bytes[i]);
    const auto b = static_cast<unsigned char>(bytes[i + 1]);
    return big_endian ? static_cast<char32_t>((a << 8) | b) : static_cast<char32_t>((b << 8) | a);
  };
  for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
    char32_t c = unit(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 3 < bytes.size()) {
      const char32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
        i += 2;
        detail::append_utf8(out, c);
        continue;
      }
    }
    if (c >= 0xD800 && c <= 0xDFFF) {
      if (!lenient) {
        fail(name, "invalid UTF-16 at byte " + std::to_string(base + i) +
                       " (use --lenient to replace invalid bytes)");
      }
      c = 0xFFFD;
    }
    detail::append_utf8(out, c);
  }
}

void append_checked_utf8(std::string_view bytes, std::string& out, std::string_view name,
                         std::uint64_t base, bool lenient) {
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    const std::size_t bad = detail::find_invalid_utf8(bytes.substr(pos));
    if (bad == std::string_view::npos) {
      out.append(bytes.substr(pos));
      return;
    }
    if (!lenient) {
      fail(name, "invalid UTF-8 at byte " + std::to_string(base + pos + bad) +
                     " (use --lenient to replace invalid bytes)");
    }
    out.append(bytes.substr(pos, bad));
    out.append("\xEF\xBF\xBD"); // U+FFFD
    pos += bad + 1;
  }
}

} // namespace wortkiste::text
