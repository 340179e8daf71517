// wortkiste-lexicon-build: compiles the lexicon sources into lexicon.wkl.
//   wortkiste-lexicon-build --node-modules DIR --ding FILE --data DIR --output FILE

#include "core/error.h"
#include "lexicon/builder.h"

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>

int main(int argc, char** argv) {
  using namespace wortkiste;
  std::filesystem::path node_modules = "node_modules";
  std::filesystem::path ding = "/usr/share/trans/de-en";
  std::filesystem::path data = "data";
  std::filesystem::path output = "lexicon.wkl";
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string_view flag = argv[i];
    if (flag == "--node-modules") {
      node_modules = argv[i + 1];
    } else if (flag == "--ding") {
      ding = argv[i + 1];
    } else if (flag == "--data") {
      data = argv[i + 1];
    } else if (flag == "--output") {
      output = argv[i + 1];
    } else {
      std::cerr << "wortkiste-lexicon-build: unknown option " << flag << '\n';
      return 2;
    }
  }
  if (argc % 2 == 0) {
    std::cerr << "usage: wortkiste-lexicon-build [--node-modules DIR] [--ding FILE] [--data DIR] "
                 "[--output FILE]\n";
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  try {
    const auto stats =
        lexicon::build(lexicon::BuildInputs::standard(node_modules, ding, data), output);
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("wortkiste-lexicon-build: %s: %zu bytes, %zu forms, %zu analyses, %zu lemmas "
                "(%zu with glosses), %zu phrases, %zu places, %zu old spellings, in %.1f s\n",
                output.c_str(), stats.bytes, stats.forms, stats.analyses, stats.lemmas,
                stats.glossed_lemmas, stats.phrases, stats.places, stats.old_spellings, seconds);
    std::printf("wortkiste-lexicon-build: data/gloss-supplement.tsv covers %zu lemmas\n",
                stats.supplement_lemmas);
    std::printf("wortkiste-lexicon-build: lemmas / forms per part of speech:");
    for (std::size_t i = 0; i < lexicon::k_pos_count; ++i) {
      if (stats.lemmas_by_pos[i] != 0) {
        std::printf(" %s %zu/%zu", std::string(lexicon::to_ud(static_cast<lexicon::Pos>(i))).c_str(),
                    stats.lemmas_by_pos[i], stats.forms_by_pos[i]);
      }
    }
    std::printf("\n");
  } catch (const Error& e) {
    std::cerr << "wortkiste-lexicon-build: error: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
