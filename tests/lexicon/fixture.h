#pragma once
// The small test lexicon built from tests/data/lexicon/ (our own fixture files in the format of
// the real sources), compiled once per test run into a temporary folder.

#include "lexicon/builder.h"

#include <filesystem>
#include <string>
#include <unistd.h>

namespace wortkiste::lexicon::test {

inline std::filesystem::path fixture_dir() {
  return std::filesystem::path(WORTKISTE_TEST_DATA) / "lexicon";
}

inline BuildInputs fixture_inputs() {
  const auto dir = fixture_dir();
  BuildInputs in;
  in.words_json = dir / "words.json";
  in.verbs_json = dir / "verbs.json";
  in.adjectives_json = dir / "adjectives.json";
  in.ding = dir / "ding.txt";
  in.wikipedia_json = dir / "wikipedia.json";
  in.subtitles_json = dir / "commonWords.json";
  in.firstnames_json = dir / "firstnames.json";
  in.lastnames_json = dir / "lastnames.json";
  in.closed_class_tsv = dir / "closed_class.tsv";
  in.gloss_supplement_tsv = dir / "gloss-supplement.tsv";
  return in;
}

struct FixtureLexicon {
  std::filesystem::path folder;
  std::filesystem::path path;
  BuildStats stats;
  FixtureLexicon() {
    folder = std::filesystem::temp_directory_path() /
             ("wortkiste-lexicon-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    path = folder / "lexicon.wkl";
    stats = build(fixture_inputs(), path);
  }
  ~FixtureLexicon() {
    std::error_code ec;
    std::filesystem::remove_all(folder, ec);
  }
};

// Returns the fixture lexicon, building it on first use.
inline const FixtureLexicon& fixture() {
  static const FixtureLexicon lexicon;
  return lexicon;
}

} // namespace wortkiste::lexicon::test
