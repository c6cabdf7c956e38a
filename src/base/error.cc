#include "base/error.h"

namespace candor {
namespace {

// The one table pairing each error code with its name, exit code and HTTP
// status. Exit codes: 2 = the input was refused, 3 = not found, 4 = stored data
// failed verification, 5 = conflict, 6 = not allowed, 70 = internal (a bug).
struct CodeInfo {
  ErrorCode code;
  const char* name;
  int exit_code;
  int http_status;
};

constexpr CodeInfo kCodes[] = {
    {ErrorCode::kInvalidInput, "invalid_input", 2, 400},
    {ErrorCode::kNotFound, "not_found", 3, 404},
    {ErrorCode::kConflict, "conflict", 5, 409},
    {ErrorCode::kPermissionDenied, "permission_denied", 6, 403},
    {ErrorCode::kUnauthenticated, "unauthenticated", 6, 401},
    {ErrorCode::kIntegrity, "integrity", 4, 500},
    {ErrorCode::kTooLarge, "too_large", 2, 413},
    {ErrorCode::kRateLimited, "rate_limited", 6, 429},
    {ErrorCode::kUnsupported, "unsupported", 2, 415},
    {ErrorCode::kIo, "io", 1, 500},
    {ErrorCode::kInternal, "internal", 70, 500},
};

const CodeInfo& info(ErrorCode code) {
  for (const auto& entry : kCodes) {
    if (entry.code == code) return entry;
  }
  return kCodes[std::size(kCodes) - 1];
}

}  // namespace

std::string Location::to_string() const {
  std::string out = file;
  if (line > 0) {
    out += ":" + std::to_string(line);
    if (column > 0) out += ":" + std::to_string(column);
  }
  if (!field.empty()) out += out.empty() ? field : ": " + field;
  return out;
}

Error Error::invalid_input(std::string m, Location w) {
  return {ErrorCode::kInvalidInput, std::move(m), std::move(w)};
}
Error Error::not_found(std::string m, Location w) {
  return {ErrorCode::kNotFound, std::move(m), std::move(w)};
}
Error Error::conflict(std::string m) { return {ErrorCode::kConflict, std::move(m)}; }
Error Error::permission_denied(std::string m) {
  return {ErrorCode::kPermissionDenied, std::move(m)};
}
Error Error::unauthenticated(std::string m) {
  return {ErrorCode::kUnauthenticated, std::move(m)};
}
Error Error::integrity(std::string m, Location w) {
  return {ErrorCode::kIntegrity, std::move(m), std::move(w)};
}
Error Error::rate_limited(std::string m) { return {ErrorCode::kRateLimited, std::move(m)}; }
Error Error::too_large(std::string m, Location w) {
  return {ErrorCode::kTooLarge, std::move(m), std::move(w)};
}
Error Error::unsupported(std::string m, Location w) {
  return {ErrorCode::kUnsupported, std::move(m), std::move(w)};
}
Error Error::io(std::string m, Location w) { return {ErrorCode::kIo, std::move(m), std::move(w)}; }
Error Error::internal(std::string m) { return {ErrorCode::kInternal, std::move(m)}; }

Error Error::many(std::vector<Error> problems) {
  if (problems.empty()) return internal("Error::many called without problems");
  if (problems.size() == 1) return std::move(problems.front());
  Error out = problems.front();
  out.message_ = std::to_string(problems.size()) + " problems";
  out.problems_ = std::move(problems);
  return out;
}

const std::vector<Error>& Error::problems() const {
  static thread_local std::vector<Error> single;
  if (!problems_.empty()) return problems_;
  single.assign(1, *this);
  return single;
}

std::string Error::to_string() const {
  if (!problems_.empty()) {
    std::string out;
    for (const auto& problem : problems_) {
      if (!out.empty()) out += "\n";
      out += problem.to_string();
    }
    return out;
  }
  const std::string place = where_.to_string();
  return place.empty() ? message_ : place + ": " + message_;
}

Error Error::with_file(const std::string& file) const {
  Error out = *this;
  if (out.where_.file.empty()) out.where_.file = file;
  for (auto& problem : out.problems_) problem = problem.with_file(file);
  return out;
}

Error Error::with_context(const std::string& prefix) const {
  Error out = *this;
  out.message_ = prefix + ": " + message_;
  return out;
}

int Error::exit_code() const { return info(code_).exit_code; }
int Error::http_status() const { return info(code_).http_status; }
const char* Error::code_name() const { return info(code_).name; }

}  // namespace candor
