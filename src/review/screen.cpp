#include "review/screen.h"

#include "review/text_width.h"

#include <algorithm>
#include <cstdio>

namespace wortkiste::review {

namespace {

// The basic SGR attributes only: bold, dim and underline read the same on dark and light
// backgrounds, and the few colours used are the 16 the user's theme already tuned.
constexpr const char* k_reset = "\x1b[0m";
constexpr const char* k_bold = "\x1b[1m";
constexpr const char* k_dim = "\x1b[2m";
constexpr const char* k_target = "\x1b[1;4m";
constexpr const char* k_red = "\x1b[31m";
constexpr const char* k_green = "\x1b[32m";
constexpr const char* k_blue = "\x1b[34m";

constexpr int k_indent = 2;

std::string styled(std::string_view text, const char* style, bool color) {
  if (!color || text.empty() || style == nullptr) {
    return std::string(text);
  }
  return std::string(style) + std::string(text) + k_reset;
}

std::string pos_hint(const CardContent& card) {
  if (card.pos == "NOUN") {
    return "noun";
  }
  if (card.pos == "VERB") {
    return "verb";
  }
  if (card.pos == "ADJ") {
    return "adjective";
  }
  if (card.pos == "ADV") {
    return "adverb";
  }
  if (card.pos == "ADP") {
    return "preposition";
  }
  if (card.pos.empty()) {
    return {};
  }
  return card.pos;
}

// Collects body lines, each already styled and at most `width` columns wide.
class Body {
public:
  Body(int width, bool color) : m_width(width), m_color(color) {}

  void blank() { m_lines.emplace_back(); }

  // A line centred in the screen, cut if it does not fit.
  void centered(std::string_view text, const char* style) {
    const int w = display_width(text);
    if (w >= m_width) {
      m_lines.push_back(styled(truncate(text, m_width), style, m_color));
      return;
    }
    const auto left = static_cast<std::size_t>((m_width - w) / 2);
    m_lines.push_back(std::string(left, ' ') + styled(text, style, m_color));
  }

  // Wrapped, indented paragraph; each wrapped line centred when `center` is set.
  void paragraph(std::string_view text, const char* style, bool center = false) {
    const int room = std::max(1, m_width - 2 * k_indent);
    for (const ByteRange& r : wrap(text, room)) {
      const std::string_view line = text.substr(r.begin, r.end - r.begin);
      if (center) {
        centered(line, style);
      } else {
        m_lines.push_back(std::string(k_indent, ' ') + styled(line, style, m_color));
      }
    }
  }

  // A "Label: value" paragraph with the label dim; continuation lines align under the value.
  void labelled(std::string_view label, std::string_view value) {
    if (value.empty()) {
      return;
    }
    const std::string head = std::string(label) + ": ";
    const int head_width = display_width(head);
    const int room = std::max(1, m_width - k_indent - head_width);
    bool first = true;
    for (const ByteRange& r : wrap(value, room)) {
      const std::string_view line = value.substr(r.begin, r.end - r.begin);
      std::string out(k_indent, ' ');
      out += first ? styled(head, k_dim, m_color) : std::string(static_cast<std::size_t>(head_width), ' ');
      out += line;
      m_lines.push_back(std::move(out));
      first = false;
    }
  }

  // A help line: the key in its own column, the explanation wrapped beside it.
  void key_line(std::string_view key, std::string_view what) {
    constexpr int k_key_column = 14;
    const int room = std::max(1, m_width - k_indent - k_key_column);
    bool first = true;
    for (const ByteRange& r : wrap(what, room)) {
      std::string out(k_indent, ' ');
      out += first ? styled(pad_right(key, k_key_column), k_bold, m_color)
                   : std::string(k_key_column, ' ');
      out += what.substr(r.begin, r.end - r.begin);
      m_lines.push_back(truncate(out, m_width));
      first = false;
    }
  }

