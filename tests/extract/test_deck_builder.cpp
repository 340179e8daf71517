#include "extract/deck_builder.h"

#include "core/paths.h"
#include "deck_fixture.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace wortkiste::extract;
using namespace wortkiste::extract::fixture;
using wortkiste::lexicon::Lexicon;
using wortkiste::lexicon::Pos;
using wortkiste::text::SentenceKind;

namespace {

const NoteDraft* find(const std::vector<NoteDraft>& ds, std::string_view lemma) {
  for (const NoteDraft& d : ds) {
    if (d.lemma == lemma) {
      return &d;
    }
  }
  return nullptr;
}

std::optional<Lexicon> open_lexicon() {
  if (const auto path = wortkiste::core::find_lexicon()) {
    return Lexicon::open(*path);
  }
  return std::nullopt;
}

// The article's shape: a byline, then sentences that use "Truppe" with more or fewer other
// rare words.
Built article() {
  Built b;
  add_sentence(b, {word("Veröffentlicht", "veröffentlichen", Pos::Verb)}, SentenceKind::Byline);
  // Six rare words besides the target: a poor example.
  add_sentence(b, {word("Drohnenangriffe", "Drohnenangriff", Pos::Noun), word("und", "und", Pos::Conjunction),
                   word("Raketenangriffe", "Raketenangriff", Pos::Noun),
                   word("bewaffneter", "bewaffnet", Pos::Adjective), word("Truppen", "Truppe", Pos::Noun),
                   word("richteten", "richten", Pos::Verb), word("sich", "sich", Pos::Pronoun),
                   word("gegen", "gegen", Pos::Adposition), word("die", "der", Pos::Determiner),
                   word("Vergeltungsfraktion", "Vergeltungsfraktion", Pos::Noun),
                   word("sporadisch", "sporadisch", Pos::Adjective), punct(".")});
  // Only the target is new: i+1.
  add_sentence(b, {word("Die", "der", Pos::Determiner), word("Truppen", "Truppe", Pos::Noun),
                   word("bleiben", "bleiben", Pos::Verb), word("noch", "noch", Pos::Adverb),
                   word("ein", "ein", Pos::Determiner), word("Jahr", "Jahr", Pos::Noun),
                   word("im", "in", Pos::Adposition), word("Land", "Land", Pos::Noun), punct(".")});
  Word kuendigten = word("kündigten", "kündigen", Pos::Verb);
  kuendigten.reading.joined_lemma = "ankündigen";
  kuendigten.reading.particle_index = 5;
  Word an = word("an", "an", Pos::Particle);
  an.reading.is_particle_of_verb = true;
  add_sentence(b, {word("Die", "der", Pos::Determiner), word("Länder", "Land", Pos::Noun),
                   kuendigten, word("am", "an", Pos::Adposition), word("Freitag", "Freitag", Pos::Noun),
                   an, word("ihr", "ihr", Pos::Determiner), word("Ende", "Ende", Pos::Noun), punct(".")});
  return b;
}

} // namespace

TEST_CASE("extract::compound_plural") {
  CHECK(compound_plural("Übergangsplan", "Plan", "Pläne") == "Übergangspläne");
  CHECK(compound_plural("Sicherheitskraft", "Kraft", "Kräfte") == "Sicherheitskräfte");
  CHECK(compound_plural("Koalitionstruppe", "Truppe", "Truppen") == "Koalitionstruppen");
  CHECK(compound_plural("Plan", "Plan", "Pläne").empty()); // not a compound
  CHECK(compound_plural("Haus", "Plan", "Pläne").empty());
}

