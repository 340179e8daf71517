#include "cli/analyze_lemmas.h"

#include "core/error.h"
#include "extract/analysis.h"
#include "extract/compounds.h"
#include "extract/conllu.h"
#include "extract/lemmatizer.h"
#include "lexicon/lexicon.h"
#include "text/reader.h"
#include "text/segment.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <ostream>

namespace wortkiste::cli {

namespace {

using extract::TokenAnalysis;

// CoNLL-U: the gold tokenization in, every line out as it was, LEMMA and MISC filled.
void write_conllu(const AnalyzeRequest& request, const lexicon::Lexicon& lexicon,
                  std::ostream& out) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (request.input != "-") {
    file.open(request.input, std::ios::binary);
    if (!file) {
      throw FileError("cannot open " + request.input);
    }
    in = &file;
  }
  extract::Lemmatizer lemmatizer(lexicon);
  extract::conllu::Reader reader(*in);
  extract::conllu::Block block;
  std::vector<extract::Word> words;
  while (reader.next(block)) {
    words.clear();
    for (std::size_t index : block.word_lines) {
      std::string_view form = extract::conllu::form_of(block.lines[index]);
      words.push_back(extract::Word{form, extract::shape_of(form)});
    }
    if (!words.empty()) {
      const auto analysis = lemmatizer.analyze_sentence(words);
      // Filled lines are built first: `words` points into the lines being replaced.
      std::vector<std::string> filled;
      filled.reserve(words.size());
      for (std::size_t k = 0; k < words.size(); ++k) {
        const auto& t = analysis.tokens[k];
        filled.push_back(extract::conllu::fill(block.lines[block.word_lines[k]], t.lemma,
                                               t.ud_leaves_unjoined ? std::string()
                                                                          : t.joined_lemma));
      }
      for (std::size_t k = 0; k < words.size(); ++k) {
        block.lines[block.word_lines[k]] = std::move(filled[k]);
      }
    }
    extract::conllu::write(out, block);
  }
  if (file.is_open() && file.bad()) {
    throw FileError("error reading " + request.input + " near line " +
                    std::to_string(reader.line_number()));
  }
}

std::string_view kind_name(text::SentenceKind kind) {
  switch (kind) {
  case text::SentenceKind::Sentence:
    return "sentence";
  case text::SentenceKind::Headline:
    return "headline";
  case text::SentenceKind::Byline:
    return "byline";
  }
  return "sentence";
}

std::string join_parts(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) {
      out += '|';
    }
    out += p;
  }
  return out;
}

// Gender and plural of a noun: its own entry, or the head of its compound split.
struct NounFacts {
  std::string_view gender;
  std::string plural;
};

NounFacts noun_facts(const TokenAnalysis& t, const lexicon::Lexicon& lexicon,
                     extract::FormCache& cache) {
  NounFacts facts;
  if (t.pos != lexicon::Pos::Noun) {
    return facts;
  }
  if (t.lemma_id && t.known_to_lexicon) {
    const auto info = lexicon.lemma(*t.lemma_id);
    facts.gender = lexicon::to_code(info.gender);
    facts.plural = std::string(info.plural);
    return facts;
  }
  if (!t.compound_parts.empty()) {
    if (auto split = extract::split_compound(t.lemma, cache)) {
      facts.gender = lexicon::to_code(lexicon.lemma(split->head).gender);
      facts.plural = extract::compound_plural(*split, t.lemma, lexicon);
    }
  }
  return facts;
}

// Appends `text` as a JSON string (quoted, escaped).
void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  for (char c : text) {
    switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    case '\t':
      out += "\\t";
      break;
    default:
      if (static_cast<unsigned char>(c) < 0x20) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
        out += buf;
      } else {
        out += c;
      }
    }
  }
  out += '"';
}

// Writes one token as a JSON object with its keys in alphabetical order (so a line reads the
// same on every run and scripts may grep it). Written by hand: building nlohmann objects per
// token took half the run time of `analyze --json`.
void append_token_json(std::string& out, const text::Document& doc, const text::Token& token,
                       const TokenAnalysis& t, const lexicon::Lexicon& lexicon,
                       extract::FormCache& cache) {
  auto key = [&out](std::string_view name) {
    out += '"';
    out += name;
    out += "\":";
  };
  out += '{';
  key("begin");
  out += std::to_string(doc.offset + token.begin);
  if (!t.compound_parts.empty()) {
    out += ',';
    key("compound");
    out += '[';
    for (std::size_t k = 0; k < t.compound_parts.size(); ++k) {
      if (k > 0) {
        out += ',';
      }
      append_json_string(out, t.compound_parts[k]);
    }
    out += ']';
  }
  if (!token.completion.empty()) {
    out += ',';
    key("completion");
    append_json_string(out, token.completion);
  }
  out += ',';
  key("end");
  out += std::to_string(doc.offset + token.end);
  out += ',';
  key("form");
  append_json_string(out, doc.token_text(token));
  const auto facts = noun_facts(t, lexicon, cache);
  if (!facts.gender.empty()) {
    out += ',';
    key("gender");
    append_json_string(out, facts.gender);
  }
  if (!t.joined_lemma.empty()) {
    out += ',';
    key("joined_lemma");
    append_json_string(out, t.joined_lemma);
  }
  out += ',';
  key("kind");
  append_json_string(out, text::to_string(token.kind));
  out += ',';
  key("known");
  out += t.known_to_lexicon ? "true" : "false";
  out += ',';
  key("learner_lemma");
  append_json_string(out, extract::learner_lemma(t));
  out += ',';
  key("lemma");
  append_json_string(out, t.lemma);
  if (!t.multiword.empty()) {
    out += ',';
    key("multiword");
    append_json_string(out, t.multiword);
  }
  out += ',';
  key("name");
  out += t.is_name ? "true" : "false";
  if (t.particle_index) {
    out += ',';
    key("particle_index");
    out += std::to_string(*t.particle_index);
  }
  if (t.is_particle_of_verb) {
    out += ',';
    key("particle_of_verb");
    out += "true";
  }
  if (!facts.plural.empty()) {
    out += ',';
    key("plural");
    append_json_string(out, facts.plural);
  }
  out += ',';
  key("pos");
  append_json_string(out, lexicon::to_ud(t.pos));
  if (t.reflexive) {
    out += ',';
    key("reflexive");
    out += "true";
  }
  out += '}';
}

