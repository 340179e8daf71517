#pragma once
// Names of persons, places, organisations and acronyms, kept apart from vocabulary: "Irak",
// "Bagdad", "Thabet al-Abbassi", "ISIS", "USA", "Vereinigten Staaten".

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace wortkiste::lexicon {
class Lexicon;
}

namespace wortkiste::extract {

// Returns true for a German country, region or well-known city name, in any case form the news
// uses ("Irak", "Iraks", "Syrien", "Bagdad", "Kurdistan"); with `lexicon`, also the places of
// its geography list ("Kassel", "Danzig", "Baden-Württemberg").
bool is_place_name(std::string_view form, const lexicon::Lexicon* lexicon = nullptr);

// Returns the nominative of a place name: "Iraks" -> "Irak", "Kassels" -> "Kassel".
std::string_view place_lemma(std::string_view form, const lexicon::Lexicon* lexicon = nullptr);

// Returns true for a name with an Arabic or similar particle: "al-Abbassi", "el-Sisi", "bin-Laden".
bool is_particle_name(std::string_view form);

// Returns the number of words of a multiword name starting at `lowers[i]` (the sentence's
// words lowercased), 0 when none: "Vereinigten Staaten" -> 2, "Islamischer Staat" -> 2.
std::size_t multiword_name_length(std::span<const std::string> lowers, std::size_t i);

// Returns true for an acronym: two or more capitals, maybe digits or "-" ("USA", "ISIS", "G7").
bool is_acronym(std::string_view form);

// Returns true for the small words inside personal names: "al" of "al-Abbassi", "von", "van",
// "de", "bin".
bool is_name_particle(std::string_view form);

} // namespace wortkiste::extract
