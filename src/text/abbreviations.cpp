#include "text/abbreviations.h"

#include "text/unicode.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace wortkiste::text {

namespace {

struct Entry {
  std::string_view text; // parts separated by ". ", final period included: "z. B."
  bool can_end = false;
};

// German abbreviations written with a period. Multi-part ones list their parts with one space;
// the written forms "z.B." and "z. B." both match. `can_end`: the abbreviation often closes a
// sentence ("..., Kleidung usw. Die Preise ...").
constexpr Entry k_entries[] = {
    // Multi-part: "z. B." = zum Beispiel, "d. h." = das heißt, "v. Chr." = vor Christus ...
    {"z. B."}, {"d. h."}, {"u. a.", true}, {"o. ä.", true}, {"o. Ä.", true}, {"u. ä.", true},
    {"u. Ä.", true}, {"v. a."}, {"v. Chr.", true}, {"n. Chr.", true}, {"u. U."}, {"z. T."},
    {"z. Zt."}, {"z. Hd."}, {"i. d. R."}, {"i. A."}, {"i. V."}, {"i. S."}, {"i. e."}, {"s. o.", true},
    {"s. u.", true}, {"m. E."}, {"o. g."}, {"a. a. O.", true}, {"a. D.", true}, {"e. V.", true},
    {"u. v. m.", true}, {"u. Z.", true}, {"v. u. Z.", true}, {"n. u. Z.", true}, {"d. J.", true},
    {"d. M.", true}, {"l. J.", true}, {"v. H."}, {"o. J.", true}, {"u. d. M."}, {"ü. d. M.", true},
    {"u. s. w.", true}, {"i. Allg."}, {"z. Z."}, {"u. dgl.", true}, {"s. a."}, {"h. c."},
    // Single: titles and forms of address. "Dr. Müller", "Prof. Schmidt"
    {"Dr."}, {"Prof."}, {"med."}, {"phil."}, {"rer. nat."}, {"rer. pol."}, {"jur."}, {"theol."},
    {"dent."}, {"vet."}, {"habil."}, {"oec."}, {"Dipl.-Ing."}, {"Dipl."}, {"Ing."}, {"Hr."}, {"Hrn."}, {"Fr."}, {"Frl."}, {"Mag."},
    {"Dres."}, {"Mr."}, {"Mrs."}, {"Ms."}, {"Jr.", true}, {"jr.", true}, {"jun.", true},
    {"sen.", true}, {"St."}, {"Hl."}, {"hl."}, {"Abg."}, {"Präs."}, {"Kpt."}, {"Lt."},
    {"Maj."}, {"Hptm."}, {"Sgt."}, {"Stv."}, {"stellv."}, {"em."}, {"Kfm."}, {"Gebr."}, {"Wwe."},
    // Numbers and amounts: "2,5 Mio. Euro", "Nr. 5", "ca. 30"
    {"Nr."}, {"Nrn."}, {"Mio.", true}, {"Mill.", true}, {"Mrd.", true}, {"Tsd.", true}, {"ca."},
    {"rd."}, {"Std.", true}, {"Min.", true}, {"Sek.", true}, {"Pkt."}, {"Stck.", true},
    {"Pfd.", true}, {"max."}, {"min."}, {"zzgl."}, {"abzgl."}, {"inkl."}, {"exkl."}, {"einschl."},
    // Texts and references: "vgl. S. 12", "Abs. 3", "Bd. 2"
    {"vgl."}, {"Vgl."}, {"Abb."}, {"Abk."}, {"Abs."}, {"Abschn."}, {"Abt."}, {"Anh."}, {"Anl."},
    {"Anm."}, {"Aufl."}, {"Ausg."}, {"Az."}, {"Bd."}, {"Bde."}, {"Kap."}, {"Tab."},
    {"Ziff."}, {"Hrsg."}, {"hrsg."}, {"Hg."}, {"hg."}, {"Verf."}, {"Verl."}, {"zit."}, {"ebd.", true},
    {"ff.", true}, {"f."}, {"Lfg."}, {"Jh.", true}, {"Jhd.", true}, {"Jhdt.", true}, {"Tel."},
    {"Fax."}, {"Str."}, {"Bhf."}, {"Hbf."}, {"Postf."}, {"Reg."}, {"Bez."}, {"Kr."}, {"Gde."},
    {"Kt."}, {"Prov."}, {"Univ."}, {"Inst."}, {"Ges."}, {"Fa."}, {"Fam."}, {"Co.", true}, {"Inc.", true},
    {"Ltd.", true}, {"Corp.", true}, {"Mt."}, {"Rep."}, {"Dt."}, {"dt."}, {"Ggs."}, {"gez."},
    // Adverbs and conjunctions: "bzw.", "usw.", "etc.", "ggf.", "sog."
    {"bzw."}, {"usw.", true}, {"etc.", true}, {"ggf."}, {"ggfs."}, {"evtl."}, {"bspw."}, {"bzgl."},
    {"sog."}, {"insb."}, {"bes."}, {"allg."}, {"eigtl."}, {"urspr."}, {"ehem."}, {"gem."},
    {"entspr."}, {"betr."}, {"näml."}, {"od."}, {"resp."}, {"vs."}, {"zw."}, {"zus."}, {"lt."},
    {"mtl.", true}, {"jmd."}, {"jmdm."}, {"jmdn."}, {"jmds."}, {"geb."}, {"gest."}, {"gegr."},
    {"verh."}, {"verw."}, {"led."}, {"vorm."}, {"nachm."}, {"lfd."}, {"kath."}, {"ev."},
    {"evang."}, {"röm."}, {"lat."}, {"griech."}, {"engl."}, {"franz."}, {"frz."}, {"ital."},
    {"span."}, {"österr."}, {"schweiz."}, {"amerik."}, {"dgl.", true}, {"Mind."}, {"mind."},
    {"Nachf."}, {"Obb."}, {"Vors."}, {"Mitgl."}, {"Wdh."},
    // Months and weekdays: "am 3. Jan. 2024", "Mo. bis Fr."
    {"Jan."}, {"Feb."}, {"Febr."}, {"Mär."}, {"Apr."}, {"Jun."}, {"Jul."}, {"Aug."}, {"Sep."},
    {"Sept."}, {"Okt."}, {"Nov."}, {"Dez."}, {"Mo."}, {"Di."}, {"Mi."}, {"Do."}, {"Sa."}, {"So."},
};

struct Table {
  // First part (without its period) -> entries starting with it, longest first.
  std::unordered_map<std::string_view, std::vector<const Entry*>> by_first;
};

std::string_view first_part(std::string_view entry) {
  return entry.substr(0, entry.find('.'));
}

const Table& table() {
  static const Table t = [] {
    Table built;
    for (const Entry& e : k_entries) {
      if (e.text.empty() || e.text.back() != '.') {
        continue;
      }
      built.by_first[first_part(e.text)].push_back(&e);
    }
    for (auto& [key, list] : built.by_first) {
      std::sort(list.begin(), list.end(),
                [](const Entry* a, const Entry* b) { return a->text.size() > b->text.size(); });
    }
    return built;
  }();
  return t;
}

bool is_word_char_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) {
    return false;
  }
  const auto d = detail::decode_utf8(text, pos);
  return detail::is_letter(d.cp) || detail::is_digit(d.cp);
}