void write_table_sentence(std::ostream& out, const text::Document& doc,
                          const text::Sentence& sentence, const extract::SentenceAnalysis& sa,
                          std::size_t number, const lexicon::Lexicon& lexicon,
                          extract::FormCache& cache) {
  out << "# " << number << " [" << kind_name(sentence.kind) << "] "
      << doc.sentence_text(sentence) << '\n';
  char buf[32];
  for (std::size_t k = 0; k < sentence.tokens.size(); ++k) {
    const auto& token = sentence.tokens[k];
    const auto& t = sa.tokens[k];
    std::snprintf(buf, sizeof buf, "%4zu  ", k + 1);
    std::string form(doc.token_text(token));
    std::string line = buf;
    auto pad = [&](std::string s, std::size_t width) {
      // Pads by characters, not bytes, so umlauts keep the columns straight.
      std::size_t chars = 0;
      for (char ch : s) {
        chars += (static_cast<unsigned char>(ch) & 0xC0) != 0x80 ? 1 : 0;
      }
      if (chars < width) {
        s.append(width - chars, ' ');
      }
      return s + ' ';
    };
    line += pad(form, 22);
    line += pad(t.lemma, 22);
    line += pad(std::string(lexicon::to_ud(t.pos)), 6);
    if (!t.joined_lemma.empty()) {
      line += " joined=" + t.joined_lemma + "(+" + std::to_string(*t.particle_index + 1) + ")";
    }
    if (t.is_particle_of_verb) {
      line += " particle";
    }
    if (t.reflexive) {
      line += " reflexive";
    }
    if (!t.compound_parts.empty()) {
      line += " compound=" + join_parts(t.compound_parts);
      const auto facts = noun_facts(t, lexicon, cache);
      if (!facts.gender.empty()) {
        line += " gender=" + std::string(facts.gender);
      }
      if (!facts.plural.empty()) {
        line += " plural=" + facts.plural;
      }
    }
    if (t.is_name) {
      line += " name";
    }
    if (!t.multiword.empty()) {
      line += " multiword=\"" + t.multiword + "\"";
    }
    while (!line.empty() && line.back() == ' ') {
      line.pop_back();
    }
    out << line << '\n';
  }
  out << '\n';
}

// Plain text, HTML or Markdown: segmented by the text layer chunk by chunk, so memory stays flat.
void write_text_analysis(const AnalyzeRequest& request, const lexicon::Lexicon& lexicon,
                         std::ostream& out) {
  text::LoadOptions options;
  options.lenient = request.lenient;
  text::ChunkReader reader(request.input, options);
  text::SegmentOptions segment_options;
  segment_options.is_known_word = [&lexicon](std::string_view word) {
    return !lexicon.analyses(word).empty();
  };
  extract::Lemmatizer lemmatizer(lexicon);
  const bool json = request.format == "json";
  std::size_t number = 0;
  bool first = true;
  if (json) {
    out << "{\"sentences\":[";
  }
  std::vector<extract::Word> words;
  std::string line;
  while (auto chunk = reader.next()) {
    text::Document doc = text::segment(std::move(chunk->text), segment_options);
    doc.offset = chunk->offset;
    for (const auto& sentence : doc.sentences) {
      words.clear();
      for (const auto& token : sentence.tokens) {
        words.push_back(extract::word_of(doc, token));
      }
      const auto sa = lemmatizer.analyze_sentence(words);
      ++number;
      if (json) {
        // {"begin":..,"end":..,"kind":"sentence","text":"...","tokens":[...]} per line.
        line.clear();
        line += first ? "\n" : ",\n";
        line += "{\"begin\":";
        line += std::to_string(doc.offset + sentence.begin);
        line += ",\"end\":";
        line += std::to_string(doc.offset + sentence.end);
        line += ",\"kind\":";
        append_json_string(line, kind_name(sentence.kind));
        line += ",\"text\":";
        append_json_string(line, doc.sentence_text(sentence));
        line += ",\"tokens\":[";
        for (std::size_t k = 0; k < sentence.tokens.size(); ++k) {
          if (k > 0) {
            line += ',';
          }
          append_token_json(line, doc, sentence.tokens[k], sa.tokens[k], lexicon,
                            lemmatizer.cache());
        }
        line += "]}";
        out << line;
        first = false;
      } else {
        write_table_sentence(out, doc, sentence, sa, number, lexicon, lemmatizer.cache());
      }
    }
  }
  if (json) {
    out << "\n]}\n";
  }
}

} // namespace

void analyze_lemmas(const AnalyzeRequest& request, std::ostream& out) {
  if (request.format != "table" && request.format != "json" && request.format != "conllu") {
    throw UsageError("unknown analyze format '" + request.format +
                     "' (table, json, conllu, sentences, tokens)");
  }
  const auto lexicon = lexicon::Lexicon::open_default();
  if (request.format == "conllu") {
    write_conllu(request, lexicon, out);
  } else {
    write_text_analysis(request, lexicon, out);
  }
  out.flush();
}

} // namespace wortkiste::cli
