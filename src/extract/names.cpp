#include "extract/names.h"

#include "extract/spelling.h"
#include "lexicon/lexicon.h"

#include <algorithm>
#include <array>
#include <utility>

namespace wortkiste::extract {

namespace {

// German names of states and regions that news text names most often (the German display names
// ICU also uses), plus capitals and large cities. Genitive "-s" forms are accepted by the caller.
constexpr std::array<std::string_view, 171> k_places = {
    "Afghanistan", "Afrika", "Ägypten", "Albanien", "Algerien", "Amerika", "Amsterdam", "Angola",
    "Ankara", "Argentinien", "Armenien", "Aserbaidschan", "Asien", "Athen", "Äthiopien",
    "Australien", "Bagdad", "Bahrain", "Bangladesch", "Barcelona", "Bayern", "Beirut", "Belarus",
    "Belgien", "Berlin", "Bern", "Bolivien", "Bonn", "Bosnien", "Brandenburg", "Brasilien",
    "Bremen", "Brüssel", "Budapest", "Bulgarien", "Chile", "China", "Damaskus", "Dänemark",
    "Deutschland", "Dortmund", "Dresden", "Dublin", "Düsseldorf", "Ecuador", "England", "Estland",
    "Europa", "Finnland", "Frankfurt", "Frankreich", "Gaza", "Genf", "Georgien", "Griechenland",
    "Großbritannien", "Hamburg", "Hannover", "Hessen", "Indien", "Indonesien", "Irak", "Iran",
    "Irland", "Island", "Israel", "Istanbul", "Italien", "Jamaika", "Japan", "Jemen",
    "Jerusalem", "Jordanien", "Kabul", "Kairo", "Kalifornien", "Kambodscha", "Kamerun", "Kanada",
    "Kasachstan", "Katar", "Kenia", "Kiew", "Köln", "Kolumbien", "Kongo", "Korea", "Kosovo",
    "Kroatien", "Kuba", "Kurdistan", "Kuwait", "Lateinamerika", "Lettland", "Libanon", "Libyen",
    "Liechtenstein", "Litauen", "London", "Luxemburg", "Madrid", "Mailand", "Malaysia", "Mali",
    "Marokko", "Mexiko", "Moldau", "Monaco", "Mongolei", "Montenegro", "Mosambik", "Moskau",
    "Mossul", "München", "Myanmar", "Nahost", "Neuseeland", "Niederlande", "Niedersachsen",
    "Niger", "Nigeria", "Nordkorea", "Norwegen", "Nürnberg", "Oman", "Österreich", "Pakistan",
    "Palästina", "Paris", "Peking", "Peru", "Polen", "Portugal", "Prag", "Rom", "Rumänien",
    "Russland", "Sachsen", "Saudi-Arabien", "Schottland", "Schweden", "Schweiz", "Senegal",
    "Serbien", "Singapur", "Slowakei", "Slowenien", "Somalia", "Spanien", "Stuttgart", "Sudan",
    "Südafrika", "Südkorea", "Syrien", "Taiwan", "Teheran", "Thailand", "Tschechien", "Tunesien",
    "Türkei", "Ukraine", "Ungarn", "Uruguay", "Usbekistan", "Venezuela", "Vietnam", "Warschau",
    "Washington", "Wien", "Zürich", "Zypern"};

constexpr std::array<std::string_view, 11> k_name_particles = {
    "al", "bin", "da", "de", "del", "di", "el", "ibn", "van", "von", "zu"};

bool listed_place(std::string_view form) {
  static const auto sorted = [] {
    auto copy = k_places;
    std::sort(copy.begin(), copy.end());
    return copy;
  }();
  return std::binary_search(sorted.begin(), sorted.end(), form);
}

bool listed_place(std::string_view form, const lexicon::Lexicon* lexicon) {
  return listed_place(form) || (lexicon != nullptr && lexicon->is_listed_place(form));
}

} // namespace

bool is_place_name(std::string_view form, const lexicon::Lexicon* lexicon) {
  if (listed_place(form, lexicon)) {
    return true;
  }
  // Genitive: "Iraks", "Deutschlands".
  return form.size() > 3 && form.back() == 's' &&
         listed_place(form.substr(0, form.size() - 1), lexicon);
}

std::string_view place_lemma(std::string_view form, const lexicon::Lexicon* lexicon) {
  if (!listed_place(form, lexicon) && form.size() > 3 && form.back() == 's' &&
      listed_place(form.substr(0, form.size() - 1), lexicon)) {
    return form.substr(0, form.size() - 1);
  }
  return form;
}

bool is_particle_name(std::string_view form) {
  auto dash = form.find('-');
  if (dash == std::string_view::npos || dash + 1 >= form.size()) {
    return false;
  }
  std::string_view particle = form.substr(0, dash);
  return (particle == "al" || particle == "el" || particle == "bin" || particle == "ibn" ||
          particle == "abu" || particle == "Al" || particle == "El" || particle == "Abu") &&
         starts_upper(form.substr(dash + 1));
}

std::size_t multiword_name_length(std::span<const std::string> lowers, std::size_t i) {
  // Two-word names of states and organisations; their words keep their lemmas (UD reads
  // "Vereinigten" as ADJ vereinigt) and are only marked as names.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> k_names = {{
      {"vereinigte", "staaten"}, {"vereinigten", "staaten"}, {"vereinte", "nationen"},
      {"vereinten", "nationen"}, {"islamischer", "staat"}, {"islamischen", "staat"},
      {"europäische", "union"}, {"europäischen", "union"}}};
  if (i + 1 >= lowers.size()) {
    return 0;
  }
  for (const auto& [first, second] : k_names) {
    if (lowers[i] == first && lowers[i + 1] == second) {
      return 2;
    }
  }
  return 0;
}

bool is_acronym(std::string_view form) {
  if (!is_all_caps(form)) {
    return false;
  }
  for (char c : form) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '&' ||
          static_cast<unsigned char>(c) >= 0x80)) {
      return false;
    }
  }
  return true;
}

bool is_name_particle(std::string_view form) {
  return std::find(k_name_particles.begin(), k_name_particles.end(), form) !=
         k_name_particles.end();
}

} // namespace wortkiste::extract
