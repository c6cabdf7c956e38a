// The bytes of a ticket log, read once and shared by the parsing threads. A
// plain file is memory-mapped (pages already parsed can be released so peak
// memory stays small on multi-gigabyte logs); a gzip file (".gz" or the gzip
// magic bytes) is inflated into memory.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "base/result.h"

namespace candor::ops {

class InputBuffer {
 public:
  static Result<std::unique_ptr<InputBuffer>> open(const std::string& path);
  // For tests and fuzzing: the bytes are copied.
  static std::unique_ptr<InputBuffer> from_bytes(std::string_view bytes);
  // An upload held in memory: copied, or inflated when gzipped; `name`
  // stands for it in messages.
  static Result<std::unique_ptr<InputBuffer>> from_upload(std::string_view bytes, const std::string& name);
  ~InputBuffer();
  InputBuffer(const InputBuffer&) = delete;
  InputBuffer& operator=(const InputBuffer&) = delete;

  const char* data() const { return data_; }
  std::size_t size() const { return size_; }
  std::string_view view() const { return {data_, size_}; }
  const std::string& path() const { return path_; }

  // Tells the kernel the bytes [begin, end) are no longer needed; a later read
  // still sees them (they come back from the page cache).
  void release(std::size_t begin, std::size_t end) const;

 private:
  InputBuffer() = default;
  std::string path_;
  const char* data_ = nullptr;
  std::size_t size_ = 0;
  bool mapped_ = false;
  std::string owned_;  // inflated or copied bytes
};

}  // namespace candor::ops