// Matches `entry` ("z. B.") at `pos`, allowing zero or one space after each inner period.
std::size_t match_entry(std::string_view text, std::size_t pos, std::string_view entry,
                        bool capitalised_first) {
  std::size_t i = pos;
  std::size_t e = 0;
  bool first = true;
  while (e < entry.size()) {
    const std::size_t dot = entry.find('.', e);
    std::string_view part = entry.substr(e, dot - e);
    if (first && capitalised_first) {
      // "Vgl." for "vgl.": the first letter upper-cased (ASCII only: our entries start ASCII).
      if (i >= text.size() || text[i] != static_cast<char>(part[0] - 'a' + 'A')) {
        return 0;
      }
      if (text.compare(i + 1, part.size() - 1, part.substr(1)) != 0) {
        return 0;
      }
    } else if (text.compare(i, part.size(), part) != 0) {
      return 0;
    }
    first = false;
    i += part.size();
    if (i >= text.size() || text[i] != '.') {
      return 0;
    }
    ++i;
    e = dot + 1;
    if (e < entry.size() && entry[e] == ' ') {
      ++e;
      if (i < text.size() && text[i] == ' ') {
        ++i;
      } else if (i + 1 < text.size() && text.compare(i, 2, "\xC2\xA0") == 0) {
        i += 2; // no-break space: "z.\u00A0B."
      } else if (i + 2 < text.size() && text.compare(i, 3, "\xE2\x80\xAF") == 0) {
        i += 3; // narrow no-break space
      }
    }
  }
  return i - pos;
}

} // namespace

