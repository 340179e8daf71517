#include "extract/conllu.h"

#include <array>

namespace wortkiste::extract::conllu {

namespace {

// A word line has an integer ID: "5", not the range "1-2" of a multiword token ("zum" = "zu dem")
// nor the empty node "8.1".
bool is_word_line(std::string_view line) {
  if (line.empty() || line[0] == '#') {
    return false;
  }
  std::size_t i = 0;
  while (i < line.size() && line[i] >= '0' && line[i] <= '9') {
    ++i;
  }
  return i > 0 && i < line.size() && line[i] == '\t';
}

// Splits `line` into at most 10 tab-separated columns; returns how many it found.
std::size_t split_columns(std::string_view line, std::array<std::string_view, 10>& cols) {
  std::size_t n = 0;
  std::size_t start = 0;
  while (n < cols.size()) {
    std::size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos || n == cols.size() - 1) {
      cols[n++] = line.substr(start);
      break;
    }
    cols[n++] = line.substr(start, tab - start);
    start = tab + 1;
  }
  return n;
}

} // namespace

std::string_view form_of(std::string_view line) {
  std::array<std::string_view, 10> cols;
  if (split_columns(line, cols) < 2) {
    return {};
  }
  return cols[1];
}

std::string fill(std::string_view line, std::string_view lemma, std::string_view joined_lemma) {
  std::array<std::string_view, 10> cols;
  if (split_columns(line, cols) != 10) {
    return std::string(line);
  }
  std::string out;
  out.reserve(line.size() + lemma.size() + joined_lemma.size() + 16);
  for (std::size_t c = 0; c < 10; ++c) {
    if (c > 0) {
      out += '\t';
    }
    if (c == 2) {
      out += lemma.empty() ? std::string_view("_") : lemma;
    } else if (c == 9 && !joined_lemma.empty()) {
      // "SpaceAfter=No" becomes "SpaceAfter=No|JoinedLemma=ankündigen"; "_" is replaced.
      if (cols[9] != "_" && !cols[9].empty()) {
        out += cols[9];
        out += '|';
      }
      out += "JoinedLemma=";
      out += joined_lemma;
    } else {
      out += cols[c];
    }
  }
  return out;
}

bool Reader::next(Block& block) {
  block.lines.clear();
  block.word_lines.clear();
  block.ended_with_blank = false;
  std::string line;
  while (std::getline(m_in, line)) {
    ++m_line;
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    if (line.empty()) {
      if (block.lines.empty()) {
        // Extra blank lines between blocks: keep them as empty blocks so output matches input.
        block.ended_with_blank = true;
        return true;
      }
      block.ended_with_blank = true;
      return true;
    }
    if (is_word_line(line)) {
      block.word_lines.push_back(block.lines.size());
    }
    block.lines.push_back(std::move(line));
  }
  return !block.lines.empty();
}

void write(std::ostream& out, const Block& block) {
  for (const auto& line : block.lines) {
    out << line << '\n';
  }
  if (block.ended_with_blank) {
    out << '\n';
  }
}

} // namespace wortkiste::extract::conllu
