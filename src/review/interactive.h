#pragma once
// The full-screen review: the Session driven by keys on a raw terminal, the screen redrawn from
// its state after every key, signal and resize. Prints the summary after the terminal is restored.

#include "review/line_mode.h"
#include "review/session.h"

#include <iosfwd>
#include <string>

namespace wortkiste::review {

// Runs the full-screen session on the controlling terminal; `deck_label` heads the screen.
// Writes the quit summary to `out` once the terminal is back to normal. Returns the answers given.
int run_interactive(store::Database& db, const SessionOptions& options, const Clock& clock,
                    const std::string& deck_label, std::ostream& out);

// Returns the path of `program` found on $PATH, or "" when it is not installed.
std::string find_program(const std::string& program);

} // namespace wortkiste::review
