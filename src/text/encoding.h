#pragma once
// Turning the bytes of a file into UTF-8: byte order marks, UTF-16, legacy 8-bit charsets
// (ICU charset detection), invalid bytes, binary files.

#include <cstdint>
#include <string>
#include <string_view>

namespace wortkiste::text {

enum class Encoding : std::uint8_t { Utf8, Utf16Le, Utf16Be, Legacy };

// What the first bytes of a file say about it.
struct EncodingGuess {
  Encoding encoding = Encoding::Utf8;
  std::size_t bom_length = 0; // bytes of byte order mark to skip
  std::string charset;        // ICU name for Legacy ("windows-1252", "ISO-8859-1")
};

// Guesses the encoding of `sample` (the start of a file): a BOM decides; NUL bytes in every
// other position mean UTF-16 without BOM; bytes that are not valid UTF-8 and contain no valid
// multi-byte sequence mean a legacy charset (ICU detection, Windows-1252 when unsure). Throws
// FileError naming `name` for a binary file (NUL bytes otherwise).
EncodingGuess guess_encoding(std::string_view sample, std::string_view name);

// Returns the ICU name of the most likely 8-bit charset of `bytes` (for German text:
// "windows-1252", "ISO-8859-1" or "ISO-8859-15"); "windows-1252" when ICU cannot tell.
std::string detect_legacy_charset(std::string_view bytes);

// Converts `bytes` in the 8-bit `charset` to UTF-8.
std::string legacy_to_utf8(std::string_view bytes, const std::string& charset);

// Appends the UTF-16 `bytes` (an even count) as UTF-8 to `out`. An unpaired surrogate throws
// FileError naming `name` and its byte offset (`base` + position), or becomes U+FFFD when
// `lenient`.
void utf16_to_utf8(std::string_view bytes, bool big_endian, std::string& out,
                   std::string_view name, std::uint64_t base, bool lenient);

// Checks that `bytes` is UTF-8 and appends it to `out`. An invalid byte throws FileError
// "NAME: invalid UTF-8 at byte N (use --lenient to replace invalid bytes)" with N = `base` +
// position, or is replaced by U+FFFD when `lenient`.
void append_checked_utf8(std::string_view bytes, std::string& out, std::string_view name,
                         std::uint64_t base, bool lenient);

// Returns true when `bytes` holds at least one valid multi-byte UTF-8 sequence ("ä" = C3 A4).
bool has_utf8_multibyte(std::string_view bytes);

} // namespace wortkiste::text
