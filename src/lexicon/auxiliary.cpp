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
// "Es hat mir gefallen", "Die Krankheit hat ihn befallen" (ge-/be-fallen are no falling).
constexpr std::array<std::string_view, 26> k_haben_exceptions = {
    "begehen",   "bekommen",  "verstehen", "bestehen",  "gestehen",  "überstehen", "beziehen",
    "erziehen",  "anziehen",  "überziehen","vollziehen","verbrechen", "unterbrechen",
    "abbrechen", "zerbrechen","widerstehen","entziehen", "verfolgen", "befolgen", "erfahren",
    "betreten",  "vertreten", "gefallen",  "missfallen", "befallen", "überfallen"};

// Whole verbs that take "sein" though their stem does not: "ist in Schwierigkeiten geraten"
// (raten: hat geraten), "ist an sein Ziel gelangt", "ist ihm begegnet", "ist zurückgekehrt"
// (kehren: hat gekehrt), "ist eingeschlafen", "ist eingetroffen", "ist explodiert".
constexpr std::array<std::string_view, 16> k_sein_whole = {
    "geraten",     "gelangen",   "begegnen",   "ertrinken",   "explodieren", "schrumpfen",
    "verunglücken","erkranken",  "einschlafen","eintreffen",  "auftauchen",  "zurückkehren",
    "heimkehren",  "einkehren",  "umkehren",   "aufwachen"};

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
  for (auto whole : k_sein_whole) {
    if (infinitive == whole) {
      return "ist";
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
