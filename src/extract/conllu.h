#pragma once
// CoNLL-U in and out for `wortkiste analyze --format conllu`: we read the gold tokenization (the
// FORM column of the word lines) and write every line back exactly, filling only LEMMA and adding
// `JoinedLemma=<verb>` to MISC. Gold columns (UPOS, LEMMA, HEAD, ...) are never read.

#include <cstddef>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace wortkiste::extract::conllu {

// One sentence block: its lines as read (comments, multiword ranges "1-2 zum", empty nodes
// "8.1", word lines), and which of them are word lines.
struct Block {
  std::vector<std::string> lines;       // without the trailing newline
  std::vector<std::size_t> word_lines;  // indices into `lines` of the word lines, in order
  bool ended_with_blank = false;        // a blank line closed the block
};

// Returns the FORM column of a word line ("kündigten" of "5\tkündigten\t_\t...").
std::string_view form_of(std::string_view line);

// Returns `line` with LEMMA replaced by `lemma` and, when `joined_lemma` is not empty,
// `JoinedLemma=<joined_lemma>` appended to MISC ("_" becomes the new entry, other content stays).
// A line with fewer than 10 columns is returned unchanged.
std::string fill(std::string_view line, std::string_view lemma, std::string_view joined_lemma);

// Reads CoNLL-U sentence by sentence from a stream, so memory stays flat in the file size.
class Reader {
public:
  explicit Reader(std::istream& in) : m_in(in) {}
  // Reads the next block into `block`; returns false at the end of input.
  bool next(Block& block);
  // The number of lines read so far (for error messages).
  std::size_t line_number() const { return m_line; }

private:
  std::istream& m_in;
  std::size_t m_line = 0;
};

// Writes `block` exactly as read (with its lines replaced by the caller where it filled them).
void write(std::ostream& out, const Block& block);

} // namespace wortkiste::extract::conllu
