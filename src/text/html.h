#pragma once
// HTML to plain text with libxml2's HTML parser (no regular expressions).

#include <string>
#include <string_view>

namespace wortkiste::text {

// Returns the readable text of the HTML document `html` (UTF-8, or as its meta charset says):
// headings, paragraphs, list items, table cells and other blocks become paragraphs separated by
// a blank line; <br> becomes a line end; script, style, noscript, template, nav, header, footer,
// aside, form, button, select, svg, iframe and figure captions are dropped... except figcaption,
// which is kept as its own paragraph (the segmenter marks captions). Entities are decoded.
std::string html_to_text(std::string_view html);

// Returns true when `bytes` looks like an HTML document ("<!DOCTYPE html", "<html", "<body").
bool looks_like_html(std::string_view bytes);

} // namespace wortkiste::text
