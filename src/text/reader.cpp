#include "text/reader.h"

#include "core/error.h"
#include "text/clean.h"
#include "text/html.h"
#include "text/markdown.h"
#include "text/unicode.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace wortkiste::text {

namespace {

constexpr std::size_t k_block_bytes = 1U << 20;

InputFormat format_from_name(const std::string& name) {
  auto ends = [&](std::string_view suffix) {
    if (name.size() < suffix.size()) {
      return false;
    }
    for (std::size_t k = 0; k < suffix.size(); ++k) {
      char c = name[name.size() - suffix.size() + k];
      if (c >= 'A' && c <= 'Z') {
        c = static_cast<char>(c - 'A' + 'a');
      }
      if (c != suffix[k]) {
        return false;
      }
    }
    return true;
  };
  if (ends(".html") || ends(".htm") || ends(".xhtml")) {
    return InputFormat::Html;
  }
  if (ends(".md") || ends(".markdown")) {
    return InputFormat::Markdown;
  }
  return InputFormat::Auto;
}

bool has_text(std::string_view s) {
  return s.find_first_not_of(" \t\r\n\f\v") != std::string_view::npos;
}

[[noreturn]] void fail_empty(const std::string& name) {
  throw FileError(name + ": the input is empty; there is no text to read");
}

} // namespace

ChunkReader::ChunkReader(const std::string& input, LoadOptions options)
    : m_name(input == "-" ? "standard input" : input), m_options(options) {
  if (m_options.chunk_bytes < 1024) {
    m_options.chunk_bytes = 1024;
  }
  if (input == "-") {
    m_file = stdin;
  } else {
    m_file = std::fopen(input.c_str(), "rb");
    if (m_file == nullptr) {
      throw FileError(input + ": cannot open: " + std::strerror(errno));
    }
    m_owns_file = true;
  }
  m_format = m_options.format;
  if (m_format == InputFormat::Auto && input != "-") {
    m_format = format_from_name(input);
  }
}

ChunkReader::~ChunkReader() {
  if (m_owns_file && m_file != nullptr) {
    std::fclose(m_file);
  }
}

