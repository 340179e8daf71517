#include "text/html.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string_view>

namespace wortkiste::text {

namespace {

// Elements whose content a reader of the article never sees as text, or that only frame it:
// code, styling, site navigation, page header and footer, side boxes, forms.
bool is_dropped(std::string_view name) {
  static constexpr std::string_view k_dropped[] = {
      "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
      "button", "select", "option", "textarea", "input", "svg", "iframe", "canvas", "object",
      "embed", "video", "audio", "map", "head", "dialog", "menu"};
  return std::find(std::begin(k_dropped), std::end(k_dropped), name) != std::end(k_dropped);
}

bool is_block(std::string_view name) {
  static constexpr std::string_view k_blocks[] = {
      "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "tr", "section",
      "article", "main", "blockquote", "pre", "dd", "dt", "table", "ul", "ol", "dl", "figure",
      "figcaption", "address", "body", "caption", "hr", "details", "summary"};
  return std::find(std::begin(k_blocks), std::end(k_blocks), name) != std::end(k_blocks);
}

std::string_view attribute(xmlNode* node, const char* name) {
  for (xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    if (a->name != nullptr && std::strcmp(reinterpret_cast<const char*>(a->name), name) == 0 &&
        a->children != nullptr && a->children->content != nullptr) {
      return reinterpret_cast<const char*>(a->children->content);
    }
  }
  return {};
}

bool has_attribute(xmlNode* node, const char* name) {
  for (xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    if (a->name != nullptr && std::strcmp(reinterpret_cast<const char*>(a->name), name) == 0) {
      return true;
    }
  }
  return false;
}

class Writer {
public:
  void text(std::string_view s) {
    for (char c : s) {
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
        m_space = true;
        continue;
      }
      if (m_space && !m_out.empty() && m_out.back() != '\n') {
        m_out.push_back(' ');
      }
      m_space = false;
      m_out.push_back(c);
    }
  }
  void block() {
    trim();
    if (!m_out.empty()) {
      while (m_out.size() < 2 || m_out.compare(m_out.size() - 2, 2, "\n\n") != 0) {
        m_out.push_back('\n');
      }
    }
    m_space = false;
  }
  void line_break() {
    trim();
    if (!m_out.empty()) {
      m_out.push_back('\n');
    }
    m_space = false;
  }
  std::string take() {
    trim();
    while (!m_out.empty() && m_out.back() == '\n') {
      m_out.pop_back();
    }
    if (!m_out.empty()) {
      m_out.push_back('\n');
    }
    return std::move(m_out);
  }

private:
  void trim() {
    while (!m_out.empty() && m_out.back() == ' ') {
      m_out.pop_back();
    }
  }
  std::string m_out;
  bool m_space = false;
};

void walk(xmlNode* node, Writer& w) {
  for (xmlNode* n = node; n != nullptr; n = n->next) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content != nullptr) {
        w.text(reinterpret_cast<const char*>(n->content));
      }
      continue;
    }
    if (n->type != XML_ELEMENT_NODE || n->name == nullptr) {
      continue;
    }
    const std::string_view name = reinterpret_cast<const char*>(n->name);
    const std::string_view role = attribute(n, "role");
    if (is_dropped(name) || has_attribute(n, "hidden") || attribute(n, "aria-hidden") == "true" ||
        role == "navigation" || role == "banner" || role == "contentinfo" ||
        role == "complementary" || role == "search") {
      continue;
    }
    if (name == "br") {
      w.line_break();
      continue;
    }
    const bool block = is_block(name);
    if (block) {
      w.block();
    }
    walk(n->children, w);
    if (block) {
      w.block();
    }
  }
}

} // namespace

bool looks_like_html(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, 1024);
  std::string lower(head);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
  const auto first = lower.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (first == std::string::npos || lower[first] != '<') {
    return false;
  }
  return lower.find("<!doctype html") != std::string::npos || lower.find("<html") != std::string::npos ||
         lower.find("<body") != std::string::npos || lower.find("<head") != std::string::npos;
}

std::string html_to_text(std::string_view html) {
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED;
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
      htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8", options),
      xmlFreeDoc);
  if (!doc) {
    return {};
  }
  Writer w;
  walk(xmlDocGetRootElement(doc.get()), w);
  return w.take();
}

} // namespace wortkiste::text
