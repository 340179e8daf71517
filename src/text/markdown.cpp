#include "text/markdown.h"

#include <cctype>
#include <string_view>
#include <vector>

namespace wortkiste::text {

namespace {

std::string_view trim_left(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  return s;
}

std::string_view trim(std::string_view s) {
  s = trim_left(s);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

std::size_t indent_of(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) {
    if (c == ' ') {
      ++n;
    } else if (c == '\t') {
      n += 4;
    } else {
      break;
    }
  }
  return n;
}

bool is_fence(std::string_view t) { return t.starts_with("```") || t.starts_with("~~~"); }

// "***", "---", "___", "* * *": a horizontal rule.
bool is_rule(std::string_view t) {
  if (t.size() < 3) {
    return false;
  }
  const char c = t[0];
  if (c != '*' && c != '-' && c != '_') {
    return false;
  }
  std::size_t count = 0;
  for (char x : t) {
    if (x == c) {
      ++count;
    } else if (x != ' ') {
      return false;
    }
  }
  return count >= 3;
}

// Setext underline: "====" or "----" under a heading.
bool is_setext(std::string_view t) {
  if (t.empty() || (t[0] != '=' && t[0] != '-')) {
    return false;
  }
  for (char x : t) {
    if (x != t[0]) {
      return false;
    }
  }
  return true;
}

// Removes a list marker: "- ", "* ", "+ ", "1. ", "12) ". Sets `item` when one was there.
std::string_view strip_list_marker(std::string_view t, bool& item) {
  item = false;
  if (t.size() >= 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ') {
    item = true;
    return trim_left(t.substr(2));
  }
  std::size_t k = 0;
  while (k < t.size() && k < 9 && std::isdigit(static_cast<unsigned char>(t[k]))) {
    ++k;
  }
  if (k > 0 && k + 1 < t.size() && (t[k] == '.' || t[k] == ')') && t[k + 1] == ' ') {
    item = true;
    return trim_left(t.substr(k + 2));
  }
  return t;
}

bool is_word_byte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || (static_cast<unsigned char>(c) & 0x80) != 0;
}

// Inline markup: links, images, code spans, emphasis, HTML tags, escapes.
std::string inline_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == '\\' && i + 1 < s.size() && std::ispunct(static_cast<unsigned char>(s[i + 1]))) {
      out.push_back(s[i + 1]); // "\*" -> "*"
      i += 2;
      continue;
    }
    if (c == '!' && i + 1 < s.size() && s[i + 1] == '[') {
      // An image: "![Foto](bild.jpg)" is dropped.
      const std::size_t close = s.find("](", i + 2);
      const std::size_t end = close == std::string_view::npos ? close : s.find(')', close + 2);
      if (end != std::string_view::npos) {
        i = end + 1;
        continue;
      }
    }
    if (c == '[') {
      // "[Text](https://...)" and "[Text][ref]" -> "Text"
      const std::size_t close = s.find(']', i + 1);
      if (close != std::string_view::npos && close + 1 < s.size() &&
          (s[close + 1] == '(' || s[close + 1] == '[')) {
        const char closer = s[close + 1] == '(' ? ')' : ']';
        const std::size_t end = s.find(closer, close + 2);
        if (end != std::string_view::npos) {
          out += inline_text(s.substr(i + 1, close - i - 1));
          i = end + 1;
          continue;
        }
      }
    }
    if (c == '`') {
      // A code span keeps its content without the backticks.
      std::size_t ticks = 0;
      while (i + ticks < s.size() && s[i + ticks] == '`') {
        ++ticks;
      }
      const std::string fence(ticks, '`');
      const std::size_t end = s.find(fence, i + ticks);
      if (end != std::string_view::npos) {
        out.append(trim(s.substr(i + ticks, end - i - ticks)));
        i = end + ticks;
        continue;
      }
    }
    if (c == '<') {
      // "<https://example.org>" keeps the address; "<b>", "<!-- ... -->" go.
      const std::size_t end = s.find('>', i + 1);
      if (end != std::string_view::npos) {
        const std::string_view inner = s.substr(i + 1, end - i - 1);
        if (inner.starts_with("http://") || inner.starts_with("https://")) {
          out.append(inner);
          i = end + 1;
          continue;
        }
        if (!inner.empty() && (std::isalpha(static_cast<unsigned char>(inner[0])) != 0 ||
                               inner[0] == '/' || inner[0] == '!')) {
          i = end + 1;
          continue;
        }
      }
    }
    if (c == '*' || c == '~' || (c == '_')) {
      // Emphasis marks: "**fett**", "*kursiv*", "~~weg~~"; "_" only at a word edge
      // (snake_case stays), "*" not between spaces ("3 * 4").
      std::size_t run = 0;
      while (i + run < s.size() && s[i + run] == c) {
        ++run;
      }
      const bool before_word = i > 0 && is_word_byte(s[i - 1]);
      const bool after_word = i + run < s.size() && is_word_byte(s[i + run]);
      const bool strip = c == '_' ? (before_word != after_word) : (before_word || after_word);
      if (strip && (c != '~' || run >= 2)) {
        i += run;
        continue;
      }
      out.append(s.substr(i, run));
      i += run;
      continue;
    }
    out.push_back(c);
    ++i;
  }
  return out;
}

} // namespace

