#pragma once
// The review session as plain lines, for scripts, tests and terminals that are not terminals:
// each card shown is printed, then one command per input line is read:
//   show      the back of the card          1 2 3 4   Again, Hard, Good, Easy
//   u         undo                          k         known (suspend, add to known words)
//   s         suspend                       b         bury until tomorrow
//   q         quit with the summary         (end of input quits too)
// With `json`, every card shown, back, answer and the summary is one JSON object per line.

#include "review/session.h"

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <string>

namespace wortkiste::review {

using Clock = std::function<std::int64_t()>;

// Runs a session reading commands from `in` and writing to `out`; returns the number of answers.
int run_line_mode(store::Database& db, const SessionOptions& options, const Clock& clock,
                  std::istream& in, std::ostream& out, bool json);

} // namespace wortkiste::review
