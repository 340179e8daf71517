#pragma once
// What a review card shows, read from its note: the fields `add` computed (notes.fields JSON:
// headword, article, plural, principal_parts, glosses, compound, source), overlaid with what the
// user corrected (notes.user_fields: "gloss", "example"), and the primary example sentence.

#include "review/screen.h"
#include "store/notes.h"

#include <optional>
#include <string>

namespace wortkiste::review {

// Returns the card content of `note`. Malformed JSON fields count as empty, never as an error:
// a card with a broken field still shows its lemma.
CardContent content_from_note(const store::NoteRow& note);

// Returns the card kind for a cards.card_type value ("production", "cloze"; else recognition).
CardKind card_kind_from(const std::string& card_type);

// The two fields a learner edits from the review screen, as a small text file:
//   gloss: deployment; mission
//   example: Die Koalition will ihren Einsatz im Irak beenden.
struct EditableFields {
  std::string gloss;
  std::string example;
};

// Returns the text of the edit file for `card` (with comment lines starting with '#').
std::string edit_file_text(const CardContent& card);

// Returns the fields read back from an edit file; a missing line keeps nullopt for its field.
struct ParsedEdit {
  std::optional<std::string> gloss;
  std::optional<std::string> example;
};
ParsedEdit parse_edit_file(const std::string& text);

} // namespace wortkiste::review
