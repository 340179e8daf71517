#pragma once
// Markdown to plain text: the words a reader sees, without the markup.

#include <string>
#include <string_view>

namespace wortkiste::text {

// Returns `markdown` as plain text: "# Titel" -> "Titel" (a paragraph of its own), emphasis
// (*x*, **x**, _x_, __x__, ~~x~~) and inline code marks removed, "[Text](url)" -> "Text",
// images dropped, fenced and indented code blocks dropped, list markers ("- ", "* ", "1. ") and
// block quote marks ("> ") removed, HTML comments and tags removed, horizontal rules dropped.
std::string markdown_to_text(std::string_view markdown);

} // namespace wortkiste::text
