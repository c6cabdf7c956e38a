// Result<T>: a value or an Error. C++20 has no std::expected, so this is the
// small one candor needs. Use CANDOR_TRY to pass an error up:
//
//   Result<Framework> load(...) {
//     auto text = CANDOR_TRY(read_file(path));
//     ...
//   }
#pragma once

#include <cassert>
#include <utility>
#include <variant>

#include "base/error.h"

namespace candor {

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}
  Result(Error error) : state_(std::move(error)) {}

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & {
    assert(ok());
    return std::get<0>(state_);
  }
  const T& value() const& {
    assert(ok());
    return std::get<0>(state_);
  }
  T&& value() && {
    assert(ok());
    return std::get<0>(std::move(state_));
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

  const Error& error() const& {
    assert(!ok());
    return std::get<1>(state_);
  }
  Error&& error() && {
    assert(!ok());
    return std::get<1>(std::move(state_));
  }

 private:
  std::variant<T, Error> state_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)), failed_(true) {}

  bool ok() const { return !failed_; }
  explicit operator bool() const { return ok(); }
  void value() const { assert(ok()); }
  const Error& error() const& {
    assert(!ok());
    return error_;
  }
  Error&& error() && {
    assert(!ok());
    return std::move(error_);
  }

 private:
  Error error_{ErrorCode::kInternal, ""};
  bool failed_ = false;
};

using Status = Result<void>;

inline Status ok_status() { return {}; }

}  // namespace candor

// Evaluates a Result expression; on error returns the error from the enclosing
// function, otherwise yields the value. (A GNU statement expression: g++ and
// clang both support it.)
#define CANDOR_TRY(...)                                        \
  ({                                                           \
    auto candor_try_result_ = (__VA_ARGS__);                   \
    if (!candor_try_result_.ok())                              \
      return std::move(candor_try_result_).error();            \
    std::move(candor_try_result_).value();                     \
  })
