// Errors are values. A user's bad input, a missing record or a broken file
// becomes an Error that names what went wrong and where (FILE:LINE:COL or a
// field path); front ends turn it into an exit code or an HTTP status through
// the one table in error.cc.
#pragma once

#include <string>
#include <vector>

namespace candor {

enum class ErrorCode {
  kInvalidInput,      // the user's input is malformed or breaks a rule
  kNotFound,          // a named thing does not exist (in this workspace)
  kConflict,          // the change clashes with stored state
  kPermissionDenied,  // the actor may not do this
  kUnauthenticated,   // nobody is signed in
  kIntegrity,         // stored data failed verification (hash chain, content hash)
  kTooLarge,          // input exceeds a size limit
  kRateLimited,       // too many attempts; try again later
  kUnsupported,       // a format or feature candor does not handle
  kIo,                // the operating system refused a read or write
  kInternal,          // a bug: an invariant did not hold
};

// Where in the user's input a problem is. Any part may be empty.
struct Location {
  std::string file;
  int line = 0;    // 1-based; 0 = unknown
  int column = 0;  // 1-based; 0 = unknown
  std::string field;  // a field path such as "judgements[3].rating"

  bool empty() const { return file.empty() && line == 0 && field.empty(); }
  // "FILE:LINE:COL", "FILE:LINE", "FILE", "field" or "FILE:LINE: field".
  std::string to_string() const;
};

class Error {
 public:
  Error(ErrorCode code, std::string message, Location where = {})
      : code_(code), message_(std::move(message)), where_(std::move(where)) {}

  static Error invalid_input(std::string message, Location where = {});
  static Error not_found(std::string message, Location where = {});
  static Error conflict(std::string message);
  static Error permission_denied(std::string message);
  static Error unauthenticated(std::string message);
  static Error integrity(std::string message, Location where = {});
  static Error rate_limited(std::string message);
  static Error too_large(std::string message, Location where = {});
  static Error unsupported(std::string message, Location where = {});
  static Error io(std::string message, Location where = {});
  static Error internal(std::string message);
  // Several independent problems reported together (e.g. every problem a
  // validator found). The code is that of the first; all are kept.
  static Error many(std::vector<Error> problems);

  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }
  const Location& where() const { return where_; }
  // The individual problems of Error::many, or just this one.
  const std::vector<Error>& problems() const;

  // One line per problem: "WHERE: message".
  std::string to_string() const;
  Error with_file(const std::string& file) const;  // fills in a missing file name
  Error with_context(const std::string& prefix) const;  // "prefix: message"

  int exit_code() const;
  int http_status() const;
  const char* code_name() const;  // "invalid_input", "not_found", ...

 private:
  ErrorCode code_;
  std::string message_;
  Location where_;
  std::vector<Error> problems_;
};

}  // namespace candor
