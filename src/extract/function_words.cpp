#include "extract/function_words.h"

#include <algorithm>
#include <array>

namespace wortkiste::extract::function_words {

namespace {

// Returns true when `word` is in `list`. The lists are sorted once, on first use, so they can be
// written in dictionary order (where "über" follows "unter") rather than byte order.
template <const auto& List>
bool contains(std::string_view word) {
  static const auto sorted = [] {
    auto copy = List;
    std::sort(copy.begin(), copy.end());
    return copy;
  }();
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

constexpr std::array<std::string_view, 52> k_determiners = {
    "alle",   "allen",   "aller",   "alles",  "das",    "dem",    "den",    "der",    "des",
    "die",    "diese",   "diesem",  "diesen", "dieser", "dieses", "ein",    "eine",   "einem",
    "einen",  "einer",   "eines",   "ihr",    "ihre",   "ihrem",  "ihren",  "ihrer",  "ihres",
    "jede",   "jedem",   "jeden",   "jeder",  "jedes",  "kein",   "keine",  "keinem", "keinen",
    "keiner", "keines",  "mein",    "meine",  "seine",  "seinem", "seinen", "seiner", "seines",
    "unser",  "unsere",  "unserem", "unseren","unserer","welche", "welcher"};

constexpr std::array<std::string_view, 58> k_prepositions = {
    "ab",       "am",      "an",       "ans",       "anstatt", "auf",      "aufs",   "aus",
    "außer",    "bei",     "beim",     "bis",       "dank",    "durch",    "durchs", "entgegen",
    "entlang",  "für",     "fürs",     "gegen",     "gegenüber","gemäß",   "hinter", "im",
    "in",       "infolge", "innerhalb","ins",       "inmitten","jenseits", "laut",   "mit",
    "mithilfe", "nach",    "neben",    "ohne",      "per",     "pro",      "samt",   "seit",
    "statt",    "trotz",   "um",       "unter",     "unterhalb","vom",     "von",    "vor",
    "während",  "wegen",   "zu",       "zufolge",   "zum",     "zur",      "zwischen","über",
    "überm",    "übers"};

constexpr std::array<std::string_view, 27> k_subordinators = {
    "als",   "anstatt", "bevor",   "bis",    "damit",   "dass",    "daß",     "falls",  "indem",
    "nachdem","ob",     "obgleich","obwohl", "ohne",    "seit",    "seitdem", "sobald", "sodass",
    "solange","sofern", "soweit",  "um",     "weil",    "wenn",    "wie",     "wo",     "während"};

constexpr std::array<std::string_view, 8> k_coordinators = {
    "aber", "bzw.", "denn", "doch", "oder", "sondern", "sowie", "und"};

constexpr std::array<std::string_view, 16> k_relatives = {
    "das",   "dem",    "den",   "denen",   "der",    "deren",  "des",    "dessen",
    "die",   "was",    "welche","welchem", "welchen","welcher","welches","wo"};

constexpr std::array<std::string_view, 5> k_reflexives = {"dich", "euch", "mich", "sich", "uns"};

constexpr std::array<std::string_view, 9> k_personal = {"du", "er", "es", "ich", "ihr",
                                                        "man", "sie", "wir", "ihm"};

constexpr std::array<std::string_view, 28> k_w_clause_words = {
    "wann",   "warum",  "wer",    "wen",    "wem",   "wessen", "weshalb", "weswegen", "wieso",
    "wodurch","wofür",  "wogegen","woher",  "wohin", "womit",  "wonach",  "woran",    "worauf",
    "woraus", "worin",  "worüber","worum",  "worunter","wovon","wovor",   "wozu",     "wobei",
    "inwiefern"};

} // namespace

bool is_determiner(std::string_view lower) { return contains<k_determiners>(lower); }
bool is_preposition(std::string_view lower) { return contains<k_prepositions>(lower); }
bool is_subordinator(std::string_view lower) { return contains<k_subordinators>(lower); }
bool is_coordinator(std::string_view lower) { return contains<k_coordinators>(lower); }
bool is_relative(std::string_view lower) { return contains<k_relatives>(lower); }
bool is_reflexive(std::string_view lower) { return contains<k_reflexives>(lower); }
bool is_personal_pronoun(std::string_view lower) {
  return contains<k_personal>(lower);
}
bool is_w_clause_word(std::string_view lower) { return contains<k_w_clause_words>(lower); }

} // namespace wortkiste::extract::function_words