bool ChunkReader::read_block() {
  if (m_eof) {
    return false;
  }
  std::string raw = std::move(m_raw_carry);
  m_raw_carry.clear();
  const std::size_t carried = raw.size();
  raw.resize(carried + k_block_bytes);
  const std::size_t got = std::fread(raw.data() + carried, 1, k_block_bytes, m_file);
  if (got < k_block_bytes && std::ferror(m_file)) {
    throw FileError(m_name + ": cannot read: " + std::strerror(errno));
  }
  raw.resize(carried + got);
  if (got == 0) {
    m_eof = true;
  }
  std::string_view bytes = raw;
  const std::uint64_t base = m_raw_offset;
  if (!m_started) {
    m_started = true;
    m_guess = guess_encoding(bytes, m_name);
    bytes.remove_prefix(m_guess.bom_length);
    m_raw_offset += m_guess.bom_length;
    if (m_format == InputFormat::Auto && looks_like_html(bytes)) {
      m_format = InputFormat::Html;
    }
  }
  switch (m_guess.encoding) {
  case Encoding::Utf16Le:
  case Encoding::Utf16Be: {
    std::size_t usable = bytes.size() & ~static_cast<std::size_t>(1);
    // Keep a high surrogate cut at the block end for the next block.
    if (!m_eof && usable >= 2) {
      const auto hi = static_cast<unsigned char>(bytes[usable - (m_guess.encoding == Encoding::Utf16Le ? 1 : 2)]);
      if (hi >= 0xD8 && hi <= 0xDB) {
        usable -= 2;
      }
    }
    utf16_to_utf8(bytes.substr(0, usable), m_guess.encoding == Encoding::Utf16Be, m_pending, m_name,
                  m_raw_offset, m_options.lenient);
    m_raw_carry.assign(bytes.substr(usable));
    m_raw_offset += usable;
    if (m_eof && !m_raw_carry.empty()) {
      if (!m_options.lenient) {
        throw FileError(m_name + ": invalid UTF-16 at byte " + std::to_string(m_raw_offset) +
                        " (an odd number of bytes; use --lenient to replace invalid bytes)");
      }
      m_pending += "\xEF\xBF\xBD";
      m_raw_carry.clear();
    }
    break;
  }
  case Encoding::Legacy: {
    if (const std::size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
      throw FileError(m_name + ": this is a binary file, not text (NUL byte at byte " +
                      std::to_string(m_raw_offset + nul) + ")");
    }
    m_pending += legacy_to_utf8(bytes, m_guess.charset);
    m_raw_offset += bytes.size();
    break;
  }
  case Encoding::Utf8: {
    if (const std::size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
      throw FileError(m_name + ": this is a binary file, not text (NUL byte at byte " +
                      std::to_string(m_raw_offset + nul) + ")");
    }
    // Keep a sequence cut at the block end for the next block.
    std::size_t usable = bytes.size();
    if (!m_eof) {
      std::size_t k = usable;
      while (k > 0 && usable - k < 3 && (static_cast<unsigned char>(bytes[k - 1]) & 0xC0) == 0x80) {
        --k;
      }
      if (k > 0 && static_cast<unsigned char>(bytes[k - 1]) >= 0xC2) {
        const auto lead = static_cast<unsigned char>(bytes[k - 1]);
        const std::size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        if (usable - (k - 1) < need) {
          usable = k - 1;
        }
      }
    }
    const std::string_view part = bytes.substr(0, usable);
    const std::size_t bad = detail::find_invalid_utf8(part);
    if (bad != std::string_view::npos && !m_seen_multibyte && !has_utf8_multibyte(part)) {
      // Plain ASCII so far, then bytes that are no UTF-8 at all: a legacy charset after all.
      m_guess.encoding = Encoding::Legacy;
      m_guess.charset = detect_legacy_charset(part);
      m_pending += legacy_to_utf8(part, m_guess.charset);
    } else {
      append_checked_utf8(part, m_pending, m_name, m_raw_offset, m_options.lenient);
      if (!m_seen_multibyte) {
        m_seen_multibyte = has_utf8_multibyte(part);
      }
    }
    m_raw_carry.assign(bytes.substr(usable));
    m_raw_offset += usable;
    if (m_eof && !m_raw_carry.empty()) {
      append_checked_utf8(m_raw_carry, m_pending, m_name, m_raw_offset, m_options.lenient);
      m_raw_carry.clear();
    }
    break;
  }
  }
  (void)base;
  return !m_eof || !m_pending.empty();
}

std::size_t ChunkReader::find_cut(bool at_end) const {
  const std::string_view p = m_pending;
  const std::size_t want = m_options.chunk_bytes;
  if (p.size() <= want) {
    return at_end ? p.size() : 0;
  }
  const std::size_t limit = std::min(p.size(), 4 * want);
  // Is there a blank line ending at the '\n' at `nl` ("\n\n", spaces between allowed)?
  auto blank_before = [&](std::size_t nl) {
    std::size_t k = nl;
    while (k > 0 && (p[k - 1] == ' ' || p[k - 1] == '\t' || p[k - 1] == '\r')) {
      --k;
    }
    return k > 0 && p[k - 1] == '\n';
  };
  // A paragraph end: the last one within `want`, else the first one within `limit`.
  for (std::size_t nl = p.rfind('\n', want - 1); nl != std::string_view::npos && nl > want / 8;
       nl = nl > 0 ? p.rfind('\n', nl - 1) : std::string_view::npos) {
    if (blank_before(nl)) {
      return nl + 1;
    }
  }
  for (std::size_t nl = p.find('\n', want); nl != std::string_view::npos && nl < limit; nl = p.find('\n', nl + 1)) {
    if (blank_before(nl)) {
      return nl + 1;
    }
  }
  if (!at_end && p.size() < 4 * want) {
    return 0; // read on: a paragraph end is probably near
  }
  // No paragraph end in 4 chunks: a line end not after a hyphen ("Ver-\nhandlungen" stays).
  for (std::size_t k = p.rfind('\n', limit - 1); k != std::string_view::npos && k > want / 2;
       k = p.rfind('\n', k - 1)) {
    if (k > 0 && p[k - 1] != '-') {
      return k + 1;
    }
  }
  // One enormous line: a sentence end ". X" after a lower-case word of 4+ letters (not an
  // abbreviation: "Verhandlungen. Die"), searching back from the limit.
  for (std::size_t k = limit - 3; k > want / 2; --k) {
    if (p[k] == '.' && p[k + 1] == ' ' && p[k + 2] >= 'A' && p[k + 2] <= 'Z' && p[k - 1] >= 'a' &&
        p[k - 1] <= 'z' && p[k - 2] >= 'a' && p[k - 2] <= 'z' && p[k - 3] >= 'a' && p[k - 3] <= 'z' &&
        p[k - 4] >= 'a' && p[k - 4] <= 'z') {
      return k + 2;
    }
  }
  // Any space, else any character boundary.
  const std::size_t space = p.rfind(' ', limit - 1);
  if (space != std::string_view::npos && space > 0) {
    return space + 1;
  }
  std::size_t k = limit;
  while (k > 1 && k < p.size() && (static_cast<unsigned char>(p[k]) & 0xC0) == 0x80) {
    --k; // never inside a UTF-8 sequence
  }
  return k;
}

