#pragma once
// Cleaned text split into sentences and tokens. Every offset is a byte offset into
// `Document::text` (the cleaned UTF-8 text); `Document::offset` places a chunk of a streamed
// input within the whole cleaned text. (No map back to the original bytes is kept yet: cleaning
// and decoding from UTF-16, 8-bit charsets or HTML change byte positions.)

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wortkiste::text {

enum class TokenKind : std::uint8_t {
  Word,        // Einsatz, US-Beamter, Zwei-Phasen-Übergangsplan
  Number,      // 2.500, 3,5, 2017
  Ordinal,     // 27.
  Time,        // 14:30
  Percentage,  // 5 %, 5%
  Url,
  Email,
  Abbreviation,// z. B., Nr., Dr.
  Punctuation, // . , ; : ! ? ( ) -
  Quote,       // „ “ ” » « ‚ ‘ "
  Symbol,      // € $ § & +
};

// Returns a lowercase name for a token kind ("word", "number", ...).
std::string_view to_string(TokenKind kind);

struct Token {
  std::uint32_t begin = 0; // byte offsets into Document::text
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::Word;
  // Elliptical compound "Armee- und Polizeipersonal": the token "Armee-" gets completed to
  // "Armeepersonal" here; empty for ordinary tokens.
  std::string completion;
};

enum class SentenceKind : std::uint8_t {
  Sentence, // a complete sentence, usable as an example
  Headline, // a title line without a finite verb or final punctuation
  Byline,   // "Veröffentlicht ...", "Lesezeit: 1 Minute", author and date lines, captions
};

struct Sentence {
  std::uint32_t begin = 0; // byte offsets into Document::text
  std::uint32_t end = 0;
  SentenceKind kind = SentenceKind::Sentence;
  std::vector<Token> tokens;
};

struct Document {
  std::string text; // cleaned, NFC-normalised UTF-8
  // Byte offset of `text` within the whole cleaned input: 0 for a whole file, the position of
  // the chunk for text read piecewise by text::ChunkReader. Add it to token offsets to get
  // offsets relative to the whole input.
  std::uint64_t offset = 0;
  std::vector<Sentence> sentences;

  std::string_view slice(std::uint32_t begin, std::uint32_t end) const {
    return std::string_view(text).substr(begin, end - begin);
  }
  std::string_view sentence_text(const Sentence& s) const { return slice(s.begin, s.end); }
  std::string_view token_text(const Token& t) const { return slice(t.begin, t.end); }
};

} // namespace wortkiste::text
