#pragma once
// Fixed multiword expressions whose words must not be read one by one: the "vor" of "nach wie
// vor" is no verb particle ("gingen die Zellen nach wie vor gegen ISIS vor" -> vorgehen with
// the last "vor" only).

#include "extract/lemmatizer.h"

#include <span>
#include <string>
#include <string_view>

namespace wortkiste::extract {

struct MultiwordMatch {
  std::string_view text; // "nach wie vor"
  std::size_t length = 0; // in tokens
};

// Returns the fixed expression that starts at `lowers[i]` (the sentence's words lowercased), if
// any (length 0 when none).
MultiwordMatch match_multiword(std::span<const std::string> lowers, std::size_t i);

} // namespace wortkiste::extract
