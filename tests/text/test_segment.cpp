#include "text/segment.h"

#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace wortkiste::text;

namespace {

std::vector<std::string> sentences_of(const std::string& text, const SegmentOptions& o = {}) {
  const Document doc = segment(text, o);
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) {
    out.emplace_back(doc.sentence_text(s));
  }
  return out;
}

struct Tok {
  std::string text;
  TokenKind kind;
};

std::vector<Tok> tokens_of(const std::string& text, const SegmentOptions& o = {}) {
  const Document doc = segment(text, o);
  std::vector<Tok> out;
  for (const Sentence& s : doc.sentences) {
    for (const Token& t : s.tokens) {
      out.push_back({std::string(doc.token_text(t)), t.kind});
    }
  }
  return out;
}

const Token* find_token(const Document& doc, std::string_view text) {
  for (const Sentence& s : doc.sentences) {
    for (const Token& t : s.tokens) {
      if (doc.token_text(t) == text) {
        return &t;
      }
    }
  }
  return nullptr;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

} // namespace

TEST_CASE("text::segment") {
  SUBCASE("the sample article splits into its 12 sentences and 2 byline lines") {
    const std::string text = read_file(std::string(WORTKISTE_TEST_DATA) + "/text/irak-koalition.txt");
    REQUIRE(!text.empty());
    const Document doc = segment(text);
    std::vector<std::string> sentences;
    std::vector<std::string> others;
    for (const Sentence& s : doc.sentences) {
      (s.kind == SentenceKind::Sentence ? sentences : others).emplace_back(doc.sentence_text(s));
    }
    REQUIRE(sentences.size() == 12);
    CHECK(others == std::vector<std::string>{"Veröffentlicht", "Lesezeit: 1 Minute"});
    CHECK(doc.sentences[1].kind == SentenceKind::Byline);
    CHECK(doc.sentences[2].kind == SentenceKind::Byline);
    CHECK(sentences[1] ==
          "Der Einsatz der internationalen Koalition unter Führung der USA gegen die "
          "Dschihadistengruppe Islamischer Staat (ISIS) im Irak wird beendet „spätestens bis Ende "
          "September 2025“kündigten Washington und Bagdad am Freitag, 27. September, an.");
    CHECK(sentences[3] == "Beide Parteien vereinbaren a „Zwei-Phasen-Übergangsplan“sagte ein US-Beamter.");
    CHECK(sentences[4] == "Die erste läuft bis Ende September nächsten Jahres und umfasst: „das Ende "
                          "der Präsenz der Koalitionstruppen in Teilen des Irak“.");
    CHECK(sentences[5].starts_with("„Die zweite Phase, zwischen September 2025"));
    CHECK(sentences[10].starts_with("Der Irak hat es verkündet “Sieg” Ende 2017 gingen"));
    CHECK(sentences[11].ends_with("wie zuvor darstelle."));
  }

  SUBCASE("the sample article in decks/ is the fixture") {
    CHECK(read_file(std::string(WORTKISTE_SOURCE_DIR) + "/decks/articles/irak-koalition.txt") ==
          read_file(std::string(WORTKISTE_TEST_DATA) + "/text/irak-koalition.txt"));
  }

  SUBCASE("abbreviations from the list do not end sentences") {
    CHECK(sentences_of("Das gilt z. B. für Äpfel. Dann kam Dr. Müller.") ==
          std::vector<std::string>{"Das gilt z. B. für Äpfel.", "Dann kam Dr. Müller."});
    CHECK(sentences_of("Er kam u. a. aus Berlin, d. h. aus der Hauptstadt.").size() == 1);
    CHECK(sentences_of("Es kostet ca. 3 Mio. Euro bzw. 2 Mrd. Dollar.").size() == 1);
    CHECK(sentences_of("Prof. Schmidt wohnt in St. Pauli, vgl. Nr. 5 der Liste.").size() == 1);
    CHECK(sentences_of("Am 3. Jan. 2024 begann es.").size() == 1);
    CHECK(sentences_of("Bitte ggf. anrufen, z.B. morgen.").size() == 1);
    // "Vgl." capitalised at the start of a sentence still matches "vgl.".
    CHECK(sentences_of("Vgl. Abs. 3 des Gesetzes.").size() == 1);
  }
  SUBCASE("a smiley before a capital ends the sentence, as in reviews") {
    CHECK(sentences_of("Das Hotel ist toll :-) Kommt einfach mal vorbei ;-) Wir kommen wieder.") ==
          std::vector<std::string>{"Das Hotel ist toll :-)", "Kommt einfach mal vorbei ;-)",
                                   "Wir kommen wieder."});
    CHECK(sentences_of("Super Service :) aber teuer.").size() == 1);
  }

  SUBCASE("an abbreviation that may end a sentence ends it before a sentence opener") {
    // "v. Chr." and "usw." often close a sentence; "Die" opens the next one.
    CHECK(sentences_of("Rom wurde 753 v. Chr. gegründet.").size() == 1);
    CHECK(sentences_of("Rom entstand um 753 v. Chr. Die Stadt wuchs schnell.").size() == 2);
    CHECK(sentences_of("Es gab Brot, Käse usw. Die Preise stiegen.").size() == 2);
    CHECK(sentences_of("Es gab Brot, Käse usw. Zum Nachtisch Obst.").size() == 2);
  }

  SUBCASE("an unknown abbreviation before a lower-case word") {
    const Document doc = segment("Die Bearb. folgt später. Dann geht es weiter.");
    REQUIRE(doc.sentences.size() == 2);
    const Token* t = find_token(doc, "Bearb.");
    REQUIRE(t != nullptr);
    CHECK(t->kind == TokenKind::Abbreviation);
  }

  SUBCASE("ordinals and dates stay inside the sentence") {
    const Document doc = segment("Sie kündigten es am Freitag, 27. September, an.");
    REQUIRE(doc.sentences.size() == 1);
    const Token* t = find_token(doc, "27.");
    REQUIRE(t != nullptr);
    CHECK(t->kind == TokenKind::Ordinal);
    CHECK(sentences_of("Der 2. Weltkrieg endete 1945. Danach begann der Wiederaufbau.").size() == 2);
    CHECK(sentences_of("Das war 2017. Die Zahl stieg.").size() == 2);
    CHECK(sentences_of("Ende 2017 gingen die Zellen gegen ISIS vor.").size() == 1);
    CHECK(sentences_of("Am 3. und 4. Mai wird gefeiert.").size() == 1);
    CHECK(sentences_of("Es geschah am 1. 1. 2000 in Berlin.").size() == 1);
    CHECK(sentences_of("Papst Benedikt XVI. trat zurück.").size() == 1);
    CHECK(sentences_of("Er belegte Platz 3. Die Siegerin kam aus Kenia.").size() == 2);
    CHECK(sentences_of("Er kam am 27.09. in Berlin an.").size() == 1);
    CHECK(sentences_of("Die Kirche wurde im 19. Jh. gebaut.").size() == 1);
    CHECK(sentences_of("Laut Art. 5 GG ist das erlaubt.").size() == 1);
    CHECK(sentences_of("Die Gruppe um Dr. med. Schulz forschte.").size() == 1);
    // A numbered paragraph is not a sentence "4." of its own.
    CHECK(sentences_of("4. Die gängige Auffassung muss eingeschränkt werden.").size() == 1);
    CHECK(sentences_of("Erstens das. 2. Die zweite Sache.").size() == 2);
  }

  SUBCASE("quotes: closing quote glued to the next word, speech verbs after the quote") {
    const auto toks = tokens_of("bis Ende September 2025“kündigten Washington");
    REQUIRE(toks.size() == 7);
    CHECK(toks[3].text == "2025");
    CHECK(toks[3].kind == TokenKind::Number);
    CHECK(toks[4].text == "“");
    CHECK(toks[4].kind == TokenKind::Quote);
    CHECK(toks[5].text == "kündigten");
    const auto toks2 = tokens_of("einen „Zwei-Phasen-Übergangsplan“sagte ein US-Beamter.");
    std::vector<std::string> texts;
    for (const Tok& t : toks2) {
      texts.push_back(t.text);
    }
    CHECK(texts == std::vector<std::string>{"einen", "„", "Zwei-Phasen-Übergangsplan", "“", "sagte",
                                             "ein", "US-Beamter", "."});
    CHECK(sentences_of("„Wir kommen“, sagte er. Dann ging er.").size() == 2);
    CHECK(sentences_of("„Wir kommen.“ Dann ging er.") ==
          std::vector<std::string>{"„Wir kommen.“", "Dann ging er."});
    CHECK(sentences_of("„Ist das wahr?“, fragte sie.").size() == 1);
    CHECK(sentences_of("„Ist das wahr?“ fragte sie.").size() == 1);
    CHECK(sentences_of("»Komm her!«, rief sie. Er kam.").size() == 2);
    CHECK(sentences_of("Er nannte es ‚Sieg‘. Die anderen schwiegen.").size() == 2);
    CHECK(sentences_of("Er sagte: “Nein.” Dann schwieg er.").size() == 2);
  }

  SUBCASE("dashes typed as hyphens, typewriter quotes, clitics and emoticons") {
    const auto toks = tokens_of("Er sagte ``ja'' -- und fand 's gut :-) so 'ne Sache.");
    std::vector<std::string> texts;
    for (const Tok& t : toks) {
      texts.push_back(t.text);
    }
    CHECK(texts == std::vector<std::string>{"Er", "sagte", "``", "ja", "''", "--", "und", "fand", "'s",
                                             "gut", ":-)", "so", "'ne", "Sache", "."});
    CHECK(toks[2].kind == TokenKind::Quote);
    CHECK(toks[10].kind == TokenKind::Symbol);
    CHECK(sentences_of("Er sagte ``Nein.'' Dann ging er.").size() == 2);
  }

  SUBCASE("hyphenated compounds are one token") {
    for (const char* word : {"Zwei-Phasen-Übergangsplan", "US-Beamter", "pro-iranischer", "18-Jähriger",
                             "E-Mail-Adresse", "al-Abbassi"}) {
      const auto toks = tokens_of(std::string("ein ") + word + " kam");
      REQUIRE(toks.size() == 3);
      CHECK(toks[1].text == word);
      CHECK(toks[1].kind == TokenKind::Word);
    }
  }

  SUBCASE("text typed in lower case: a period between two words of the language ends it") {
    SegmentOptions o;
    const std::set<std::string> known = {"freundlich", "wir", "See", "der", "mehr", "Euro"};
    o.is_known_word = [&known](std::string_view w) { return known.contains(std::string(w)); };
    CHECK(sentences_of("die bedienung freundlich. wir hatten ein zimmer am see. der preis ok.", o) ==
          std::vector<std::string>{"die bedienung freundlich.", "wir hatten ein zimmer am see.",
                                   "der preis ok."});
    // An unknown abbreviation before a lower-case word does not: "Xyz." is no word.
    CHECK(sentences_of("Es kostet 5 Xyz. mehr als gedacht.", o).size() == 1);
    // Without a lexicon, nothing changes.
    CHECK(sentences_of("die bedienung freundlich. wir hatten ein zimmer.").size() == 1);
  }

  SUBCASE("elliptical compounds get their completion") {
    SegmentOptions o;
    const std::set<std::string> known = {"Personal", "Gang", "reisen"};
    o.is_known_word = [&known](std::string_view w) { return known.contains(std::string(w)); };
    Document doc = segment("Sie greifen Armee- und Polizeipersonal an.", o);
    const Token* t = find_token(doc, "Armee-");
    REQUIRE(t != nullptr);
    CHECK(t->completion == "Armeepersonal");
    doc = segment("Der Ein- oder Ausgang ist zu.", o);
    REQUIRE(find_token(doc, "Ein-") != nullptr);
    CHECK(find_token(doc, "Ein-")->completion == "Eingang");
    doc = segment("Sie wollen ein- und ausreisen.", o);
    REQUIRE(find_token(doc, "ein-") != nullptr);
    CHECK(find_token(doc, "ein-")->completion == "einreisen");
    // Without a lexicon, a hyphenated head still completes; an unhyphenated one cannot.
    doc = segment("Armee-, Zoll- und Polizei-Personal kam.");
    REQUIRE(find_token(doc, "Zoll-") != nullptr);
    CHECK(find_token(doc, "Armee-")->completion == "Armee-Personal");
    CHECK(find_token(doc, "Zoll-")->completion == "Zoll-Personal");
    doc = segment("Armee- und Polizeipersonal kam.");
    CHECK(find_token(doc, "Armee-")->completion.empty());
    // A dash between spaces is no ellipsis: "Armee - und" is punctuation.
    doc = segment("Die Armee - und das ist neu - kam.");
    CHECK(find_token(doc, "Armee") != nullptr);
  }

  SUBCASE("numbers, times, percentages, URLs and e-mail addresses are single tokens") {
    const auto toks = tokens_of("Etwa 2.500 Soldaten, 3,5 Prozent, um 14:30 Uhr, 5 % und 7% mehr.");
    auto kind_of = [&](std::string_view text) {
      for (const Tok& t : toks) {
        if (t.text == text) {
          return t.kind;
        }
      }
      FAIL("token not found: " << text);
      return TokenKind::Symbol;
    };
    CHECK(kind_of("2.500") == TokenKind::Number);
    CHECK(kind_of("3,5") == TokenKind::Number);
    CHECK(kind_of("14:30") == TokenKind::Time);
    CHECK(kind_of("5 %") == TokenKind::Percentage);
    CHECK(kind_of("7%") == TokenKind::Percentage);
    const auto web = tokens_of("Mehr auf https://www.tagesschau.de/ausland/irak-101.html. Oder an redaktion@zeit.de.");
    REQUIRE(web.size() == 8);
    CHECK(web[2].text == "https://www.tagesschau.de/ausland/irak-101.html");
    CHECK(web[2].kind == TokenKind::Url);
    CHECK(web[3].text == ".");
    CHECK(web[6].text == "redaktion@zeit.de");
    CHECK(web[6].kind == TokenKind::Email);
    CHECK(tokens_of("www.zeit.de")[0].kind == TokenKind::Url);
  }

  SUBCASE("headline and byline lines are marked") {
    const Document doc = segment(
        "Koalition beendet Einsatz im Irak\nVeröffentlicht am 27.09.2024\nLesezeit: 1 Minute\n"
        "Foto: dpa\nVon Anna Müller\n27. September 2024, 14:30 Uhr\nDer Einsatz endet. Das ist neu.\n");
    REQUIRE(doc.sentences.size() == 8);
    CHECK(doc.sentences[0].kind == SentenceKind::Headline);
    for (int k = 1; k <= 5; ++k) {
      CHECK(doc.sentences[static_cast<std::size_t>(k)].kind == SentenceKind::Byline);
    }
    CHECK(doc.sentences[6].kind == SentenceKind::Sentence);
    CHECK(doc.sentences[7].kind == SentenceKind::Sentence);
    // Sentences that merely start like a byline stay sentences.
    const Document prose = segment("Veröffentlicht wurde das Buch 1990.\nTeilen Sie uns Ihre Meinung mit.\n");
    REQUIRE(prose.sentences.size() == 2);
    CHECK(prose.sentences[0].kind == SentenceKind::Sentence);
    CHECK(prose.sentences[1].kind == SentenceKind::Sentence);
    CHECK(segment("Foto: dpa.").sentences[0].kind == SentenceKind::Byline);
    CHECK(segment("Artikel teilen").sentences[0].kind == SentenceKind::Byline);
  }

  SUBCASE("lines wrapped inside a paragraph join; a blank line separates paragraphs") {
    const auto s = sentences_of(
        "Der Einsatz der internationalen Koalition unter Führung der USA gegen die\n"
        "Dschihadistengruppe Islamischer Staat im Irak wird beendet, kündigten\n"
        "Washington und Bagdad am Freitag an. Die Ankündigung erfolgt nach langen\n"
        "Diskussionen.\n\nZweiter Absatz ohne Punkt\n\nDritter Absatz.");
    REQUIRE(s.size() == 4);
    CHECK(s[0].ends_with("Freitag an."));
    CHECK(s[2] == "Zweiter Absatz ohne Punkt");
  }

  SUBCASE("sentence ends: ! ? … and a missing space") {
    CHECK(sentences_of("Was nun? Wir warten! Und dann… Niemand weiß es.").size() == 4);
    CHECK(sentences_of("Wir blieben im Irak.Die anderen gingen.").size() == 2);
    CHECK(sentences_of("Was? ach so.").size() == 1);
    CHECK(sentences_of("J. K. Rowling schrieb das Buch.").size() == 1);
    CHECK(sentences_of("Er nahm Vitamin C. Die Erkältung blieb.").size() == 2);
  }

  SUBCASE("token offsets are byte offsets into the cleaned text") {
    const Document doc = segment("Grüße, Straße.");
    REQUIRE(doc.sentences.size() == 1);
    const auto& t = doc.sentences[0].tokens;
    REQUIRE(t.size() == 4);
    CHECK(t[0].begin == 0);
    CHECK(t[0].end == 7); // "Grüße": ü and ß take two bytes each
    CHECK(t[2].begin == 9);
    CHECK(doc.token_text(t[2]) == "Straße");
  }

  SUBCASE("odd input does not throw") {
    CHECK(segment("").sentences.empty());
    CHECK(segment("   \n\n  ").sentences.empty());
    CHECK(segment("kaputt \xFF\xFE Bytes.").sentences.size() == 1);
    CHECK(segment("...").sentences.size() == 1);
    CHECK(segment("„").sentences.size() == 1);
  }
}

TEST_CASE("text::known_word_share") {
  const Document doc = segment("Der Hund bellt. The dog barks.");
  const std::set<std::string> german = {"Der", "Hund", "bellt"};
  const double share = known_word_share(doc, [&](std::string_view w) { return german.contains(std::string(w)); });
  CHECK(share == doctest::Approx(0.5));
  CHECK(known_word_share(segment("1 2 3."), [](std::string_view) { return false; }) == 1.0);
}
