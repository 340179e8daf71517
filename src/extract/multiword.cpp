#include "extract/multiword.h"

#include <array>

namespace wortkiste::extract {

namespace {

// Expressions whose last word could otherwise pass for a verb particle or whose words are not
// meant one by one. Lowercase, words separated by single spaces.
constexpr std::array<std::string_view, 25> k_expressions = {
    "ab und an",       "ab und zu",     "bis auf weiteres", "durch und durch",
    "ganz und gar",    "hin und her",   "hin und wieder",   "nach und nach",
    "nach vorn",       "nach vorne",    "nach wie vor",     "nach oben",
    "nach unten",      "über und über", "unter anderem",    "von vornherein",
    "vor allem",       "vor kurzem",    "vor ort",          "zum beispiel",
    "seit langem",     "auf und ab",    "von sich aus",  "wie folgt",     "zusammen mit"};

} // namespace

MultiwordMatch match_multiword(std::span<const std::string> lowers, std::size_t i) {
  // Every expression starts with a word of 2 to 8 bytes ("ab", "über", "zusammen"): most
  // tokens are ruled out before the list is read.
  if (lowers[i].size() < 2 || lowers[i].size() > 8) {
    return {};
  }
  for (auto expr : k_expressions) {
    if (lowers[i].size() >= expr.size() || lowers[i][0] != expr[0] ||
        expr[lowers[i].size()] != ' ') {
      continue;
    }
    std::size_t k = i;
    std::size_t pos = 0;
    bool ok = true;
    while (pos < expr.size()) {
      auto space = expr.find(' ', pos);
      auto part = expr.substr(pos, space == std::string_view::npos ? expr.size() - pos
                                                                   : space - pos);
      if (k >= lowers.size() || lowers[k] != part) {
        ok = false;
        break;
      }
      ++k;
      pos = space == std::string_view::npos ? expr.size() : space + 1;
    }
    if (ok) {
      return {expr, k - i};
    }
  }
  return {};
}

} // namespace wortkiste::extract