std::string markdown_to_text(std::string_view md) {
  std::string out;
  out.reserve(md.size());
  bool in_fence = false;
  std::string fence;
  bool in_comment = false;
  bool prev_blank = true;
  bool prev_item = false;
  auto paragraph_break = [&] {
    while (!out.empty() && out.back() == ' ') {
      out.pop_back();
    }
    if (!out.empty() && out.compare(out.size() - std::min<std::size_t>(2, out.size()), 2, "\n\n") != 0) {
      out += out.back() == '\n' ? "\n" : "\n\n";
    }
  };
  std::size_t pos = 0;
  while (pos < md.size()) {
    std::size_t nl = md.find('\n', pos);
    if (nl == std::string_view::npos) {
      nl = md.size();
    }
    const std::string_view line = md.substr(pos, nl - pos);
    pos = nl + 1;
    std::string_view t = trim(line);
    if (in_fence) {
      if (t.starts_with(fence)) {
        in_fence = false;
        prev_blank = true;
      }
      continue;
    }
    if (in_comment) {
      if (t.find("-->") != std::string_view::npos) {
        in_comment = false;
      }
      continue;
    }
    if (t.starts_with("<!--") && t.find("-->") == std::string_view::npos) {
      in_comment = true;
      continue;
    }
    if (is_fence(t)) {
      in_fence = true;
      fence = std::string(t.substr(0, 3));
      paragraph_break();
      continue;
    }
    if (t.empty()) {
      paragraph_break();
      prev_blank = true;
      prev_item = false;
      continue;
    }
    // An indented block after a blank line, not inside a list, is code.
    if (prev_blank && !prev_item && indent_of(line) >= 4) {
      continue;
    }
    if (is_rule(t)) {
      paragraph_break();
      prev_blank = true;
      continue;
    }
    if (is_setext(t) && !prev_blank) {
      // The line before was a heading: make it a paragraph of its own.
      paragraph_break();
      prev_blank = true;
      continue;
    }
    // "[ref]: https://..." link definitions are not text.
    if (t.starts_with('[') && t.find("]:") != std::string_view::npos) {
      continue;
    }
    while (t.starts_with('>')) {
      t = trim_left(t.substr(1)); // block quote
    }
    if (t.starts_with('|')) {
      // A table row: each cell its own paragraph; the "|---|" row goes.
      if (t.find_first_not_of("|-: ") == std::string_view::npos) {
        continue;
      }
      paragraph_break();
      std::size_t c = 1;
      while (c < t.size()) {
        std::size_t bar = t.find('|', c);
        if (bar == std::string_view::npos) {
          bar = t.size();
        }
        const std::string_view cell = trim(t.substr(c, bar - c));
        if (!cell.empty()) {
          out += inline_text(cell);
          paragraph_break();
        }
        c = bar + 1;
      }
      prev_blank = true;
      continue;
    }
    if (t.starts_with('#')) {
      std::size_t level = 0;
      while (level < t.size() && t[level] == '#') {
        ++level;
      }
      if (level <= 6 && (level == t.size() || t[level] == ' ')) {
        std::string_view title = trim(t.substr(level));
        while (title.ends_with('#')) {
          title.remove_suffix(1);
        }
        paragraph_break();
        out += inline_text(trim(title));
        paragraph_break();
        prev_blank = true;
        continue;
      }
    }
    bool item = false;
    t = strip_list_marker(t, item);
    if (item) {
      paragraph_break(); // each list item is a paragraph of its own
    } else if (!prev_blank && !out.empty() && out.back() != '\n') {
      out.push_back('\n');
    }
    out += inline_text(t);
    prev_blank = false;
    prev_item = item || prev_item;
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) {
    out.pop_back();
  }
  if (!out.empty()) {
    out.push_back('\n');
  }
  return out;
}

} // namespace wortkiste::text