  // The example sentence, wrapped with the target highlighted across line breaks.
  void example(const CardContent& card) {
    if (card.example.empty()) {
      return;
    }
    std::string text = card.example;
    std::size_t begin = card.target_begin;
    std::size_t end = card.target_end;
    const bool has_target = begin < end && end <= text.size();
    if (has_target && !m_color) {
      // Without colour the target is marked in the text itself: "ihren *Einsatz* im Irak".
      text = highlight(text, begin, end, false);
      begin = end = 0;
    }
    const int room = std::max(1, m_width - 2 * k_indent);
    for (const ByteRange& r : wrap(text, room)) {
      std::string out(k_indent, ' ');
      if (has_target && m_color && begin < r.end && end > r.begin) {
        const std::size_t b = std::max(begin, r.begin);
        const std::size_t e = std::min(end, r.end);
        out += text.substr(r.begin, b - r.begin);
        out += k_target;
        out += text.substr(b, e - b);
        out += k_reset;
        out += text.substr(e, r.end - e);
      } else {
        out += text.substr(r.begin, r.end - r.begin);
      }
      m_lines.push_back(std::move(out));
    }
  }

  std::vector<std::string>& lines() { return m_lines; }

private:
  int m_width;
  bool m_color;
  std::vector<std::string> m_lines;
};

void front(Body& body, const ScreenState& state) {
  const CardContent& card = state.card;
  switch (state.kind) {
  case CardKind::recognition:
    body.centered(headword(card), k_bold);
    if (const std::string hint = pos_hint(card); !hint.empty()) {
      body.centered("(" + hint + ")", k_dim);
    }
    break;
  case CardKind::production: {
    const std::string meaning = joined_glosses(card);
    body.paragraph(meaning.empty() ? std::string("(no gloss yet)") : meaning, k_bold, true);
    std::string hint = pos_hint(card);
    if (card.pos == "NOUN") {
      hint += ", with its article";
    }
    if (!hint.empty()) {
      body.centered("(German " + hint + ")", k_dim);
    }
    break;
  }
  case CardKind::cloze:
    // Revealed, the full sentence takes the place of the gapped one (see `back`).
    if (!state.revealed) {
      body.paragraph(cloze_text(card), nullptr);
      if (const std::string meaning = joined_glosses(card); !meaning.empty()) {
        body.blank();
        body.paragraph("(" + meaning + ")", k_dim, true);
      }
    }
    break;
  }
}

void back(Body& body, const ScreenState& state) {
  const CardContent& card = state.card;
  if (state.kind == CardKind::cloze) {
    body.example(card);
    body.blank();
    body.centered(headword(card), k_bold);
    if (const std::string meaning = joined_glosses(card); !meaning.empty()) {
      body.paragraph(meaning, nullptr, true);
    }
  } else {
    body.blank();
    if (state.kind == CardKind::recognition) {
      const std::string meaning = joined_glosses(card);
      body.paragraph(meaning.empty() ? std::string("(no gloss yet)") : meaning, k_bold, true);
    } else {
      body.centered(headword(card), k_bold);
    }
  }
  if (const std::string grammar = grammar_line(card); !grammar.empty()) {
    body.centered(grammar, nullptr);
  }
  if (state.kind != CardKind::cloze && !card.example.empty()) {
    body.blank();
    body.example(card);
  }
  if (!card.compound.empty() || !card.source.empty()) {
    body.blank();
  }
  if (!card.compound.empty()) {
    std::string parts;
    for (const std::string& part : card.compound) {
      parts += parts.empty() ? part : " + " + part;
    }
    body.labelled("Compound", parts);
  }
  body.labelled("Source", card.source);
}

void help(Body& body) {
  body.centered("Keys", k_bold);
  body.blank();
  const char* keys[][2] = {
      {"Space, Enter", "show the answer"},
      {"1 2 3 4", "Again, Hard, Good, Easy (the interval each gives)"},
      {"u", "undo the last answer (again for the one before)"},
      {"k", "I know this word: suspend the card, add it to known words"},
      {"s", "suspend the card"},
      {"b", "bury the card until tomorrow"},
      {"e", "edit the gloss or example in $EDITOR"},
      {"p", "speak the word and the sentence (espeak-ng)"},
      {"?", "this help (any key closes it)"},
      {"q, Ctrl-C", "quit; every answer is already saved"},
  };
  for (const auto& key : keys) {
    body.key_line(key[0], key[1]);
  }
}

std::string header(const ScreenState& state, int width) {
  const bool color = state.color;
  const std::string left = " wortkiste · " + (state.deck.empty() ? std::string("all decks") : state.deck);
  const std::string n = std::to_string(state.counts.new_cards);
  const std::string l = std::to_string(state.counts.learning);
  const std::string r = std::to_string(state.counts.review);
  const std::string plain_right = "new " + n + "  learning " + l + "  review " + r + " ";
  const std::string right = "new " + styled(n, k_blue, color) + "  learning " +
                            styled(l, k_red, color) + "  review " + styled(r, k_green, color) + " ";
  const int right_width = display_width(plain_right);
  const int left_room = width - right_width - 1;
  if (left_room < 8) {
    return truncate(plain_right, width);
  }
  const std::string left_cut = truncate(left, left_room);
  return styled(pad_right(left_cut, width - right_width), k_bold, color) + right;
}

std::string rule(int width, bool color) {
  std::string line;
  for (int i = 0; i < width; ++i) {
    line += "─";
  }
  return styled(line, k_dim, color);
}

std::string footer(const ScreenState& state, int width) {
  std::string text;
  if (state.help) {
    text = " any key: back to the card";
  } else if (!state.has_card) {
    text = " q quit  u undo  ? help";
  } else if (state.revealed) {
    text = " " + button_row(state.intervals, state.color);
    if (display_width(text) + 10 <= width) {
      text += styled("   ? help", k_dim, state.color);
    }
    return display_width(text) <= width ? text : truncate(text, width);
  } else {
    text = " Space show answer   u undo  k known  s suspend  b bury  ? help  q quit";
  }
  return styled(truncate(text, width), k_dim, state.color);
}

} // namespace

const char* card_kind_name(CardKind kind) {
  switch (kind) {
  case CardKind::recognition:
    return "recognition";
  case CardKind::production:
    return "production";
  case CardKind::cloze:
    return "cloze";
  }
  return "recognition";
}

std::string headword(const CardContent& card) {
  const std::string& word = card.display_lemma.empty() ? card.lemma : card.display_lemma;
  if (card.article.empty()) {
    return word;
  }
  return card.article + " " + word;
}

std::string joined_glosses(const CardContent& card) {
  std::string out;
  for (const std::string& g : card.glosses) {
    if (g.empty()) {
      continue;
    }
    if (!out.empty()) {
      out += "; ";
    }
    out += g;
  }
  return out;
}

std::string grammar_line(const CardContent& card) {
  if (!card.principal_parts.empty()) {
    // "ankündigen – kündigte an – hat angekündigt"
    return (card.display_lemma.empty() ? card.lemma : card.display_lemma) + " – " +
           card.principal_parts;
  }
  if (!card.plural.empty()) {
    // German plurals take "die" whatever the gender: der Einsatz, die Einsätze.
    return card.plural == "-" ? std::string("no plural") : "Plural: die " + card.plural;
  }
  return {};
}

std::string cloze_text(const CardContent& card) {
  if (card.target_begin < card.target_end && card.target_end <= card.example.size()) {
    return card.example.substr(0, card.target_begin) + "[...]" +
           card.example.substr(card.target_end);
  }
  return card.example;
}

std::string highlight(const std::string& sentence, std::size_t begin, std::size_t end, bool color) {
  if (!(begin < end && end <= sentence.size())) {
    return sentence;
  }
  const std::string open = color ? k_target : "*";
  const std::string close = color ? k_reset : "*";
  return sentence.substr(0, begin) + open + sentence.substr(begin, end - begin) + close +
         sentence.substr(end);
}

std::string button_row(const std::array<std::string, 4>& intervals, bool color) {
  static constexpr const char* k_names[4] = {"Again", "Hard", "Good", "Easy"};
  static constexpr const char* k_colors[4] = {k_red, k_bold, k_green, k_blue};
  std::string out;
  for (std::size_t i = 0; i < 4; ++i) {
    if (i > 0) {
      out += "  ";
    }
    const std::string key = std::to_string(i + 1);
    out += color ? std::string(k_bold) + key + k_reset : key;
    out += ' ';
    out += styled(k_names[i], k_colors[i], color);
    if (!intervals[i].empty()) {
      out += ' ';
      out += intervals[i];
    }
  }
  return out;
}

std::vector<std::string> summary_lines(const Summary& s) {
  std::vector<std::string> lines;
  const std::int64_t seconds = s.duration_ms / 1000;
  char time[32];
  if (seconds >= 60) {
    std::snprintf(time, sizeof time, "%lldm %02llds", static_cast<long long>(seconds / 60),
                  static_cast<long long>(seconds % 60));
  } else {
    std::snprintf(time, sizeof time, "%llds", static_cast<long long>(seconds));
  }
  lines.push_back("Reviewed " + std::to_string(s.cards_done) +
                  (s.cards_done == 1 ? " card" : " cards") + " in " + time + ".");
  if (s.reviews_today > 0) {
    const int percent = (s.passed_today * 100 + s.reviews_today / 2) / s.reviews_today;
    lines.push_back("Retention today: " + std::to_string(percent) + "% (" +
                    std::to_string(s.passed_today) + " of " + std::to_string(s.reviews_today) +
                    " answers not Again).");
  } else {
    lines.push_back("No answers today yet.");
  }
  return lines;
}

std::string render(const ScreenState& state, int width, int height) {
  width = std::max(width, 1);
  height = std::max(height, 1);
  Body body(width, state.color);
  if (state.help) {
    body.blank();
    help(body);
  } else if (!state.has_card) {
    body.blank();
    body.blank();
    body.centered("Nothing due right now.", k_bold);
    body.centered("Come back later, or add an article: wortkiste add FILE", k_dim);
  } else {
    // The card sits where the whole revealed card would be centred, so revealing the answer
    // adds lines below the question without moving it.
    Body revealed(width, state.color);
    front(revealed, state);
    back(revealed, state);
    const int body_room = height >= 6 ? height - 5 : height;
    const int spare = body_room - static_cast<int>(revealed.lines().size());
    const int top = std::clamp(spare / 2, 1, std::max(1, body_room / 4));
    for (int i = 0; i < top; ++i) {
      body.blank();
    }
    front(body, state);
    if (state.revealed) {
      back(body, state);
    }
  }

  // Header, rule, body, rule, message, footer; the body gives way on short screens.
  std::vector<std::string> frame;
  frame.reserve(static_cast<std::size_t>(height));
  const int chrome = height >= 6 ? 5 : 0;
  if (chrome > 0) {
    frame.push_back(header(state, width));
    frame.push_back(rule(width, state.color));
  }
  const int body_rows = height - chrome;
  std::vector<std::string>& lines = body.lines();
  if (static_cast<int>(lines.size()) > body_rows) {
    // Drop the leading blank lines first, then cut the end.
    while (static_cast<int>(lines.size()) > body_rows && !lines.empty() && lines.front().empty()) {
      lines.erase(lines.begin());
    }
    if (static_cast<int>(lines.size()) > body_rows) {
      lines.resize(static_cast<std::size_t>(std::max(body_rows, 0)));
      if (!lines.empty()) {
        lines.back() = std::string(k_indent, ' ') + "…";
      }
    }
  }
  for (int i = 0; i < body_rows; ++i) {
    frame.push_back(i < static_cast<int>(lines.size()) ? lines[static_cast<std::size_t>(i)]
                                                        : std::string());
  }
  if (chrome > 0) {
    frame.push_back(rule(width, state.color));
    frame.push_back(state.message.empty() ? std::string() : " " + truncate(state.message, width - 1));
    frame.push_back(footer(state, width));
  }
  std::string out;
  for (std::size_t i = 0; i < frame.size(); ++i) {
    if (i > 0) {
      out += '\n';
    }
    out += frame[i];
  }
  return out;
}

} // namespace wortkiste::review