void ChunkReader::read_whole_document() {
  while (read_block()) {
    if (m_eof) {
      break;
    }
  }
}

std::optional<Chunk> ChunkReader::next() {
  if (!m_started) {
    read_block(); // decides the encoding, and the format by content when not by name
  }
  if (m_format == InputFormat::Auto) {
    m_format = InputFormat::Plain;
  }
  if (m_format == InputFormat::Html || m_format == InputFormat::Markdown) {
    if (m_whole_done) {
      return std::nullopt;
    }
    read_whole_document();
    m_whole_done = true;
    std::string converted =
        m_format == InputFormat::Html ? html_to_text(m_pending) : markdown_to_text(m_pending);
    m_pending.clear();
    m_pending.shrink_to_fit();
    if (!has_text(converted)) {
      fail_empty(m_name);
    }
    m_any_text = true;
    Chunk chunk{clean(converted), m_out_offset};
    m_out_offset += chunk.text.size();
    return chunk;
  }
  while (true) {
    const std::size_t cut = find_cut(m_eof);
    if (cut > 0) {
      std::string piece = m_pending.substr(0, cut);
      m_pending.erase(0, cut);
      if (!has_text(piece)) {
        if (m_eof && m_pending.empty() && !m_any_text) {
          fail_empty(m_name);
        }
        continue;
      }
      m_any_text = true;
      Chunk chunk{clean(piece), m_out_offset};
      m_out_offset += chunk.text.size();
      return chunk;
    }
    if (m_eof) {
      if (!m_any_text) {
        fail_empty(m_name);
      }
      return std::nullopt;
    }
    read_block();
  }
}

std::string load_file(const std::string& input, const LoadOptions& options) {
  ChunkReader reader(input, options);
  std::string out;
  while (auto chunk = reader.next()) {
    out += chunk->text;
  }
  return out;
}

std::string load_bytes(std::string_view bytes, std::string_view name, const LoadOptions& options) {
  const std::string label(name);
  EncodingGuess guess = guess_encoding(bytes, name);
  bytes.remove_prefix(guess.bom_length);
  std::string utf8;
  switch (guess.encoding) {
  case Encoding::Utf8:
    append_checked_utf8(bytes, utf8, name, guess.bom_length, options.lenient);
    break;
  case Encoding::Utf16Le:
  case Encoding::Utf16Be:
    utf16_to_utf8(bytes.substr(0, bytes.size() & ~static_cast<std::size_t>(1)),
                  guess.encoding == Encoding::Utf16Be, utf8, name, guess.bom_length, options.lenient);
    break;
  case Encoding::Legacy:
    utf8 = legacy_to_utf8(bytes, guess.charset);
    break;
  }
  InputFormat format = options.format;
  if (format == InputFormat::Auto) {
    format = format_from_name(label);
    if (format == InputFormat::Auto) {
      format = looks_like_html(utf8) ? InputFormat::Html : InputFormat::Plain;
    }
  }
  if (format == InputFormat::Html) {
    utf8 = html_to_text(utf8);
  } else if (format == InputFormat::Markdown) {
    utf8 = markdown_to_text(utf8);
  }
  if (!has_text(utf8)) {
    fail_empty(label);
  }
  return clean(utf8);
}

} // namespace wortkiste::text
