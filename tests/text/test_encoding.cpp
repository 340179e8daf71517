#include "text/encoding.h"

#include "core/error.h"

#include <doctest/doctest.h>

#include <string>

using namespace wortkiste;
using namespace wortkiste::text;

TEST_CASE("text::guess_encoding") {
  SUBCASE("byte order marks") {
    CHECK(guess_encoding("\xEF\xBB\xBFHallo", "f").bom_length == 3);
    CHECK(guess_encoding("\xFF\xFEH\0a\0", "f").encoding == Encoding::Utf16Le);
    CHECK(guess_encoding(std::string_view("\xFE\xFF\0H\0a", 6), "f").encoding == Encoding::Utf16Be);
  }
  SUBCASE("UTF-16 without BOM is recognised by its NUL bytes") {
    const std::string le("D\0e\0r\0 \0H\0u\0n\0d\0", 16);
    CHECK(guess_encoding(le, "f").encoding == Encoding::Utf16Le);
  }
  SUBCASE("a binary file is refused with the offset of its first NUL byte") {
    const std::string bin("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0", 24);
    CHECK_THROWS_WITH_AS(guess_encoding(bin, "prog"), "prog: this is a binary file, not text (NUL byte at byte 7)",
                         FileError);
  }
  SUBCASE("Windows-1252: invalid UTF-8 without any UTF-8 sequence") {
    const EncodingGuess g = guess_encoding("Gr\xFC\xDF" "e aus K\xF6ln, \x84Zitat\x93", "f");
    CHECK(g.encoding == Encoding::Legacy);
    CHECK(g.charset == "windows-1252");
  }
  SUBCASE("UTF-8 with a damaged byte stays UTF-8 (and fails later with its offset)") {
    CHECK(guess_encoding("Gr\xC3\xBC\xC3\x9F" "e \xFF", "f").encoding == Encoding::Utf8);
  }
}

TEST_CASE("text::append_checked_utf8") {
  std::string out;
  SUBCASE("an invalid byte: an error naming file and byte offset") {
    CHECK_THROWS_WITH_AS(append_checked_utf8("Gr\xC3\xBC\xC3\x9F" "e \xFF!", out, "artikel.txt", 1000, false),
                         "artikel.txt: invalid UTF-8 at byte 1008 (use --lenient to replace invalid bytes)",
                         FileError);
  }
  SUBCASE("lenient: replaced by U+FFFD") {
    append_checked_utf8("a\xFF" "b\xC3", out, "f", 0, true);
    CHECK(out == "a\uFFFDb\uFFFD");
  }
}

TEST_CASE("text::legacy_to_utf8") {
  CHECK(legacy_to_utf8("Gr\xFC\xDF" "e \x80 \x84" "a\x93", "windows-1252") == "Grüße € „a“");
  CHECK(legacy_to_utf8("\xC4rger", "ISO-8859-1") == "Ärger");
}

TEST_CASE("text::utf16_to_utf8") {
  std::string out;
  SUBCASE("surrogate pairs") {
    utf16_to_utf8(std::string_view("\x3D\xD8\x00\xDE", 4), false, out, "f", 0, false); // U+1F600
    CHECK(out == "\U0001F600");
  }
  SUBCASE("an unpaired surrogate fails, or becomes U+FFFD") {
    CHECK_THROWS_AS(utf16_to_utf8(std::string_view("a\0\x00\xDC", 4), false, out, "f", 2, false), FileError);
    out.clear();
    utf16_to_utf8(std::string_view("a\0\x00\xDC", 4), false, out, "f", 2, true);
    CHECK(out == "a\uFFFD");
  }
}
