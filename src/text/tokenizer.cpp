// The tokenizer: one pass over UTF-8, no ICU break iterator (measured slower). Each rule names
// its German example.

#include "text/abbreviations.h"
#include "text/segment.h"
#include "text/unicode.h"

namespace wortkiste::text {

using detail::decode_utf8;
using detail::Decoded;

std::string_view to_string(TokenKind kind) {
  switch (kind) {
  case TokenKind::Word: return "word";
  case TokenKind::Number: return "number";
  case TokenKind::Ordinal: return "ordinal";
  case TokenKind::Time: return "time";
  case TokenKind::Percentage: return "percentage";
  case TokenKind::Url: return "url";
  case TokenKind::Email: return "email";
  case TokenKind::Abbreviation: return "abbreviation";
  case TokenKind::Punctuation: return "punctuation";
  case TokenKind::Quote: return "quote";
  case TokenKind::Symbol: return "symbol";
  }
  return "word";
}

namespace {

bool starts_with_ci(std::string_view s, std::size_t i, std::string_view prefix) {
  if (s.size() - i < prefix.size()) {
    return false;
  }
  for (std::size_t k = 0; k < prefix.size(); ++k) {
    char c = s[i + k];
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
    if (c != prefix[k]) {
      return false;
    }
  }
  return true;
}

bool is_url_char(char32_t c) {
  return !(detail::is_space(c) || c == '<' || c == '>' || c == U'„' || c == U'“' || c == U'”' ||
           c == U'»' || c == U'«' || c == '"');
}

// "https://www.tagesschau.de/ausland.html", "www.zeit.de": up to white space, without the
// sentence punctuation that follows ("... auf www.zeit.de." keeps the final period apart).
std::size_t match_url(std::string_view s, std::size_t i) {
  std::size_t j = i;
  if (starts_with_ci(s, i, "http://")) {
    j += 7;
  } else if (starts_with_ci(s, i, "https://")) {
    j += 8;
  } else if (starts_with_ci(s, i, "ftp://")) {
    j += 6;
  } else if (starts_with_ci(s, i, "www.")) {
    j += 4;
  } else {
    return 0;
  }
  const std::size_t body = j;
  int open_parens = 0;
  while (j < s.size()) {
    const Decoded d = decode_utf8(s, j);
    if (!is_url_char(d.cp)) {
      break;
    }
    open_parens += d.cp == '(' ? 1 : d.cp == ')' ? -1 : 0;
    j += d.length;
  }
  while (j > body) {
    const char c = s[j - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' ||
        (c == ')' && open_parens < 0)) {
      open_parens += c == ')' ? 1 : 0;
      --j;
    } else {
      break;
    }
  }
  return j > body ? j - i : 0;
}

bool is_email_local(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '_' || c == '%' || c == '+' || c == '-';
}

// "redaktion@zeit.de": ASCII local part, '@', a domain with at least one dot.
std::size_t match_email(std::string_view s, std::size_t i) {
  std::size_t j = i;
  while (j < s.size() && j - i < 64 && is_email_local(s[j])) {
    ++j;
  }
  if (j == i || j >= s.size() || s[j] != '@') {
    return 0;
  }
  std::size_t k = j + 1;
  while (k < s.size() && (is_email_local(s[k]) && s[k] != '%' && s[k] != '+' && s[k] != '_')) {
    ++k;
  }
  while (k > j + 1 && (s[k - 1] == '.' || s[k - 1] == '-')) {
    --k; // "... an info@example.org." keeps the final period apart
  }
  const std::size_t last_dot = s.substr(0, k).rfind('.');
  if (last_dot == std::string_view::npos || last_dot <= j + 1) {
    return 0;
  }
  return k - i;
}

bool is_digit_at(std::string_view s, std::size_t i) {
  return i < s.size() && s[i] >= '0' && s[i] <= '9';
}

inline bool is_word_char(char32_t c) {
  if (c < 0x80) {
    return (c >= '0' && c <= '9') || detail::is_ascii_letter(c);
  }
  return detail::is_letter(c) || detail::is_digit(c) || detail::is_mark(c);
}

// Returns true when the text after an elliptical hyphen continues the coordination:
// "Armee- und Polizeipersonal", "Ein- oder Ausgang", "Armee-, Polizei- und Zollpersonal".
bool continues_ellipsis(std::string_view s, std::size_t j) {
  while (j < s.size() && s[j] == ' ') {
    ++j;
  }
  if (j >= s.size()) {
    return false;
  }
  if (s[j] == ',' || s[j] == '/') {
    return true;
  }
  static constexpr std::string_view k_conjunctions[] = {
      "und ", "oder ", "bzw. ", "sowie ", "wie ", "bis ", "noch ", "als ", "u. ", "respektive ",
      "beziehungsweise ", "statt ", "versus ", "und\n", "oder\n"};
  for (std::string_view c : k_conjunctions) {
    if (s.compare(j, c.size(), c) == 0) {
      return true;
    }
  }
  return false;
}

bool is_ascii_symbol(char c) {
  switch (c) {
  case '&': case '+': case '=': case '<': case '>': case '$': case '%': case '#': case '*':
  case '~': case '^': case '|': case '@': case '\\': case '`':
    return true;
  default:
    return false;
  }
}

// A '-' that starts a suffix ellipsis: "Eisenbahnbrücken und -tunnel".
bool after_conjunction(const std::vector<Token>& out, std::string_view s) {
  if (out.empty()) {
    return false;
  }
  const std::string_view prev = s.substr(out.back().begin, out.back().end - out.back().begin);
  return prev == "und" || prev == "oder" || prev == "bzw." || prev == "sowie" || prev == ",";
}

} // namespace

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  out.reserve(s.size() / 5 + 4);
  const std::size_t n = s.size();
  std::size_t i = 0;
  // E-mail addresses are only tried where an '@' follows soon: most words have none.
  std::size_t next_at = s.find('@');
  auto push = [&](std::size_t b, std::size_t e, TokenKind kind) {
    Token t;
    t.begin = static_cast<std::uint32_t>(b);
    t.end = static_cast<std::uint32_t>(e);
    t.kind = kind;
    out.push_back(std::move(t));
  };
  while (i < n) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f' || b == '\v') {
      ++i;
      continue;
    }
    const Decoded d = decode_utf8(s, i);
    const char32_t c = d.cp;
    if (b >= 0x80 && detail::is_space(c)) {
      i += d.length;
      continue;
    }
    const std::size_t start = i;
    if (c == 'h' || c == 'H' || c == 'w' || c == 'W' || c == 'f') {
      if (const std::size_t len = match_url(s, i)) {
        push(start, start + len, TokenKind::Url);
        i += len;
        continue;
      }
    }
    if (next_at != std::string_view::npos && next_at < i) {
      next_at = s.find('@', i);
    }
    if (next_at != std::string_view::npos && next_at - i <= 64 && b < 0x80 &&
        is_email_local(static_cast<char>(b)) && b != '.' && b != '-') {
      if (const std::size_t len = match_email(s, i)) {
        push(start, start + len, TokenKind::Email);
        i += len;
        continue;
      }
    }
    if (detail::is_letter(c)) {
      // "z. B.", "Nr.", "usw.": the abbreviation list, period included.
      if (const AbbreviationMatch m = match_abbreviation(s, i); m.length != 0) {
        push(start, start + m.length, TokenKind::Abbreviation);
        i += m.length;
        continue;
      }
    }
    if (detail::is_letter(c) || detail::is_digit(c)) {
      std::size_t j = i;
      TokenKind kind = TokenKind::Word;
      if (detail::is_digit(c)) {
        // "2.500", "3,5", "1.000.000", "27.09.2024", "14:30"
        kind = TokenKind::Number;
        while (is_digit_at(s, j)) {
          ++j;
        }
        const std::size_t int_digits = j - i;
        if (int_digits <= 2 && j + 2 < n + 0 && s[j] == ':' && is_digit_at(s, j + 1) &&
            is_digit_at(s, j + 2) && !is_digit_at(s, j + 3)) {
          j += 3;
          kind = TokenKind::Time;
        }
        while (kind == TokenKind::Number && j + 1 < n && (s[j] == '.' || s[j] == ',') &&
               is_digit_at(s, j + 1)) {
          j += 1;
          while (is_digit_at(s, j)) {
            ++j;
          }
        }
        // "2014-2017": a range stays one number.
        while (kind == TokenKind::Number && j + 1 < n && s[j] == '-' && is_digit_at(s, j + 1)) {
          j += 1;
          while (is_digit_at(s, j)) {
            ++j;
          }
        }
        if (j < n && kind == TokenKind::Number) {
          // "5%", "5 %" (also with a no-break space): one percentage.
          std::size_t k = j;
          if (s[k] == ' ') {
            ++k;
          } else if (s.compare(k, 2, "\xC2\xA0") == 0) {
            k += 2;
          } else if (s.compare(k, 3, "\xE2\x80\xAF") == 0) {
            k += 3;
          }
          if (k < n && s[k] == '%') {
            push(start, k + 1, TokenKind::Percentage);
            i = k + 1;
            continue;
          }
          if (s.compare(k, 3, "\xE2\x80\xB0") == 0) { // per mille ‰
            push(start, k + 3, TokenKind::Percentage);
            i = k + 3;
            continue;
          }
        }
        if (j < n) {
          const Decoded e = decode_utf8(s, j);
          // "20er", "3D", "18-Jähriger": a number glued to letters is a word.
          if (detail::is_letter(e.cp)) {
            kind = TokenKind::Word;
          } else if (detail::is_hyphen(e.cp) && j + e.length < n &&
                     detail::is_letter(decode_utf8(s, j + e.length).cp)) {
            kind = TokenKind::Word;
          }
        }
        if (kind != TokenKind::Word) {
          push(start, j, kind);
          i = j;
          continue;
        }
      }
      // A word: letters and digits, joined by hyphens ("Zwei-Phasen-Übergangsplan",
      // "US-Beamter", "pro-iranischer") and by apostrophes ("geht's", "O’Brien").
      std::size_t letters = 0;
      while (j < n) {
        const Decoded e = decode_utf8(s, j);
        if (is_word_char(e.cp)) {
          j += e.length;
          ++letters;
          continue;
        }
        if (detail::is_hyphen(e.cp)) {
          const std::size_t next = j + e.length;
          if (next < n && is_word_char(decode_utf8(s, next).cp)) {
            j = next;
            continue;
          }
          // "Armee- und Polizeipersonal": the hyphen stays on the first part.
          if (continues_ellipsis(s, next)) {
            j = next;
          }
          break;
        }
        if ((e.cp == '\'' || e.cp == U'’') && j + e.length < n) {
          // "geht's", "gibt’s", "O’Brien", "d’Alembert"; not a closing quote "‚Sieg’".
          const std::size_t next = j + e.length;
          std::size_t k = next;
          std::size_t after = 0;
          while (k < n && after < 4) {
            const Decoded f = decode_utf8(s, k);
            if (!detail::is_letter(f.cp)) {
              break;
            }
            k += f.length;
            ++after;
          }
          if (after > 0 && (after <= 2 || letters <= 2)) {
            j = next;
            continue;
          }
          break;
        }
        if (e.cp == '.' && letters == 1 && j + 2 < n && detail::is_ascii_letter(static_cast<unsigned char>(s[j + 1])) &&
            s[j + 2] == '.') {
          // "U.S.A.", "i.d.R." written without spaces: one abbreviation.
          while (j + 2 < n && s[j] == '.' && detail::is_ascii_letter(static_cast<unsigned char>(s[j + 1])) &&
                 s[j + 2] == '.') {
            j += 2;
          }
          j += 1;
          kind = TokenKind::Abbreviation;
          break;
        }
        break;
      }
      push(start, j, kind);
      i = j;
      continue;
    }
    // Punctuation, quotes, symbols.
    if (c == '.') {
      std::size_t j = i + 1;
      while (j < n && s[j] == '.') {
        ++j; // "..." is one token
      }
      push(start, j, TokenKind::Punctuation);
      i = j;
      continue;
    }
    if (c == '!' || c == '?') {
      std::size_t j = i + 1;
      while (j < n && (s[j] == '!' || s[j] == '?')) {
        ++j; // "?!" is one token
      }
      push(start, j, TokenKind::Punctuation);
      i = j;
      continue;
    }
    if ((c == '`' || c == '\'') && i + 1 < n && s[i + 1] == static_cast<char>(c)) {
      // "``Wort''": typewriter quotes written as two backticks or two apostrophes.
      push(start, i + 2, TokenKind::Quote);
      i += 2;
      continue;
    }
    if (c == '\'' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\n')) {
      // Colloquial clitics: "fand 's gut", "so 'ne Sache", "hat 'n Auto".
      static constexpr std::string_view k_clitics[] = {"'nen", "'nem", "'ner", "'ne", "'s", "'n", "'m"};
      bool matched = false;
      for (std::string_view clitic : k_clitics) {
        const std::size_t e = i + clitic.size();
        if (s.compare(i, clitic.size(), clitic) == 0 &&
            (e >= n || !is_word_char(decode_utf8(s, e).cp))) {
          push(start, e, TokenKind::Word);
          i = e;
          matched = true;
          break;
        }
      }
      if (matched) {
        continue;
      }
    }
    if ((c == ':' || c == ';') && i + 1 < n && (i == 0 || s[i - 1] == ' ')) {
      // Emoticons: ":-)", ";-)", ":)", ":-(", ":D" as one symbol.
      std::size_t e = i + 1;
      if (e < n && s[e] == '-') {
        ++e;
      }
      if (e < n && (s[e] == ')' || s[e] == '(' || s[e] == 'D' || s[e] == 'P' || s[e] == 'p' || s[e] == '/')) {
        ++e;
        if (e >= n || s[e] == ' ' || s[e] == '\n' || s[e] == '.' || s[e] == ',' || s[e] == '!') {
          push(start, e, TokenKind::Symbol);
          i = e;
          continue;
        }
      }
    }
    if (c == '-' && i + 1 < n && s[i + 1] == '-') {
      // "--" or "---": a dash typed with hyphens.
      std::size_t e = i;
      while (e < n && s[e] == '-') {
        ++e;
      }
      push(start, e, TokenKind::Punctuation);
      i = e;
      continue;
    }
    if (detail::is_quote(c) || c == '`') {
      push(start, i + d.length, TokenKind::Quote);
      i += d.length;
      continue;
    }
    if (detail::is_hyphen(c) && i + 1 < n && after_conjunction(out, s)) {
      const Decoded e = decode_utf8(s, i + d.length);
      if (detail::is_lower(e.cp)) {
        // "Eisenbahnbrücken und -tunnel": the second part of a suffix ellipsis.
        std::size_t j = i + d.length;
        while (j < n) {
          const Decoded f = decode_utf8(s, j);
          if (!is_word_char(f.cp) && !(detail::is_hyphen(f.cp) && j + f.length < n &&
                                        is_word_char(decode_utf8(s, j + f.length).cp))) {
            break;
          }
          j += f.length;
        }
        push(start, j, TokenKind::Word);
        i = j;
        continue;
      }
    }
    const bool symbol = b < 0x80 ? is_ascii_symbol(static_cast<char>(b))
                                 : (c == U'§' || c == 0xFFFD || detail::is_symbol_slow(c));
    push(start, i + d.length, symbol ? TokenKind::Symbol : TokenKind::Punctuation);
    i += d.length;
  }
  return out;
}

} // namespace wortkiste::text
