#pragma once
// Display width of UTF-8 text in a terminal, and word wrapping by that width. The review screen
// and the charts lay text out in columns; a byte count would put "Einsätze" one column short.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace wortkiste::review {

// A half-open byte range [begin, end) inside a string.
struct ByteRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Returns the columns a code point takes: 0 for combining marks and controls, 2 for East Asian
// wide and fullwidth characters, 1 otherwise ("ä", "ß" and "„" are one column each).
int code_point_width(char32_t c);

// Decodes the code point at `pos` in `s` and advances `pos`; malformed bytes decode as U+FFFD
// one byte at a time, so the loop always ends.
char32_t next_code_point(std::string_view s, std::size_t& pos);

// Returns the display width of `s`, skipping ANSI escape sequences (ESC [ ... final byte).
int display_width(std::string_view s);

// Returns the byte ranges of the lines `s` wraps into at `width` columns: breaks at spaces
// (which are dropped at line ends), and splits a word longer than a whole line at code points.
// An empty `s` gives one empty line; '\n' in `s` forces a break.
std::vector<ByteRange> wrap(std::string_view s, int width);

// Returns `s` cut to at most `width` columns, ending in "…" when something was cut.
std::string truncate(std::string_view s, int width);

// Returns `s` followed by spaces up to `width` columns (unchanged if already as wide).
std::string pad_right(std::string_view s, int width);

} // namespace wortkiste::review
