// Errors as values at the API boundary: every public function that can fail
// returns Result<T>, or Status when it has no value to give. Nothing throws
// across the API or between stages; yaml-cpp, poppler and PCRE2 failures are
// wrapped where they happen.
// Thread-safety: plain values; safe to copy and share once built.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace moacheck {

// Kinds match the batch error records of the report contract
// (../shared/spec/report.md) plus the ones the library itself needs.
enum class ErrorKind {
  kIo,           // file missing or unreadable
  kNotPdf,       // bytes are not a PDF (and not text either)
  kDamaged,      // PDF structure broken
  kEncrypted,    // needs a password we were not given (or it was wrong)
  kEmpty,        // zero bytes or zero pages
  kTooLarge,     // over a configured size or page limit
  kTimeout,      // over the per-document time limit
  kNoText,       // no page has usable text (a scan read without OCR)
  kInvalidRule,  // a rulebook or vocabulary file is malformed
  kUsage,        // bad arguments from the caller
  kInternal,     // a bug: should never be seen
};

// Stable lower-case name used in JSON records ("not-pdf", "encrypted", ...).
const char* ErrorKindName(ErrorKind kind);

struct Error {
  ErrorKind kind = ErrorKind::kInternal;
  std::string message;  // names the file, page, line or rule it is about
};

template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  const T& value() const& { return std::get<T>(state_); }
  T& value() & { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

  const Error& error() const { return std::get<Error>(state_); }

 private:
  std::variant<T, Error> state_;
};

// The outcome of an operation without a value: ok, or the Error.
class Status {
 public:
  Status() = default;                                // ok
  Status(Error error) : error_(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return !error_.has_value(); }
  explicit operator bool() const { return ok(); }
  const Error& error() const { return *error_; }

 private:
  std::optional<Error> error_;
};

}  // namespace moacheck