AbbreviationMatch match_abbreviation(std::string_view text, std::size_t pos) {
  if (pos > 0 && is_word_char_at(text, static_cast<std::size_t>(pos - detail::decode_utf8_before(text, pos).length))) {
    return {};
  }
  // The first part runs to the first period; entries are short.
  std::size_t end = pos;
  while (end < text.size() && end - pos <= 8 && text[end] != '.' && text[end] != ' ') {
    ++end;
  }
  if (end >= text.size() || text[end] != '.' || end == pos) {
    return {};
  }
  const std::string_view first = text.substr(pos, end - pos);
  const Table& t = table();
  auto try_key = [&](std::string_view key, bool capitalised) -> AbbreviationMatch {
    auto it = t.by_first.find(key);
    if (it == t.by_first.end()) {
      return {};
    }
    for (const Entry* e : it->second) {
      const std::size_t n = match_entry(text, pos, e->text, capitalised);
      if (n != 0 && !is_word_char_at(text, pos + n)) {
        return {n, e->can_end};
      }
    }
    return {};
  };
  if (auto m = try_key(first, false); m.length != 0) {
    return m;
  }
  // "Z. B." or "Vgl." at the start of a sentence: try the lowercase entry.
  if (!first.empty() && first[0] >= 'A' && first[0] <= 'Z') {
    std::string lowered(first);
    lowered[0] = static_cast<char>(lowered[0] - 'A' + 'a');
    auto it = t.by_first.find(lowered);
    if (it != t.by_first.end()) {
      for (const Entry* e : it->second) {
        const std::size_t n = match_entry(text, pos, e->text, true);
        if (n != 0 && !is_word_char_at(text, pos + n)) {
          return {n, e->can_end};
        }
      }
    }
  }
  return {};
}

bool is_month_name(std::string_view word) {
  static const std::unordered_set<std::string_view> k_months = {
      "Januar", "Jänner", "Februar", "Feber", "März", "April", "Mai", "Juni", "Juli", "August",
      "September", "Oktober", "November", "Dezember", "Jan", "Feb", "Febr", "Mär", "Apr", "Jun",
      "Jul", "Aug", "Sep", "Sept", "Okt", "Nov", "Dez"};
  return k_months.contains(word);
}

bool is_sentence_starter(std::string_view word) {
  // Capitalised words that open sentences but are not nouns: after "usw." or "2017." they
  // signal a new sentence ("... bis 2017. Die Zahl ..."), whereas a noun continues
  // ("am 27. September", "der 2. Weltkrieg").
  static const std::unordered_set<std::string_view> k_starters = {
      "Der", "Die", "Das", "Dem", "Den", "Des", "Ein", "Eine", "Einer", "Eines", "Einem", "Einen",
      "Er", "Sie", "Es", "Wir", "Ich", "Du", "Ihr", "Ihre", "Ihren", "Ihrem", "Man", "Dies",
      "Diese", "Dieser", "Dieses", "Diesem", "Diesen", "Dass", "Daß", "Im", "In", "Am", "An",
      "Auf", "Aus", "Bei", "Beim", "Mit", "Nach", "Von", "Vom", "Zu", "Zum", "Zur", "Für", "Über",
      "Unter", "Vor", "Hinter", "Neben", "Zwischen", "Durch", "Gegen", "Ohne", "Um", "Seit",
      "Bis", "Als", "Wenn", "Wie", "Wo", "Was", "Wer", "Warum", "Weil", "Da", "Dann", "Doch",
      "Aber", "Und", "Oder", "Auch", "Noch", "So", "Nun", "Jetzt", "Heute", "Damals", "Später",
      "Zudem", "Außerdem", "Allerdings", "Jedoch", "Trotzdem", "Deshalb", "Daher", "Dabei",
      "Danach", "Davor", "Dort", "Hier", "Mehr", "Viele", "Alle", "Jeder", "Jede", "Jedes",
      "Kein", "Keine", "Sein", "Seine", "Seinen", "Seinem", "Seiner", "Unser", "Unsere", "Nicht",
      "Nur", "Schon", "Bereits", "Zunächst", "Anschließend", "Insgesamt", "Laut", "Nachdem",
      "Obwohl", "Während", "Bevor", "Sobald", "Hinzu", "Dazu", "Somit", "Also", "Zwar", "Gestern",
      "Immer", "Sehr", "Denn", "Ob", "Welche", "Welcher", "Welches", "Erst", "Vielleicht",
      "Offenbar", "Inzwischen", "Mittlerweile", "Seitdem", "Zuvor", "Zuletzt", "Schließlich",
      "Trotz", "Wegen", "Ab", "Gemäß", "Dafür", "Dagegen", "Darauf", "Darüber", "Damit",
      "Deswegen", "Einige", "Mehrere", "Andere", "Beide", "Manche", "Solche", "Jene", "Ebenso",
      "Ebenfalls", "Gleichzeitig", "Sowohl", "Weder", "Entweder", "Wann", "Wohin", "Woher",
      "Wieso", "Weshalb", "Hat", "Ist", "War", "Wird", "Wurde", "Kann", "Soll", "Muss", "Gibt",
      "Gab", "Habe", "Hatte", "Waren", "Sind", "Haben", "Werden", "Wurden", "Bitte", "Ja",
      "Nein", "Eigentlich", "Natürlich", "Vor", "Etwa", "Rund", "Fast", "Knapp", "Mindestens",
      "The", "This", "It", "A", "An", "We", "He", "She", "They", "That", "Its"};
  return k_starters.contains(word);
}

} // namespace wortkiste::text
