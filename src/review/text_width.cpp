#include "review/text_width.h"

namespace wortkiste::review {

int code_point_width(char32_t c) {
  if (c == 0) {
    return 0;
  }
  if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
    return 0;
  }
  // Combining marks: a decomposed "a" + U+0308 still shows as one "ä".
  if ((c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
      (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
      (c >= 0xFE20 && c <= 0xFE2F) || c == 0x200B || c == 0x200C || c == 0x200D ||
      c == 0x00AD || c == 0xFEFF) {
    return 0;
  }
  // East Asian wide and fullwidth blocks, and the emoji planes.
  if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
      (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
      (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
      (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
      (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
      (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
      (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD)) {
    return 2;
  }
  return 1;
}

char32_t next_code_point(std::string_view s, std::size_t& pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char b0 = byte(pos);
  int length = 0;
  char32_t c = 0;
  if (b0 < 0x80) {
    ++pos;
    return b0;
  } else if ((b0 & 0xE0) == 0xC0) {
    length = 2;
    c = b0 & 0x1Fu;
  } else if ((b0 & 0xF0) == 0xE0) {
    length = 3;
    c = b0 & 0x0Fu;
  } else if ((b0 & 0xF8) == 0xF0) {
    length = 4;
    c = b0 & 0x07u;
  } else {
    ++pos;
    return 0xFFFD;
  }
  if (pos + static_cast<std::size_t>(length) > s.size()) {
    ++pos;
    return 0xFFFD;
  }
  for (int i = 1; i < length; ++i) {
    const unsigned char b = byte(pos + static_cast<std::size_t>(i));
    if ((b & 0xC0) != 0x80) {
      ++pos;
      return 0xFFFD;
    }
    c = (c << 6) | (b & 0x3Fu);
  }
  pos += static_cast<std::size_t>(length);
  return c;
}

namespace {

// Returns the end of an ANSI escape sequence starting at `pos` (which holds ESC).
std::size_t skip_escape(std::string_view s, std::size_t pos) {
  std::size_t i = pos + 1;
  if (i < s.size() && s[i] == '[') {
    ++i;
    while (i < s.size() && !(s[i] >= 0x40 && s[i] <= 0x7E)) {
      ++i;
    }
    return i < s.size() ? i + 1 : i;
  }
  return i < s.size() ? i + 1 : i;
}

} // namespace

int display_width(std::string_view s) {
  int width = 0;
  std::size_t pos = 0;
  while (pos < s.size()) {
    if (s[pos] == '\x1b') {
      pos = skip_escape(s, pos);
      continue;
    }
    width += code_point_width(next_code_point(s, pos));
  }
  return width;
}

std::vector<ByteRange> wrap(std::string_view s, int width) {
  std::vector<ByteRange> lines;
  if (width < 1) {
    width = 1;
  }
  std::size_t line_begin = 0;
  std::size_t pos = 0;
  int line_width = 0;
  // The last place the line may break: the end of the previous word, and where the next begins.
  std::size_t break_end = std::string_view::npos;
  std::size_t break_resume = 0;
  bool line_has_text = false;
  while (pos < s.size()) {
    if (s[pos] == '\n') {
      lines.push_back({line_begin, pos});
      ++pos;
      line_begin = pos;
      line_width = 0;
      break_end = std::string_view::npos;
      line_has_text = false;
      continue;
    }
    if (s[pos] == ' ') {
      if (!line_has_text) {
        // Leading spaces of a wrapped line are dropped.
        ++pos;
        line_begin = pos;
        continue;
      }
      if (s[pos - 1] != ' ') {
        break_end = pos;
      }
      std::size_t resume = pos;
      while (resume < s.size() && s[resume] == ' ') {
        ++resume;
      }
      break_resume = resume;
    }
    std::size_t next = pos;
    const int w = code_point_width(next_code_point(s, next));
    if (line_width + w > width && line_has_text) {
      if (s[pos] == ' ') {
        // The space itself overflows: break here.
        lines.push_back({line_begin, pos});
        pos = break_resume;
      } else if (break_end != std::string_view::npos) {
        lines.push_back({line_begin, break_end});
        pos = break_resume;
      } else {
        // One word wider than the line: cut it.
        lines.push_back({line_begin, pos});
      }
      line_begin = pos;
      line_width = 0;
      break_end = std::string_view::npos;
      line_has_text = false;
      continue;
    }
    line_width += w;
    line_has_text = true;
    pos = next;
  }
  // Trailing spaces are not part of the last line.
  std::size_t end = s.size();
  while (end > line_begin && s[end - 1] == ' ') {
    --end;
  }
  if (line_begin < end || lines.empty() || (!s.empty() && s.back() == '\n')) {
    lines.push_back({line_begin, end});
  }
  return lines;
}

std::string truncate(std::string_view s, int width) {
  if (display_width(s) <= width) {
    return std::string(s);
  }
  if (width <= 0) {
    return {};
  }
  std::string out;
  int used = 0;
  std::size_t pos = 0;
  while (pos < s.size()) {
    if (s[pos] == '\x1b') {
      const std::size_t end = skip_escape(s, pos);
      out.append(s.substr(pos, end - pos));
      pos = end;
      continue;
    }
    std::size_t next = pos;
    const int w = code_point_width(next_code_point(s, next));
    if (used + w > width - 1) {
      break;
    }
    out.append(s.substr(pos, next - pos));
    used += w;
    pos = next;
  }
  out += "…";
  if (out.find('\x1b') != std::string::npos) {
    out += "\x1b[0m";
  }
  return out;
}

std::string pad_right(std::string_view s, int width) {
  std::string out(s);
  const int w = display_width(s);
  if (w < width) {
    out.append(static_cast<std::size_t>(width - w), ' ');
  }
  return out;
}

} // namespace wortkiste::review