TEST_CASE("extract::DeckBuilder") {
  const auto lexicon = open_lexicon();
  if (!lexicon) {
    MESSAGE("no lexicon built; DeckBuilder is checked by tests/e2e/add.sh");
    return;
  }
  const Built b = article();
  RankingOptions options;
  options.level = Level::B1;

  SUBCASE("example choice: i+1 wins, a byline never serves") {
    const auto drafts = build_notes(b.doc, b.analysis, *lexicon, options, {}, {});
    const NoteDraft* truppe = find(drafts, "Truppe");
    REQUIRE(truppe != nullptr);
    REQUIRE(truppe->example);
    CHECK(truppe->example->sentence == "Die Truppen bleiben noch ein Jahr im Land.");
    CHECK(truppe->example->sentence.substr(truppe->example->target_begin,
                                           truppe->example->target_end -
                                               truppe->example->target_begin) == "Truppen");
    CHECK(truppe->count == 2);
    CHECK(truppe->forms == std::vector<std::string>{"Truppen"});
    REQUIRE(truppe->alternatives.size() == 1);
    CHECK(truppe->alternatives[0].sentence.starts_with("Drohnenangriffe"));
    CHECK(truppe->gender == "f");
    CHECK(truppe->plural == "Truppen");
    CHECK(truppe->headword == "die Truppe, -n");
    const NoteDraft* published = find(drafts, "veröffentlichen");
    if (published != nullptr) {
      CHECK_FALSE(published->example); // its only sentence is a byline
    }
  }
  SUBCASE("a separable verb carries the joined verb's gloss and parts") {
    const auto drafts = build_notes(b.doc, b.analysis, *lexicon, options, {}, {});
    const NoteDraft* verb = find(drafts, "ankündigen");
    REQUIRE(verb != nullptr);
    CHECK_FALSE(find(drafts, "kündigen"));
    CHECK(verb->gloss.text().find("announce") != std::string::npos);
    CHECK(verb->gloss.text().find("notice") == std::string::npos);
    REQUIRE(verb->principal_parts);
    CHECK(verb->principal_parts->find("kündigte an") != std::string::npos);
    CHECK(verb->forms == std::vector<std::string>{"kündigten … an"});
    if (verb->frequency_rank != 0) {
      const auto kuendigen = lexicon->find_lemma("kündigen", Pos::Verb);
      REQUIRE(kuendigen);
      // Never the rank of the bare verb.
      CHECK((verb->frequency_rank != lexicon->lemma(*kuendigen).frequency_rank ||
             lexicon->lemma(*kuendigen).frequency_rank == 0));
    }
  }
  SUBCASE("known words, very common words and notes in the collection are not new") {
    const std::unordered_set<std::string> known = {"Truppe"};
    const InCollection has_verb = [](std::string_view lemma, std::string_view pos) {
      return lemma == "ankündigen" && pos == "VERB";
    };
    const auto drafts = build_notes(b.doc, b.analysis, *lexicon, options, known, has_verb);
    REQUIRE(find(drafts, "Truppe") != nullptr);
    CHECK(find(drafts, "Truppe")->rank.verdict == Verdict::Known);
    CHECK(find(drafts, "ankündigen")->rank.verdict == Verdict::InCollection);
    REQUIRE(find(drafts, "Jahr") != nullptr);
    CHECK(find(drafts, "Jahr")->rank.verdict == Verdict::TooCommon);
    // New ones come first.
    bool seen_other = false;
    for (const NoteDraft& d : drafts) {
      if (d.rank.verdict != Verdict::New) {
        seen_other = true;
      } else {
        CHECK_FALSE(seen_other);
      }
    }
  }
  SUBCASE("--max keeps the best N") {
    options.max = 2;
    const auto drafts = build_notes(b.doc, b.analysis, *lexicon, options, {}, {});
    CHECK(std::count_if(drafts.begin(), drafts.end(), [](const NoteDraft& d) {
            return d.rank.verdict == Verdict::New;
          }) == 2);
  }
  SUBCASE("chunks add up like one document") {
    DeckBuilder builder(*lexicon, options, {});
    builder.add(b.doc, b.analysis, 0, 0);
    builder.add(b.doc, b.analysis, 1000, 0);
    const auto drafts = builder.finish({});
    const NoteDraft* truppe = find(drafts, "Truppe");
    REQUIRE(truppe != nullptr);
    CHECK(truppe->count == 4);
    CHECK(builder.stats().sentences == 8);
  }
}
