// wortkiste analyze [FILE|-] [--format sentences|tokens|table|json|conllu]: the text as
// wortkiste sees it. The text formats (sentences, tokens) are printed here, chunk by chunk so a
// large file needs little memory; the lemma formats belong to cli/analyze_lemmas.cpp.

#include "cli/analyze_lemmas.h"
#include "cli/command.h"
#include "core/error.h"
#include "core/paths.h"
#include "lexicon/lexicon.h"
#include "text/reader.h"
#include "text/segment.h"

#include <CLI/CLI.hpp>

#include <cmath>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

namespace wortkiste::cli {

namespace {

constexpr const char* k_summary = "Show sentences, tokens and lemmas of a German text";

constexpr const char* k_help =
    "Reads FILE (or standard input for `-` or no FILE): UTF-8 with or without BOM, UTF-16 with\n"
    "BOM, Windows-1252/Latin-1, HTML (.html, or detected) and Markdown (.md). The text is cleaned\n"
    "(NFC, soft hyphens, zero-width characters, ligatures, words broken across lines).\n"
    "\n"
    "Formats:\n"
    "  sentences  one sentence per line, exactly as split (line breaks inside shown as spaces);\n"
    "             with --show-kinds each line starts with its kind and a tab:\n"
    "             sentence, headline (a title line) or byline (\"Lesezeit: 1 Minute\")\n"
    "  tokens     one token per line: BEGIN END KIND TEXT [completion=...], tab-separated, with\n"
    "             byte offsets into the cleaned text; a line \"# sentence N KIND BEGIN END\" opens\n"
    "             each sentence and a blank line closes it\n"
    "  table      (default) each word with its lemma in context\n"
    "  json       the same as JSON (also --json)\n"
    "  conllu     CoNLL-U, as the Universal Dependencies treebanks\n"
    "\n"
    "Examples:\n"
    "  wortkiste analyze --format sentences artikel.txt\n"
    "  wortkiste analyze --format sentences --show-kinds artikel.html | grep -v '^byline'\n"
    "  curl -s https://example.org/artikel.html | wortkiste analyze --format tokens -\n"
    "  wortkiste analyze --format tokens --lenient kaputt.txt";

struct Options {
  std::string input = "-";
  std::string format = "table";
  std::string from = "auto";
  bool json = false;
  bool lenient = false;
  bool show_kinds = false;
};

text::InputFormat input_format(const std::string& from) {
  if (from == "plain" || from == "text") {
    return text::InputFormat::Plain;
  }
  if (from == "html") {
    return text::InputFormat::Html;
  }
  if (from == "markdown" || from == "md") {
    return text::InputFormat::Markdown;
  }
  return text::InputFormat::Auto;
}

std::string_view kind_name(text::SentenceKind kind) {
  switch (kind) {
  case text::SentenceKind::Sentence: return "sentence";
  case text::SentenceKind::Headline: return "headline";
  case text::SentenceKind::Byline: return "byline";
  }
  return "sentence";
}

// The lexicon, when one is installed: it completes elliptical compounds and tells whether the
// text is German. Without it the text formats still work.
std::unique_ptr<lexicon::Lexicon> try_open_lexicon() {
  try {
    if (auto path = core::find_lexicon()) {
      return std::make_unique<lexicon::Lexicon>(lexicon::Lexicon::open(*path));
    }
  } catch (const std::exception&) {
  }
  return nullptr;
}

void print_text_formats(const Options& o, std::ostream& out) {
  text::LoadOptions load;
  load.lenient = o.lenient;
  load.format = input_format(o.from);
  text::ChunkReader reader(o.input, load);
  const auto lex = try_open_lexicon();
  text::SegmentOptions seg;
  if (lex) {
    seg.is_known_word = [&lex](std::string_view w) { return !lex->analyses(w).empty(); };
  }
  bool checked_language = false;
  std::size_t sentence_number = 0;
  std::string line;
  while (auto chunk = reader.next()) {
    text::Document doc = text::segment(std::move(chunk->text), seg);
    doc.offset = chunk->offset;
    if (!checked_language && lex) {
      checked_language = true;
      const double share = text::known_word_share(doc, seg.is_known_word);
      if (share < 0.5) {
        std::cerr << "wortkiste: warning: " << reader.name() << ": only "
                  << static_cast<int>(std::lround(share * 100))
                  << "% of words are German words the lexicon knows; is this German text?\n";
      }
    }
    for (const text::Sentence& s : doc.sentences) {
      ++sentence_number;
      if (o.format == "sentences") {
        line.assign(doc.sentence_text(s));
        for (char& c : line) {
          if (c == '\n' || c == '\r' || c == '\t') {
            c = ' ';
          }
        }
        if (o.show_kinds) {
          out << kind_name(s.kind) << '\t';
        }
        out << line << '\n';
        continue;
      }
      out << "# sentence " << sentence_number << ' ' << kind_name(s.kind) << ' '
          << doc.offset + s.begin << ' ' << doc.offset + s.end << '\n';
      for (const text::Token& t : s.tokens) {
        out << doc.offset + t.begin << '\t' << doc.offset + t.end << '\t' << text::to_string(t.kind)
            << '\t' << doc.token_text(t);
        if (!t.completion.empty()) {
          out << "\tcompletion=" << t.completion;
        }
        out << '\n';
      }
      out << '\n';
    }
  }
  out.flush();
}

} // namespace

void register_analyze(CLI::App& app, GlobalOptions& /*global*/) {
  auto options = std::make_shared<Options>();
  CLI::App* sub = app.add_subcommand("analyze", k_summary);
  sub->footer(k_help);
  sub->add_option("file", options->input, "The text to analyze; `-` or none reads standard input");
  sub->add_option("--format,-f", options->format, "sentences, tokens, table (default), json or conllu")
      ->check(CLI::IsMember({"sentences", "tokens", "table", "json", "conllu"}));
  sub->add_flag("--json", options->json, "Short for --format json");
  sub->add_option("--from", options->from, "Input format: auto (default), plain, html or markdown")
      ->check(CLI::IsMember({"auto", "plain", "text", "html", "markdown", "md"}));
  sub->add_flag("--lenient", options->lenient,
                "Replace invalid bytes with U+FFFD instead of stopping with an error");
  sub->add_flag("--show-kinds", options->show_kinds,
                "With --format sentences: start each line with sentence, headline or byline and a tab");
  sub->callback([options] {
    Options o = *options;
    if (o.json) {
      o.format = "json";
    }
    if (o.format == "sentences" || o.format == "tokens") {
      print_text_formats(o, std::cout);
      return;
    }
    AnalyzeRequest request;
    request.input = o.input;
    request.format = o.format;
    request.lenient = o.lenient;
    analyze_lemmas(request, std::cout);
  });
}

} // namespace wortkiste::cli
