#pragma once
// Reading a text file (or standard input) as cleaned UTF-8, whole or in chunks cut at paragraph
// boundaries so that a 1 GB file never needs 1 GB of memory.

#include "text/document.h"
#include "text/encoding.h"

#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace wortkiste::text {

enum class InputFormat : std::uint8_t {
  Auto,     // by file name (.html, .htm, .md, .markdown) or by content (<html, <!DOCTYPE html)
  Plain,
  Html,     // parsed with libxml2; scripts, styles, navigation, header, footer, forms dropped
  Markdown, // headings, emphasis, links, code blocks and list markers stripped
};

struct LoadOptions {
  bool lenient = false;               // replace invalid bytes with U+FFFD instead of failing
  InputFormat format = InputFormat::Auto;
  std::size_t chunk_bytes = 1U << 20; // plain text is yielded in chunks of about this size
};

// A piece of cleaned text and where it starts in the whole cleaned input.
struct Chunk {
  std::string text;
  std::uint64_t offset = 0;
};

// Reads `input` ("-" = standard input) chunk by chunk. Plain text streams in bounded memory
// (a few chunk sizes); HTML and Markdown are read whole (they need the whole document).
class ChunkReader {
public:
  // Opens `input`. Throws FileError when it cannot be opened.
  explicit ChunkReader(const std::string& input, LoadOptions options = {});
  ChunkReader(const ChunkReader&) = delete;
  ChunkReader& operator=(const ChunkReader&) = delete;
  ~ChunkReader();

  // Returns the next chunk of cleaned text (cut at a blank line, else at a line end, else at a
  // sentence end), or nullopt at the end. Throws FileError naming the input for invalid bytes
  // (unless lenient), a binary file, or an input without any text ("... is empty").
  std::optional<Chunk> next();

  // The name used in messages: the path, or "standard input".
  const std::string& name() const { return m_name; }
  // The encoding found (valid after the first next()).
  Encoding encoding() const { return m_guess.encoding; }
  // The charset for Encoding::Legacy ("windows-1252").
  const std::string& charset() const { return m_guess.charset; }

private:
  bool read_block();               // appends decoded text to m_pending; false at end of input
  std::size_t find_cut(bool at_end) const;
  void read_whole_document();      // HTML and Markdown

  std::string m_name;
  LoadOptions m_options;
  std::FILE* m_file = nullptr;
  bool m_owns_file = false;
  bool m_started = false;
  bool m_eof = false;
  bool m_any_text = false;
  bool m_whole_done = false;        // HTML and Markdown: the one chunk was yielded
  bool m_seen_multibyte = false;
  InputFormat m_format = InputFormat::Plain;
  EncodingGuess m_guess;
  std::string m_raw_carry;         // bytes of a sequence cut at a block end
  std::uint64_t m_raw_offset = 0;  // byte offset in the file of the next raw byte to decode
  std::string m_pending;           // decoded, not yet cleaned
  std::uint64_t m_out_offset = 0;  // cleaned bytes yielded so far
};

// Returns the whole cleaned text of `input` ("-" = standard input). Throws FileError like
// ChunkReader::next. Meant for articles; use ChunkReader for inputs of unknown size.
std::string load_file(const std::string& input, const LoadOptions& options = {});

// Returns `bytes` decoded, converted from HTML or Markdown per `format`, and cleaned. Throws
// FileError naming `name` like ChunkReader::next.
std::string load_bytes(std::string_view bytes, std::string_view name, const LoadOptions& options = {});

} // namespace wortkiste::text
