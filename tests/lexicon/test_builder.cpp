#include "core/error.h"
#include "lexicon/builder.h"
#include "fixture.h"

#include <doctest/doctest.h>

#include <fstream>

using namespace wortkiste;
using namespace wortkiste::lexicon;

TEST_CASE("lexicon::build") {
  const auto& fixture = test::fixture();

  SUBCASE("counts what it compiled") {
    const auto& s = fixture.stats;
    CHECK(s.forms > 50);
    CHECK(s.lemmas_by_pos[static_cast<std::size_t>(Pos::Verb)] >= 9); // 8 Morphy + vereinbaren
    CHECK(s.lemmas_by_pos[static_cast<std::size_t>(Pos::Auxiliary)] == 1); // sein
    CHECK(s.supplement_lemmas == 2);
    CHECK(s.old_spellings > 0);
    CHECK(s.bytes == std::filesystem::file_size(fixture.path));
  }

  SUBCASE("the same inputs give the same bytes") {
    const auto again = fixture.folder / "again.wkl";
    build(test::fixture_inputs(), again);
    std::ifstream a(fixture.path, std::ios::binary);
    std::ifstream b(again, std::ios::binary);
    const std::string x((std::istreambuf_iterator<char>(a)), std::istreambuf_iterator<char>());
    const std::string y((std::istreambuf_iterator<char>(b)), std::istreambuf_iterator<char>());
    CHECK(x == y);
  }

  SUBCASE("a missing source names itself and says how to get it") {
    auto in = test::fixture_inputs();
    in.ding = fixture.folder / "no-ding";
    try {
      build(in, fixture.folder / "never.wkl");
      FAIL("no exception");
    } catch (const FileError& e) {
      CHECK(std::string(e.what()).find("no-ding") != std::string::npos);
      CHECK(std::string(e.what()).find("scripts/setup") != std::string::npos);
    }
    CHECK_FALSE(std::filesystem::exists(fixture.folder / "never.wkl"));
  }

  SUBCASE("a malformed closed-class line names file and line") {
    const auto bad = fixture.folder / "bad.tsv";
    std::ofstream(bad) << "# comment\nder\tder\n";
    auto in = test::fixture_inputs();
    in.closed_class_tsv = bad;
    try {
      build(in, fixture.folder / "never.wkl");
      FAIL("no exception");
    } catch (const FileError& e) {
      CHECK(std::string(e.what()).find("bad.tsv:2") != std::string::npos);
    }
  }
}
