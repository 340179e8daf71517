#include "cli/analyze_lemmas.h"

#include "core/error.h"
#include "extract/analysis.h"
#include "extract/compounds.h"
#include "extract/conllu.h"
#include "extract/lemmatizer.h"
#include "lexicon/lexicon.h"
#include "text/reader.h"
#include "text/segment.h"

#include <nlohmann/json.hpp>

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
                                               t.joined_lemma));
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

nlohmann::json token_json(const text::Document& doc, const text::Token& token,
                          const TokenAnalysis& t, const lexicon::Lexicon& lexicon,
                          extract::FormCache& cache) {
  nlohmann::json j;
  j["form"] = std::string(doc.token_text(token));
  j["begin"] = doc.offset + token.begin;
  j["end"] = doc.offset + token.end;
  j["kind"] = std::string(text::to_string(token.kind));
  j["lemma"] = t.lemma;
  j["pos"] = std::string(lexicon::to_ud(t.pos));
  j["learner_lemma"] = extract::learner_lemma(t);
  if (!t.joined_lemma.empty()) {
    j["joined_lemma"] = t.joined_lemma;
    j["particle_index"] = *t.particle_index;
  }
  if (t.is_particle_of_verb) {
    j["particle_of_verb"] = true;
  }
  if (t.reflexive) {
    j["reflexive"] = true;
  }
  j["name"] = t.is_name;
  j["known"] = t.known_to_lexicon;
  if (!t.compound_parts.empty()) {
    j["compound"] = t.compound_parts;
  }
  if (!token.completion.empty()) {
    j["completion"] = token.completion;
  }
  if (!t.multiword.empty()) {
    j["multiword"] = t.multiword;
  }
  const auto facts = noun_facts(t, lexicon, cache);
  if (!facts.gender.empty()) {
    j["gender"] = std::string(facts.gender);
  }
  if (!facts.plural.empty()) {
    j["plural"] = facts.plural;
  }
  return j;
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
        nlohmann::json s;
        s["text"] = std::string(doc.sentence_text(sentence));
        s["kind"] = std::string(kind_name(sentence.kind));
        s["begin"] = doc.offset + sentence.begin;
        s["end"] = doc.offset + sentence.end;
        nlohmann::json tokens = nlohmann::json::array();
        for (std::size_t k = 0; k < sentence.tokens.size(); ++k) {
          tokens.push_back(
              token_json(doc, sentence.tokens[k], sa.tokens[k], lexicon, lemmatizer.cache()));
        }
        s["tokens"] = std::move(tokens);
        out << (first ? "\n" : ",\n") << s.dump();
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
