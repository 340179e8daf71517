#include "text/clean.h"

#include <doctest/doctest.h>

using namespace wortkiste::text;

TEST_CASE("text::clean") {
  SUBCASE("soft hyphens and zero-width characters are removed") {
    CHECK(clean("Ver\u00ADhand\u00ADlungen") == "Verhandlungen");
    CHECK(clean("Zwei\u200BPhasen\u200C\u200D\u2060\uFEFF") == "ZweiPhasen");
  }
  SUBCASE("ligatures are expanded") {
    CHECK(clean("\uFB01nden \uFB02ach \uFB00ekt \uFB03zient \uFB04e") == "finden flach ffekt ffizient ffle");
  }
  SUBCASE("NFC: a combining diaeresis is composed") {
    CHECK(clean("Gro\u0301") == "Gró");
    CHECK(clean("Fa\u0308higkeit") == "Fähigkeit");
  }
  SUBCASE("line ends: CRLF and CR become LF") {
    CHECK(clean("eins\r\nzwei\rdrei") == "eins\nzwei\ndrei");
  }
  SUBCASE("words broken across lines are re-joined") {
    // "Ver-\nhandlungen": the part after the break is lower-case, so the hyphen was a break.
    CHECK(clean("Die Ver-\nhandlungen begannen.") == "Die Verhandlungen begannen.");
    CHECK(clean("Die Ver-  \r\n  handlungen") == "Die Verhandlungen");
    // "Zwei-\nPhasen": a capital after the break: the hyphen belongs to the compound.
    CHECK(clean("ein Zwei-\nPhasen-Plan") == "ein Zwei-Phasen-Plan");
    // "Armee-\nund Polizeipersonal": an elliptical compound keeps hyphen and break.
    CHECK(clean("Armee-\nund Polizeipersonal") == "Armee-\nund Polizeipersonal");
    // A dash at a line end after a space is no word break.
    CHECK(clean("eins -\nzwei") == "eins -\nzwei");
  }
  SUBCASE("plain German text passes unchanged") {
    const std::string s = "„Übergangsplan“ – 2.500 Soldaten, 3,5 % mehr.\n\nZweiter Absatz.";
    CHECK(clean(s) == s);
  }
}
