#pragma once
// Cleaning decoded text before segmentation: line ends, invisible characters, ligatures,
// words broken across lines, NFC.

#include <string>
#include <string_view>

namespace wortkiste::text {

// Returns `utf8` (valid UTF-8) cleaned: CRLF and CR become LF; soft hyphens (U+00AD) and
// zero-width characters (U+200B-U+200D, U+2060, U+FEFF) removed; ligatures expanded ("ﬁ" ->
// "fi"); words broken at a line end re-joined ("Ver-\nhandlungen" -> "Verhandlungen", but
// "Zwei-\nPhasen" -> "Zwei-Phasen" and "Armee-\nund" keep the hyphen); NFC-normalised.
std::string clean(std::string_view utf8);

// Returns `utf8` in Unicode normalization form C (composed: "a" + U+0308 -> "ä").
std::string to_nfc(std::string_view utf8);

} // namespace wortkiste::text
