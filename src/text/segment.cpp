// Sentence decisions over the token stream: which periods end a sentence, which lines are
// headlines or bylines, and which hyphenated tokens are elliptical compounds.

#include "text/segment.h"

#include "text/abbreviations.h"
#include "text/unicode.h"

#include <algorithm>

namespace wortkiste::text {

using detail::decode_utf8;

namespace {

std::string_view view(std::string_view s, const Token& t) { return s.substr(t.begin, t.end - t.begin); }

char32_t first_cp(std::string_view s, const Token& t) { return decode_utf8(s, t.begin).cp; }

// ".", "...", "....", "…", "!", "?!", "???"
bool is_terminal(std::string_view tok) {
  return tok == "…" || (!tok.empty() && (tok[0] == '!' || tok[0] == '?' || tok[0] == '.'));
}

bool is_closer(std::string_view s, const Token& t) {
  if (t.kind == TokenKind::Quote) {
    return true;
  }
  const std::string_view v = view(s, t);
  return v == ")" || v == "]" || v == "}";
}

// Can this token open a sentence? Upper-case words, numbers, opening quotes and brackets, dashes.
bool can_open_sentence(std::string_view s, const Token& t) {
  const char32_t c = first_cp(s, t);
  if (t.kind == TokenKind::Quote) {
    return true;
  }
  if (detail::is_upper(c) || detail::is_digit(c)) {
    return true;
  }
  return c == '(' || c == '[' || c == U'–' || c == U'—' || c == '-' || c == U'§' || c == U'¿' ||
         c == U'¡' || c == U'•' || c == '*';
}

bool all_digits(std::string_view v) {
  return !v.empty() && std::all_of(v.begin(), v.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

bool is_roman_numeral(std::string_view v) {
  // "Ludwig XIV.", "Benedikt XVI.": II..XXXIX, and not the single "I" or "V".
  if (v.size() < 2 || v.size() > 6) {
    return false;
  }
  return std::all_of(v.begin(), v.end(), [](char ch) { return ch == 'I' || ch == 'V' || ch == 'X'; });
}

// dd.mm as in "am 27.09. in Berlin".
bool is_day_month(std::string_view v) {
  const auto dot = v.find('.');
  return dot != std::string_view::npos && dot <= 2 && v.size() - dot - 1 <= 2 &&
         all_digits(v.substr(0, dot)) && all_digits(v.substr(dot + 1));
}

// Words that may follow the head-less first part of an elliptical compound.
bool is_coordinator(std::string_view v) {
  return v == "und" || v == "oder" || v == "bzw." || v == "sowie" || v == "wie" || v == "bis" ||
         v == "noch" || v == "als" || v == "u." || v == "respektive" || v == "beziehungsweise" ||
         v == "," || v == "/" || v == "auch" || v == "statt" || v == "versus";
}

// Lines that carry no sentence: "Veröffentlicht", "Lesezeit: 1 Minute", "Foto: dpa".
bool looks_like_byline(std::string_view v, bool has_final_punctuation) {
  // Labelled lines, even with a final period: "Foto: dpa.", "Veröffentlicht am 27.09.2024."
  static constexpr std::string_view k_labels[] = {
      "Veröffentlicht am", "Veröffentlicht:", "Aktualisiert am", "Aktualisiert:",
      "Zuletzt aktualisiert", "Lesezeit:", "Stand:", "Foto:", "Fotos:", "Bild:", "Bilder:",
      "Quelle:", "Quellen:", "Grafik:", "Video:", "Audio:", "©", "(c)", "Copyright", "Text:",
      "Autor:", "Autorin:", "Erstellt am"};
  for (std::string_view k : k_labels) {
    if (v.starts_with(k)) {
      return true;
    }
  }
  if (has_final_punctuation) {
    return false; // "Veröffentlicht wurde das Buch 1990." is a sentence
  }
  // Unpunctuated page furniture: "Veröffentlicht", "Lesezeit 3 Minuten", "Von Anna Müller",
  // "dpa", "Artikel teilen".
  static constexpr std::string_view k_prefixes[] = {"Veröffentlicht", "Aktualisiert", "Lesezeit",
                                                    "Von ", "von ", "dpa/", "(dpa)"};
  for (std::string_view k : k_prefixes) {
    if (v.starts_with(k)) {
      return true;
    }
  }
  static constexpr std::string_view k_lines[] = {"dpa", "AFP", "Reuters", "AP", "KNA", "epd",
                                                 "Teilen", "Artikel teilen", "Hören",
                                                 "Artikel anhören", "Kommentare", "Mehr zum Thema",
                                                 "Anzeige", "Werbung"};
  for (std::string_view k : k_lines) {
    if (v == k) {
      return true;
    }
  }
  return false;
}

// A line with only digits, punctuation, month names and "Uhr": a date line.
bool is_date_line(std::string_view s, const std::vector<Token>& tokens, std::size_t a, std::size_t b) {
  bool any_number = false;
  for (std::size_t k = a; k < b; ++k) {
    const Token& t = tokens[k];
    const std::string_view v = view(s, t);
    if (t.kind == TokenKind::Number || t.kind == TokenKind::Ordinal || t.kind == TokenKind::Time) {
      any_number = true;
      continue;
    }
    if (t.kind == TokenKind::Punctuation || t.kind == TokenKind::Symbol) {
      continue;
    }
    if (t.kind == TokenKind::Word && (is_month_name(v) || v == "Uhr" || v == "um" || v == "am" ||
                                      v == "Montag" || v == "Dienstag" || v == "Mittwoch" ||
                                      v == "Donnerstag" || v == "Freitag" || v == "Samstag" ||
                                      v == "Sonntag" || v == "MEZ" || v == "MESZ")) {
      continue;
    }
    return false;
  }
  return any_number;
}

// Positions of the newlines that end a line for good (a paragraph end or a line of its own
// such as a headline), as opposed to a line wrapped inside a paragraph.
std::vector<std::uint32_t> hard_newlines(std::string_view s) {
  std::vector<std::uint32_t> out;
  struct Line {
    std::size_t begin, end; // trimmed
    std::size_t newline;    // position of the '\n' ending it, or npos
  };
  std::vector<Line> block;
  auto flush = [&](bool blank_follows) {
    if (block.empty()) {
      return;
    }
    std::size_t max_len = 0;
    for (const Line& l : block) {
      max_len = std::max(max_len, l.end - l.begin);
    }
    for (std::size_t k = 0; k < block.size(); ++k) {
      const Line& l = block[k];
      if (l.newline == std::string_view::npos) {
        continue;
      }
      bool hard = k + 1 == block.size() ? blank_follows : false;
      if (!hard && k + 1 < block.size()) {
        // One paragraph per line (news sites, our sample articles) or short lines of their own
        // ("Veröffentlicht", "Lesezeit: 1 Minute"): every newline counts. In text wrapped at a
        // width, a line ends where the next word did not fit; when it would have fitted, the
        // line ended on purpose (a title, the end of a paragraph).
        const Line& next = block[k + 1];
        const std::size_t len = l.end - l.begin;
        std::size_t word = 0;
        while (next.begin + word < next.end && s[next.begin + word] != ' ') {
          ++word;
        }
        hard = max_len > 160 || max_len < 50 || len + 1 + word <= max_len;
        if (!hard) {
          const char first = s[next.begin];
          // Lists: "- Punkt", "* Punkt", "• Punkt", "1. Punkt".
          hard = first == '-' || first == '*' || s.compare(next.begin, 3, "•") == 0 ||
                 (first >= '0' && first <= '9' && next.begin + 1 < next.end &&
                  (s[next.begin + 1] == '.' || s[next.begin + 1] == ')'));
        }
      }
      if (hard) {
        out.push_back(static_cast<std::uint32_t>(l.newline));
      }
    }
    block.clear();
  };
  std::size_t pos = 0;
  while (pos <= s.size()) {
    std::size_t nl = s.find('\n', pos);
    const std::size_t line_end = nl == std::string_view::npos ? s.size() : nl;
    std::size_t b = pos;
    std::size_t e = line_end;
    while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) {
      ++b;
    }
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) {
      --e;
    }
    if (b == e) {
      // A blank line ends the paragraph before it.
      flush(true);
    } else {
      block.push_back({b, e, nl});
    }
    if (nl == std::string_view::npos) {
      break;
    }
    pos = nl + 1;
  }
  flush(true);
  return out;
}

struct Decision {
  bool boundary = false;
  bool merge_period = false; // the period belongs to the token before it ("27.", "Xyz.")
  TokenKind merged_kind = TokenKind::Ordinal;
};

// Does the period token `k` end the sentence, given the next token `q` (after closing quotes
// and brackets)?
Decision decide_period(std::string_view s, const std::vector<Token>& t, std::size_t k,
                       const Token& q, bool space_before_next, std::size_t sentence_start,
                       const KnownWord& is_known_word) {
  Decision d;
  const bool has_prev = k > 0 && t[k - 1].end == t[k].begin;
  const Token* p = has_prev ? &t[k - 1] : nullptr;
  const std::string_view pv = p != nullptr ? view(s, *p) : std::string_view();
  const char32_t qc = first_cp(s, q);
  const std::string_view qv = view(s, q);
  auto merge_as = [&](TokenKind kind) {
    if (p != nullptr && (p->kind == TokenKind::Number || p->kind == TokenKind::Word)) {
      d.merge_period = true;
      d.merged_kind = kind;
    }
  };
  const bool period = view(s, t[k]) == ".";
  // A period followed by a lower-case word does not end a sentence: "am 3. und 4. Mai",
  // "ca. 30", "Abt. für", an unknown abbreviation "Xyz. folgt". Unless a word of the language
  // stands before it, and a word after it, as in text typed all in lower case: "die bedienung
  // freundlich. wir hatten ein zimmer" (listed abbreviations are decided before we get here).
  if (detail::is_lower(qc)) {
    // Nouns are lower case too there: "see" is "See".
    auto known = [&](std::string_view w) {
      if (is_known_word(w)) {
        return true;
      }
      std::string upper(w);
      if (!upper.empty() && upper[0] >= 'a' && upper[0] <= 'z') {
        upper[0] = static_cast<char>(upper[0] - 'a' + 'A');
        return is_known_word(upper);
      }
      return false;
    };
    if (period && p != nullptr && p->kind == TokenKind::Word && q.kind == TokenKind::Word &&
        space_before_next && is_known_word && pv.size() >= 3 && known(pv) && known(qv)) {
      d.boundary = true;
      return d;
    }
    if (period && p != nullptr) {
      merge_as(p->kind == TokenKind::Number && (all_digits(pv) || is_day_month(pv))
                   ? TokenKind::Ordinal
                   : TokenKind::Abbreviation);
    }
    return d;
  }
  if (!can_open_sentence(s, q)) {
    // "usw.)", "27.," : no sentence starts with a comma or a closing bracket.
    return d;
  }
  if (!period) {
    d.boundary = true; // "...", "…" before a capital
    return d;
  }
  if (p != nullptr && k - 1 == sentence_start &&
      ((p->kind == TokenKind::Number && all_digits(pv) && pv.size() <= 3) || is_roman_numeral(pv))) {
    // A numbered paragraph: "4. Die gängige Auffassung ..." is no sentence "4." of its own.
    merge_as(TokenKind::Ordinal);
    return d;
  }
  if (p != nullptr) {
    const bool starter = q.kind == TokenKind::Word && is_sentence_starter(qv);
    // "am 3. Jan. 2024": a month abbreviation counts as the month.
    const bool month = (q.kind == TokenKind::Word && is_month_name(qv)) ||
                       (q.kind == TokenKind::Abbreviation && qv.size() > 1 &&
                        is_month_name(qv.substr(0, qv.size() - 1)));
    // Ordinals and dates: "am Freitag, 27. September", "der 2. Weltkrieg", "Ludwig XIV. war",
    // but a year ends a sentence: "seit 2017. Die Zahl".
    if ((p->kind == TokenKind::Number && (all_digits(pv) || is_day_month(pv))) ||
        (p->kind == TokenKind::Word && is_roman_numeral(pv))) {
      const bool small = all_digits(pv) ? pv.size() <= 3 : true;
      if (month && small) {
        merge_as(TokenKind::Ordinal);
        return d;
      }
      if (q.kind == TokenKind::Word && detail::is_upper(qc) && !starter && small &&
          space_before_next) {
        merge_as(TokenKind::Ordinal);
        return d;
      }
      // "im 19. Jh. gebaut": an abbreviated noun after an ordinal.
      if (q.kind == TokenKind::Abbreviation && small && space_before_next) {
        merge_as(TokenKind::Ordinal);
        return d;
      }
      // "1. 1. 2000", "5. 6. Klasse": a date written with spaces.
      if (q.kind == TokenKind::Number && all_digits(pv) && pv.size() <= 2 && space_before_next) {
        merge_as(TokenKind::Ordinal);
        return d;
      }
      d.boundary = true;
      return d;
    }
    // Abbreviations used only before a number: "Art. 5 GG", "Rn. 12", "Tz. 3".
    if (p->kind == TokenKind::Word && q.kind == TokenKind::Number &&
        (pv == "Art" || pv == "Rn" || pv == "Rz" || pv == "Tz" || pv == "Fn" || pv == "Anm" ||
         pv == "Bl" || pv == "Sp" || pv == "Vers")) {
      merge_as(TokenKind::Abbreviation);
      return d;
    }
    // Initials: "J. K. Rowling", "George W. Bush"; but "Vitamin C. Die ..." ends.
    if (p->kind == TokenKind::Word && pv.size() == 1 && detail::is_upper(static_cast<unsigned char>(pv[0])) &&
        q.kind == TokenKind::Word && detail::is_upper(qc) && !starter) {
      merge_as(TokenKind::Abbreviation);
      return d;
    }
  }
  if (!space_before_next) {
    // "Irak.Die" (a missing space) ends a sentence; "U.S" or "3.B" does not.
    d.boundary = p != nullptr && q.kind == TokenKind::Word && qv.size() >= 2 &&
                 ((p->kind == TokenKind::Word && pv.size() >= 2) || p->kind == TokenKind::Number ||
                  p->kind == TokenKind::Quote);
    if (p == nullptr) {
      d.boundary = q.kind == TokenKind::Word;
    }
    return d;
  }
  d.boundary = true;
  return d;
}

void complete_ellipses(std::string_view s, std::vector<Token>& tokens, std::size_t a, std::size_t b,
                       const KnownWord& known) {
  for (std::size_t k = a; k < b; ++k) {
    Token& t = tokens[k];
    const std::string_view v = view(s, t);
    if (t.kind != TokenKind::Word || v.size() < 2 || v.back() != '-') {
      continue;
    }
    // Find the full compound that closes the coordination: "Armee- und Polizeipersonal".
    std::size_t m = k + 1;
    while (m < b) {
      const std::string_view w = view(s, tokens[m]);
      if ((tokens[m].kind == TokenKind::Word && w.back() == '-') || is_coordinator(w)) {
        ++m;
        continue;
      }
      break;
    }
    if (m >= b || tokens[m].kind != TokenKind::Word) {
      continue;
    }
    const std::string_view full = view(s, tokens[m]);
    const std::string_view stem = v.substr(0, v.size() - 1);
    std::string head;
    const std::size_t last_hyphen = full.rfind('-');
    if (last_hyphen != std::string_view::npos && last_hyphen + 1 < full.size()) {
      // "Armee- und Polizei-Personal" -> "Armee-Personal"
      t.completion = std::string(stem) + "-" + std::string(full.substr(last_hyphen + 1));
      continue;
    }
    if (!known) {
      continue;
    }
    // The longest known proper suffix is the shared head: "Polizeipersonal" -> "Personal".
    const bool capital = detail::is_upper(first_cp(s, tokens[m]));
    std::size_t pos = 0;
    std::size_t chars = 0;
    while (pos < full.size()) {
      const auto dec = decode_utf8(full, pos);
      pos += dec.length;
      ++chars;
      if (chars < 2 || full.size() - pos < 3) {
        continue;
      }
      std::string suffix(full.substr(pos));
      std::string candidate = suffix;
      if (capital) {
        // Upper-case the first letter of the head: "personal" -> "Personal" (ASCII and ä/ö/ü).
        if (candidate[0] >= 'a' && candidate[0] <= 'z') {
          candidate[0] = static_cast<char>(candidate[0] - 'a' + 'A');
        } else if (candidate.compare(0, 2, "ä") == 0) {
          candidate.replace(0, 2, "Ä");
        } else if (candidate.compare(0, 2, "ö") == 0) {
          candidate.replace(0, 2, "Ö");
        } else if (candidate.compare(0, 2, "ü") == 0) {
          candidate.replace(0, 2, "Ü");
        }
      }
      if (known(candidate)) {
        t.completion = std::string(stem) + suffix;
        break;
      }
    }
  }
}

} // namespace

Document segment(std::string text, const SegmentOptions& options) {
  Document doc;
  doc.text = std::move(text);
  const std::string_view s = doc.text;
  std::vector<Token> tokens = tokenize(s);
  const std::vector<std::uint32_t> hard = hard_newlines(s);
  const std::size_t n = tokens.size();

  // hard_before[k]: a hard newline lies between token k-1 and token k.
  std::vector<char> hard_before(n + 1, 0);
  {
    std::size_t h = 0;
    for (std::size_t k = 1; k < n && h < hard.size(); ++k) {
      while (h < hard.size() && hard[h] < tokens[k - 1].end) {
        ++h;
      }
      if (h < hard.size() && hard[h] < tokens[k].begin) {
        hard_before[k] = 1;
      }
    }
  }

  std::vector<char> drop(n, 0); // periods merged into the token before them
  std::vector<std::pair<std::size_t, std::size_t>> spans; // token ranges of sentences
  std::size_t start = 0;
  for (std::size_t k = 0; k < n; ++k) {
    if (k > start && hard_before[k]) {
      spans.emplace_back(start, k);
      start = k;
    }
    const Token& tok = tokens[k];
    const std::string_view v = view(s, tok);
    // "Ein toller Service :-) Wir kommen wieder": a smiley before a capitalised word ends the
    // sentence, as reviews use it in place of the full stop.
    if (tok.kind == TokenKind::Symbol && v.size() >= 2 && (v[0] == ':' || v[0] == ';') &&
        k + 1 < n && !hard_before[k + 1] && tokens[k + 1].begin > tok.end &&
        tokens[k + 1].kind == TokenKind::Word && can_open_sentence(s, tokens[k + 1])) {
      spans.emplace_back(start, k + 1);
      start = k + 1;
      continue;
    }
    const bool abbreviation = tok.kind == TokenKind::Abbreviation;
    if (!(tok.kind == TokenKind::Punctuation && is_terminal(v)) && !abbreviation) {
      continue;
    }
    // Closing quotes and brackets glued to the punctuation belong to this sentence: „…“.
    std::size_t m = k + 1;
    while (m < n && !hard_before[m] && tokens[m].begin == tokens[m - 1].end && is_closer(s, tokens[m])) {
      ++m;
    }
    if (m >= n || hard_before[m]) {
      k = m - 1;
      continue; // the line or text ends here anyway
    }
    const Token& q = tokens[m];
    const bool space = q.begin > tokens[m - 1].end;
    if (abbreviation) {
      // "usw. Die Preise": an abbreviation that may close a sentence does so before a word that
      // opens one; "z. B. Äpfel" never.
      const AbbreviationMatch match = match_abbreviation(s, tok.begin);
      const bool ends = (match.can_end_sentence || match.length == 0) && space &&
                        q.kind == TokenKind::Word && is_sentence_starter(view(s, q));
      if (ends) {
        spans.emplace_back(start, m);
        start = m;
        k = m - 1;
      }
      continue;
    }
    const Decision d = decide_period(s, tokens, k, q, space, start, options.is_known_word);
    if (d.merge_period) {
      tokens[k - 1].end = tok.end;
      tokens[k - 1].kind = d.merged_kind;
      drop[k] = 1;
    }
    if (d.boundary) {
      spans.emplace_back(start, m);
      start = m;
      k = m - 1;
    }
  }
  if (start < n) {
    spans.emplace_back(start, n);
  }

  doc.sentences.reserve(spans.size());
  for (const auto& [a, b] : spans) {
    complete_ellipses(s, tokens, a, b, options.is_known_word);
    Sentence sentence;
    sentence.begin = tokens[a].begin;
    sentence.end = tokens[b - 1].end;
    sentence.tokens.reserve(b - a);
    for (std::size_t k = a; k < b; ++k) {
      if (!drop[k]) {
        sentence.tokens.push_back(std::move(tokens[k]));
      }
    }
    // Final punctuation, looking through closing quotes and brackets: "... Irak“."
    std::size_t last = sentence.tokens.size();
    while (last > 0 && is_closer(s, sentence.tokens[last - 1])) {
      --last;
    }
    bool punctuated = false;
    if (last > 0) {
      const Token& lt = sentence.tokens[last - 1];
      const std::string_view lv = view(s, lt);
      punctuated = (lt.kind == TokenKind::Punctuation && is_terminal(lv)) ||
                   ((lt.kind == TokenKind::Abbreviation || lt.kind == TokenKind::Ordinal) &&
                    lv.back() == '.');
    }
    const std::string_view stext = doc.sentence_text(sentence);
    if (looks_like_byline(stext, punctuated) ||
        (!punctuated && is_date_line(s, sentence.tokens, 0, sentence.tokens.size()))) {
      sentence.kind = SentenceKind::Byline;
    } else if (!punctuated) {
      // A title line: no final punctuation ("Irak: Koalition beendet Einsatz").
      sentence.kind = SentenceKind::Headline;
    }
    doc.sentences.push_back(std::move(sentence));
  }
  return doc;
}

double known_word_share(const Document& doc, const KnownWord& knows) {
  std::size_t words = 0;
  std::size_t known = 0;
  for (const Sentence& sentence : doc.sentences) {
    for (const Token& t : sentence.tokens) {
      if (t.kind != TokenKind::Word || t.end - t.begin < 2) {
        continue;
      }
      ++words;
      if (knows && knows(doc.token_text(t))) {
        ++known;
      }
    }
  }
  return words == 0 ? 1.0 : static_cast<double>(known) / static_cast<double>(words);
}

} // namespace wortkiste::text
