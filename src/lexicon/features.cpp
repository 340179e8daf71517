// Feature bits in words, and the spellings of a form to try.

#include "lexicon/lexicon.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <utility>

namespace wortkiste::lexicon {

namespace {

namespace f = feature;

constexpr std::array<std::pair<std::uint32_t, std::string_view>, 23> k_names = {{
    {f::k_singular, "singular"},         {f::k_plural, "plural"},
    {f::k_nominative, "nominative"},     {f::k_genitive, "genitive"},
    {f::k_dative, "dative"},             {f::k_accusative, "accusative"},
    {f::k_infinitive, "infinitive"},     {f::k_zu_infinitive, "zu_infinitive"},
    {f::k_participle1, "participle1"},   {f::k_participle2, "participle2"},
    {f::k_present, "present"},           {f::k_past, "past"},
    {f::k_subjunctive1, "subjunctive1"}, {f::k_subjunctive2, "subjunctive2"},
    {f::k_imperative, "imperative"},     {f::k_positive, "positive"},
    {f::k_comparative, "comparative"},   {f::k_superlative, "superlative"},
    {f::k_inflected, "inflected"},       {f::k_person1, "person1"},
    {f::k_person2, "person2"},           {f::k_person3, "person3"},
    {f::k_old_spelling, "old_spelling"},
}};

// Joins the words of the bits set in `features` among `choices` with "/".
std::string alternatives(std::uint32_t features,
                         std::initializer_list<std::pair<std::uint32_t, std::string_view>> choices) {
  std::string out;
  for (const auto& [bit, word] : choices) {
    if ((features & bit) != 0) {
      if (!out.empty()) {
        out += '/';
      }
      out += word;
    }
  }
  return out;
}

void add_part(std::string& out, const std::string& part, std::string_view separator = ", ") {
  if (part.empty()) {
    return;
  }
  if (!out.empty()) {
    out += separator;
  }
  out += part;
}

} // namespace

std::vector<std::string_view> feature_names(std::uint32_t features) {
  std::vector<std::string_view> out;
  for (const auto& [bit, name] : k_names) {
    if ((features & bit) != 0) {
      out.push_back(name);
    }
  }
  return out;
}

std::string describe_features(std::uint32_t features) {
  std::string out;
  // Non-finite verb forms: "infinitive", "participle II".
  add_part(out, alternatives(features, {{f::k_infinitive, "infinitive"},
                                        {f::k_zu_infinitive, "zu-infinitive"},
                                        {f::k_participle1, "participle I"},
                                        {f::k_participle2, "participle II"}}),
           "; ");
  // Finite verb forms: "past tense, 1st/3rd person plural".
  std::string finite = alternatives(features, {{f::k_present, "present tense"},
                                               {f::k_past, "past tense"},
                                               {f::k_subjunctive1, "subjunctive I"},
                                               {f::k_subjunctive2, "subjunctive II"},
                                               {f::k_imperative, "imperative"}});
  const std::string persons = alternatives(
      features, {{f::k_person1, "1st"}, {f::k_person2, "2nd"}, {f::k_person3, "3rd"}});
  if (!persons.empty()) {
    add_part(finite, persons + " person");
  }
  // Degree of adjectives: "comparative".
  std::string degree = alternatives(features, {{f::k_positive, "positive"},
                                               {f::k_comparative, "comparative"},
                                               {f::k_superlative, "superlative"}});
  if ((features & f::k_inflected) != 0) {
    add_part(degree, "inflected", " ");
  }
  // Case and number: "dative plural", "nominative/accusative singular".
  std::string case_number = alternatives(features, {{f::k_nominative, "nominative"},
                                                    {f::k_genitive, "genitive"},
                                                    {f::k_dative, "dative"},
                                                    {f::k_accusative, "accusative"}});
  const std::string number =
      alternatives(features, {{f::k_singular, "singular"}, {f::k_plural, "plural"}});
  if (!finite.empty()) {
    add_part(finite, number, " ");
    add_part(out, finite, "; ");
    add_part(out, degree, "; ");
    add_part(out, case_number, "; ");
  } else {
    add_part(out, degree, "; ");
    add_part(case_number, number, " ");
    add_part(out, case_number, "; ");
  }
  if ((features & f::k_old_spelling) != 0) {
    add_part(out, "old spelling", "; ");
  }
  return out;
}

std::vector<std::string> case_variants(std::string_view form) {
  std::vector<std::string> out;
  auto add = [&](std::string s) {
    if (!s.empty() && std::find(out.begin(), out.end(), s) == out.end()) {
      out.push_back(std::move(s));
    }
  };
  add(std::string(form));
  const icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(form.data(), static_cast<std::int32_t>(form.size())));
  icu::UnicodeString lower = text;
  lower.toLower(icu::Locale::getGerman());
  std::string lowered;
  lower.toUTF8String(lowered);
  add(lowered);
  if (lower.length() > 0) {
    // Capitalise the first letter only: "einsätze" -> "Einsätze" (toTitle would also lowercase
    // the rest, which is what we want after lowering).
    icu::UnicodeString first = lower.tempSubString(0, 1);
    first.toUpper(icu::Locale::getGerman());
    icu::UnicodeString capital = first + lower.tempSubString(1);
    std::string capitalised;
    capital.toUTF8String(capitalised);
    add(capitalised);
  }
  return out;
}

} // namespace wortkiste::lexicon
