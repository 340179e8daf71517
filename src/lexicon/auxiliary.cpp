// Which auxiliary a verb takes in the perfect: "hat angekündigt" but "ist vorgegangen".

#include "lexicon/sources.h"

#include <array>
#include <string_view>

namespace wortkiste::lexicon {

namespace {

// Verbs of motion or change of state, and sein/bleiben/werden, take "sein":
// "Sie ist gegangen", "Er ist gestorben", "Es ist geblieben". Their derivatives with a separable
// or inseparable prefix mostly keep it: vorgehen -> "ist vorgegangen", ankommen -> "ist
// angekommen", verschwinden -> "ist verschwunden", entstehen -> "ist entstanden". A few
// derivatives are transitive and take "haben" (begehen, bekommen, verfahren sich), listed below.
constexpr std::array<std::string_view, 48> k_sein_verbs = {
    "gehen",    "kommen",   "fahren",   "laufen",   "fliegen",  "sterben",  "werden",
    "bleiben",  "sein",     "fallen",   "steigen",  "wachsen",  "reisen",   "rennen",
    "schwimmen","springen", "kriechen", "reiten",   "segeln",   "wandern",  "eilen",
    "fliehen",  "folgen",   "gelingen", "geschehen","passieren","sinken",   "schmelzen",
    "wachen",   "ziehen",   "treten",   "stürzen",  "rutschen", "gleiten",  "weichen",
    "schwinden","stehen",   "reißen",   "brechen",  "landen",   "starten",  "wechseln",
    "scheitern","erscheinen","entstehen","schleichen","klettern", "erwachen"};

// Prefixed forms of the verbs above that take "haben": "Er hat einen Fehler begangen", "Sie hat
// ein Geschenk bekommen", "Er hat das Buch verstanden".
constexpr std::array<std::string_view, 22> k_haben_exceptions = {
    "begehen",   "bekommen",  "verstehen", "bestehen",  "gestehen",  "überstehen", "beziehen",
    "erziehen",  "anziehen",  "überziehen","vollziehen","verbrechen", "unterbrechen",
    "abbrechen", "zerbrechen","widerstehen","entziehen", "verfolgen", "befolgen", "erfahren",
    "betreten",  "vertreten"};

// Inseparable prefixes that may precede a stem: vergehen, entstehen, zerfallen.
constexpr std::array<std::string_view, 8> k_inseparable = {"be", "ent", "er", "ge",
                                                           "ver", "zer", "miss", "emp"};

bool is_sein_stem(std::string_view verb) {
  for (auto stem : k_sein_verbs) {
    if (verb == stem) {
      return true;
    }
  }
  return false;
}

} // namespace

std::string perfect_auxiliary(const std::string& infinitive, const std::string& separable_prefix) {
  for (auto exception : k_haben_exceptions) {
    if (infinitive == exception) {
      return "hat";
    }
  }
  std::string_view stem = infinitive;
  if (!separable_prefix.empty() && stem.starts_with(separable_prefix)) {
    stem.remove_prefix(separable_prefix.size()); // vorgehen -> gehen
  }
  if (is_sein_stem(stem)) {
    // stehen alone takes haben in the standard north ("hat gestanden"); aufstehen, entstehen
    // take sein.
    if (stem == infinitive && (stem == "stehen" || stem == "folgen" || stem == "ziehen" ||
                               stem == "treten" || stem == "reißen" || stem == "brechen" ||
                               stem == "wechseln" || stem == "starten" || stem == "landen")) {
      return stem == "folgen" ? "ist" : "hat";
    }
    return "ist";
  }
  for (auto prefix : k_inseparable) {
    if (stem.starts_with(prefix) && is_sein_stem(stem.substr(prefix.size()))) {
      return "ist"; // vergehen, entstehen, erscheinen
    }
  }
  return "hat";
}

} // namespace wortkiste::lexicon
