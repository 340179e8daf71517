#include "review/card_content.h"

#include <doctest/doctest.h>

using namespace wortkiste;
using namespace wortkiste::review;

namespace {

store::NoteRow einsatz_note() {
  store::NoteRow note;
  note.id = 7;
  note.lemma = "Einsatz";
  note.pos = "NOUN";
  note.fields = R"({"headword":"der Einsatz, Einsätze","article":"der","gender":"m",)"
                R"("plural":"Einsätze","principal_parts":null,"glosses":["deployment","mission"],)"
                R"("compound":null,"source":"irak-koalition.txt"})";
  note.user_fields = "{}";
  const std::string sentence = "Die Koalition will ihren Einsatz im Irak beenden.";
  const auto begin = static_cast<std::uint32_t>(sentence.find("Einsatz"));
  note.example = store::ExampleRow{sentence, begin, begin + 7, 120};
  return note;
}

} // namespace

TEST_CASE("review::content_from_note") {
  SUBCASE("fields as `add` writes them") {
    const CardContent card = content_from_note(einsatz_note());
    CHECK(headword(card) == "der Einsatz");
    CHECK(card.plural == "Einsätze");
    CHECK(card.principal_parts.empty());
    CHECK(joined_glosses(card) == "deployment; mission");
    CHECK(card.source == "irak-koalition.txt");
    CHECK(card.example.substr(card.target_begin, card.target_end - card.target_begin) == "Einsatz");
    CHECK(card.compound.empty());
  }
  SUBCASE("the article follows from the gender when it is not stored") {
    store::NoteRow note = einsatz_note();
    note.fields = R"({"gender":"f","glosses":"troop"})";
    note.lemma = "Truppe";
    const CardContent card = content_from_note(note);
    CHECK(headword(card) == "die Truppe");
    CHECK(card.glosses == std::vector<std::string>{"troop"});
  }
  SUBCASE("the user's corrections win, and the target is found again in a new sentence") {
    store::NoteRow note = einsatz_note();
    note.user_fields = R"({"gloss":"deployment; use ","example":"Der Einsatz dauert an."})";
    const CardContent card = content_from_note(note);
    CHECK(card.glosses == std::vector<std::string>{"deployment", "use"});
    CHECK(card.example == "Der Einsatz dauert an.");
    CHECK(card.target_begin == 4);
    CHECK(card.target_end == 11);
  }
  SUBCASE("a reflexive verb is shown with sich") {
    store::NoteRow note = einsatz_note();
    note.lemma = "richten";
    note.pos = "VERB";
    note.fields = R"({"headword":"sich richten – richtete sich – hat sich gerichtet",)"
                  R"("principal_parts":"richtete sich – hat sich gerichtet"})";
    const CardContent card = content_from_note(note);
    CHECK(headword(card) == "sich richten");
    CHECK(grammar_line(card) == "sich richten – richtete sich – hat sich gerichtet");
  }
  SUBCASE("broken JSON shows the lemma and nothing else") {
    store::NoteRow note = einsatz_note();
    note.fields = "{not json";
    note.example.reset();
    const CardContent card = content_from_note(note);
    CHECK(card.lemma == "Einsatz");
    CHECK(card.glosses.empty());
    CHECK(card.example.empty());
  }
  SUBCASE("offsets beyond the sentence are dropped, not trusted") {
    store::NoteRow note = einsatz_note();
    note.example->target_end = 500;
    const CardContent card = content_from_note(note);
    CHECK(card.target_begin == card.target_end);
  }
}

TEST_CASE("review::parse_edit_file") {
  const CardContent card = content_from_note(einsatz_note());
  const std::string text = edit_file_text(card);
  SUBCASE("an unchanged file gives back the same fields") {
    const ParsedEdit parsed = parse_edit_file(text);
    REQUIRE(parsed.gloss);
    REQUIRE(parsed.example);
    CHECK(*parsed.gloss == "deployment; mission");
    CHECK(*parsed.example == card.example);
  }
  SUBCASE("comments are ignored, values trimmed, a colon inside a value kept") {
    const ParsedEdit parsed =
        parse_edit_file("# gloss: not this\ngloss:  use; stake \nexample: Er sagte: Einsatz!\n");
    CHECK(*parsed.gloss == "use; stake");
    CHECK(*parsed.example == "Er sagte: Einsatz!");
  }
  SUBCASE("a deleted line leaves its field alone") {
    const ParsedEdit parsed = parse_edit_file("gloss: use\n");
    CHECK_FALSE(parsed.example.has_value());
  }
}

TEST_CASE("review::card_kind_from") {
  CHECK(card_kind_from("production") == CardKind::production);
  CHECK(card_kind_from("cloze") == CardKind::cloze);
  CHECK(card_kind_from("recognition") == CardKind::recognition);
}
