// Reading members of a ZIP archive (DOCX and ODT are ZIP files) from memory,
// defensively: the archive is user input, so the number of entries and the
// uncompressed sizes are capped and enforced while inflating, not trusted
// from the archive's own directory. A zip bomb or a corrupt archive becomes
// a clear Error, never an exhausted machine.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "base/result.h"

namespace candor::scheme {

struct ZipLimits {
  std::int64_t max_entries = 10'000;
  std::int64_t max_member_bytes = 64ll << 20;   // one uncompressed member
  std::int64_t max_total_bytes = 256ll << 20;   // all members read from one archive
  double max_ratio = 200;  // uncompressed / compressed, for members over 1 MiB
};

class ZipArchive {
 public:
  // `name` is used in messages only.
  static Result<ZipArchive> open(std::string bytes, const std::string& name,
                                 ZipLimits limits = {});
  ZipArchive(ZipArchive&&) noexcept;
  ZipArchive& operator=(ZipArchive&&) noexcept;
  ~ZipArchive();

  bool contains(const std::string& member) const;
  // The member's uncompressed bytes; kNotFound when absent.
  Result<std::string> read(const std::string& member);

 private:
  struct State;
  explicit ZipArchive(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace candor::scheme
