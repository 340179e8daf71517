// text_split: reads text from standard input (or a file) and prints one sentence per line, with
// our splitter (default, streaming through text::ChunkReader) or ICU's alone (--icu); with
// --time it prints throughput instead. Used by scripts/eval-sentences and bench/text.sh.
//
//   text_split [--icu|--icu-words] [--time] [FILE]

#include "text/icu_baseline.h"
#include "text/reader.h"
#include "text/segment.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

using namespace wortkiste;

int main(int argc, char** argv) {
  bool icu = false;
  bool icu_words = false;
  bool time = false;
  std::string input = "-";
  for (int k = 1; k < argc; ++k) {
    if (std::strcmp(argv[k], "--icu") == 0) {
      icu = true;
    } else if (std::strcmp(argv[k], "--icu-words") == 0) {
      icu_words = true;
    } else if (std::strcmp(argv[k], "--time") == 0) {
      time = true;
    } else {
      input = argv[k];
    }
  }
  try {
    text::ChunkReader reader(input);
    std::uint64_t bytes = 0, sentences = 0, tokens = 0;
    double seconds = 0;
    std::string line;
    while (auto chunk = reader.next()) {
      bytes += chunk->text.size();
      const auto t0 = std::chrono::steady_clock::now();
      if (icu || icu_words) {
        const auto spans = text::icu_sentences(chunk->text);
        if (icu_words) {
          tokens += text::icu_word_count(chunk->text);
        }
        seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        sentences += spans.size();
        if (!time) {
          for (const auto& [b, e] : spans) {
            line.assign(chunk->text, b, e - b);
            for (char& c : line) {
              c = c == '\n' ? ' ' : c;
            }
            std::cout << line << '\n';
          }
        }
        continue;
      }
      const text::Document doc = text::segment(std::move(chunk->text));
      seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      sentences += doc.sentences.size();
      for (const auto& s : doc.sentences) {
        tokens += s.tokens.size();
        if (!time) {
          line.assign(doc.sentence_text(s));
          for (char& c : line) {
            c = c == '\n' ? ' ' : c;
          }
          std::cout << line << '\n';
        }
      }
    }
    if (time) {
      std::printf("%.1f MB in %.3f s = %.1f MB/s (%llu sentences, %llu tokens)\n", static_cast<double>(bytes) / 1e6,
                  seconds, static_cast<double>(bytes) / 1e6 / seconds,
                  static_cast<unsigned long long>(sentences), static_cast<unsigned long long>(tokens));
    }
  } catch (const std::exception& e) {
    std::cerr << "text_split: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
