#include "extract/examples.h"

#include <algorithm>
#include <cmath>

namespace wortkiste::extract {

namespace {

// Penalty weights: one other unknown word costs as much as being 8 words off the ideal length,
// so i+1 wins over length; an incomplete sentence or one outside 6-25 words loses to any
// complete one of fitting length with up to 3 more unknown words.
constexpr double k_unknown_weight = 4.0;
constexpr double k_out_of_range = 14.0;
constexpr double k_incomplete = 14.0;
constexpr double k_ideal_words = 12.0;

bool is_upper_start(std::string_view s) {
  if (s.empty()) {
    return false;
  }
  const auto c = static_cast<unsigned char>(s[0]);
  if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '"' || c == '\'' || c == '(') {
    return true;
  }
  // Ä Ö Ü (C3 84, C3 96, C3 9C); opening quotes „ (E2 80 9E), “ (E2 80 9C), » (C2 BB), ‚ (E2 80 9A)
  if (s.size() >= 2 && c == 0xC3) {
    const auto d = static_cast<unsigned char>(s[1]);
    return d == 0x84 || d == 0x96 || d == 0x9C;
  }
  if (s.size() >= 2 && c == 0xC2 && static_cast<unsigned char>(s[1]) == 0xBB) {
    return true;
  }
  return s.starts_with("\u201E") || s.starts_with("\u201C") || s.starts_with("\u201A") ||
         s.starts_with("\u00AB");
}

} // namespace

bool looks_complete(std::string_view sentence) {
  while (!sentence.empty() && (sentence.back() == ' ' || sentence.back() == '\n' ||
                               sentence.back() == '\r' || sentence.back() == '\t')) {
    sentence.remove_suffix(1);
  }
  if (!is_upper_start(sentence)) {
    return false;
  }
  // Closing quotes after the final mark: „... beendet.“ / "... ." / »...«
  for (std::string_view quote : {"\u201C", "\u201D", "\u00AB", "\u00BB", "\u2018", "\u2019", "\"",
                                 ")"}) {
    if (sentence.ends_with(quote)) {
      sentence.remove_suffix(quote.size());
      break;
    }
  }
  return sentence.ends_with('.') || sentence.ends_with('!') || sentence.ends_with('?') ||
         sentence.ends_with("\u2026");
}

std::optional<double> example_penalty(const ExampleOption& option) {
  if (option.kind != text::SentenceKind::Sentence) {
    return std::nullopt; // "Veröffentlicht", "Lesezeit: 1 Minute", titles
  }
  double penalty = k_unknown_weight * static_cast<double>(option.other_unknown);
  const auto words = static_cast<double>(option.words);
  if (option.words < k_min_example_words || option.words > k_max_example_words) {
    penalty += k_out_of_range;
  }
  penalty += std::abs(words - k_ideal_words) * 0.5;
  if (!option.complete) {
    penalty += k_incomplete;
  }
  return penalty;
}

std::optional<std::size_t> choose_example(std::span<const ExampleOption> options) {
  std::optional<std::size_t> best;
  double best_penalty = 0;
  for (std::size_t i = 0; i < options.size(); ++i) {
    const auto penalty = example_penalty(options[i]);
    if (!penalty) {
      continue;
    }
    if (!best || *penalty < best_penalty ||
        (*penalty == best_penalty && options[i].order < options[*best].order)) {
      best = i;
      best_penalty = *penalty;
    }
  }
  return best;
}

std::string cloze_text(const ExampleSentence& example, std::string_view gap) {
  const std::size_t begin = std::min<std::size_t>(example.target_begin, example.sentence.size());
  const std::size_t end =
      std::clamp<std::size_t>(example.target_end, begin, example.sentence.size());
  std::string out = example.sentence.substr(0, begin);
  out += gap;
  out += example.sentence.substr(end);
  return out;
}

} // namespace wortkiste::extract
