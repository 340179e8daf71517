#include "extract/examples.h"

#include <doctest/doctest.h>

#include <vector>

using namespace wortkiste::extract;
using wortkiste::text::SentenceKind;

TEST_CASE("extract::looks_complete") {
  CHECK(looks_complete("Die erste läuft bis Ende September nächsten Jahres."));
  CHECK(looks_complete("„Das Ende der Präsenz der Koalitionstruppen.“"));
  CHECK(looks_complete("Über die Zukunft wird verhandelt!"));
  CHECK_FALSE(looks_complete("Lesezeit: 1 Minute"));
  CHECK_FALSE(looks_complete("Veröffentlicht"));
  CHECK_FALSE(looks_complete("und dann kam der Krieg."));
}

TEST_CASE("extract::choose_example") {
  SUBCASE("never a headline or byline line") {
    const std::vector<ExampleOption> options = {{SentenceKind::Byline, 2, 0, false, 0},
                                                {SentenceKind::Headline, 8, 0, false, 1}};
    CHECK_FALSE(choose_example(options));
  }
  SUBCASE("i+1: the sentence with fewer other unknown words wins") {
    const std::vector<ExampleOption> options = {{SentenceKind::Sentence, 14, 4, true, 0},
                                                {SentenceKind::Sentence, 14, 1, true, 1}};
    CHECK(choose_example(options) == 1u);
  }
  SUBCASE("a complete sentence of fitting length beats a fragment or a very long one") {
    const std::vector<ExampleOption> options = {{SentenceKind::Sentence, 40, 0, true, 0},
                                                {SentenceKind::Sentence, 4, 0, false, 1},
                                                {SentenceKind::Sentence, 11, 2, true, 2}};
    CHECK(choose_example(options) == 2u);
  }
  SUBCASE("ties go to the earlier sentence") {
    const std::vector<ExampleOption> options = {{SentenceKind::Sentence, 10, 1, true, 5},
                                                {SentenceKind::Sentence, 10, 1, true, 2}};
    CHECK(choose_example(options) == 1u);
  }
}

TEST_CASE("extract::cloze_text") {
  ExampleSentence ex;
  ex.sentence = "Die Ankündigung erfolgt nach monatelangen Diskussionen.";
  ex.target_begin = 4;
  ex.target_end = 4 + static_cast<std::uint32_t>(std::string_view("Ankündigung").size()); // ü: 2 bytes
  CHECK(cloze_text(ex) == "Die [...] erfolgt nach monatelangen Diskussionen.");
}
