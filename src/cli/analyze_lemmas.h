#pragma once
// The lemma formats of `wortkiste analyze` (table, json, conllu), kept apart from the text-layer
// formats (sentences, tokens) that cli/analyze.cpp prints itself.

#include <filesystem>
#include <iosfwd>
#include <string>

namespace wortkiste::cli {

struct AnalyzeRequest {
  std::string input;    // a file path, or "-" for standard input
  std::string format;   // "table", "json" or "conllu"
  bool lenient = false; // replace invalid bytes instead of failing
};

// Prints the analysis of `request.input` in `request.format` to `out`. Throws Error on failure.
void analyze_lemmas(const AnalyzeRequest& request, std::ostream& out);

} // namespace wortkiste::cli
