#include "extract/conllu.h"

#include <doctest/doctest.h>

#include <sstream>

using namespace wortkiste::extract;

TEST_CASE("extract::conllu::fill") {
  SUBCASE("LEMMA replaced, every other column kept") {
    const std::string line = "5\tkündigten\tkündigen\tVERB\tVVFIN\tMood=Ind\t0\troot\t_\t_";
    CHECK(conllu::fill(line, "kündigen", "") ==
          "5\tkündigten\tkündigen\tVERB\tVVFIN\tMood=Ind\t0\troot\t_\t_");
    CHECK(conllu::fill("1\tTruppen\t_\t_\t_\t_\t_\t_\t_\t_", "Truppe", "") ==
          "1\tTruppen\tTruppe\t_\t_\t_\t_\t_\t_\t_");
  }
  SUBCASE("JoinedLemma replaces an empty MISC") {
    CHECK(conllu::fill("2\tkündigten\t_\t_\t_\t_\t_\t_\t_\t_", "kündigen", "ankündigen") ==
          "2\tkündigten\tkündigen\t_\t_\t_\t_\t_\t_\tJoinedLemma=ankündigen");
  }
  SUBCASE("JoinedLemma is appended to existing MISC content") {
    CHECK(conllu::fill("2\tgingen\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No", "gehen", "vorgehen") ==
          "2\tgingen\tgehen\t_\t_\t_\t_\t_\t_\tSpaceAfter=No|JoinedLemma=vorgehen");
  }
  SUBCASE("a line that is not a 10-column word line is returned unchanged") {
    CHECK(conllu::fill("# text = Hallo", "x", "") == "# text = Hallo");
  }
  SUBCASE("form_of reads the FORM column") {
    CHECK(conllu::form_of("3\tzum\t_\t_\t_\t_\t_\t_\t_\t_") == "zum");
  }
}

TEST_CASE("extract::conllu::Reader") {
  // A multiword token line ("1-2 Zum" = "Zu dem") and comments are kept; only integer IDs are
  // word lines.
  const std::string text = "# sent_id = 1\n"
                           "# text = Zum Schluss.\n"
                           "1-2\tZum\t_\t_\t_\t_\t_\t_\t_\t_\n"
                           "1\tZu\tzu\tADP\t_\t_\t3\tcase\t_\t_\n"
                           "2\tdem\tder\tDET\t_\t_\t3\tdet\t_\t_\n"
                           "3\tSchluss\tSchluss\tNOUN\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
                           "4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_\n"
                           "\n"
                           "# sent_id = 2\n"
                           "1\tJa\tja\tINTJ\t_\t_\t0\troot\t_\t_\n"
                           "\n";
  std::istringstream in(text);
  conllu::Reader reader(in);
  conllu::Block block;
  std::ostringstream out;
  SUBCASE("word lines are found under a multiword token") {
    REQUIRE(reader.next(block));
    REQUIRE(block.word_lines.size() == 4);
    CHECK(conllu::form_of(block.lines[block.word_lines[0]]) == "Zu");
    CHECK(conllu::form_of(block.lines[block.word_lines[2]]) == "Schluss");
    REQUIRE(reader.next(block));
    CHECK(block.word_lines.size() == 1);
    CHECK_FALSE(reader.next(block));
  }
  SUBCASE("writing the blocks back reproduces the input byte for byte") {
    while (reader.next(block)) {
      conllu::write(out, block);
    }
    CHECK(out.str() == text);
  }
}
