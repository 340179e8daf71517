#pragma once
// The one exception hierarchy for file and database failures. `main` catches `Error` once and
// prints "wortkiste: error: <what>", exiting 1 (2 for `UsageError`). Expected failures that a
// caller should handle (a malformed line, an unknown word) return std::expected instead.

#include <stdexcept>
#include <string>

namespace wortkiste {

class Error : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// Reading or writing a file failed; the message names the file (and line or byte offset).
class FileError : public Error {
public:
  using Error::Error;
};

// The collection database could not be opened, migrated or written.
class DatabaseError : public Error {
public:
  using Error::Error;
};

// The lexicon file is missing, truncated or of another format version.
class LexiconError : public Error {
public:
  using Error::Error;
};

// The user asked for something that cannot be done as asked; exits 2.
class UsageError : public Error {
public:
  using Error::Error;
};

// A command exists but is not built yet; exits 1 with a plain statement.
class NotBuiltError : public Error {
public:
  using Error::Error;
};

} // namespace wortkiste
