// Whole-file reads and crash-safe writes. Every failure names the path.
#pragma once

#include <cstdint>
#include <string>

#include "base/result.h"

namespace candor {

// Reads a whole file; refuses files larger than max_bytes with kTooLarge.
Result<std::string> read_file(const std::string& path,
                              std::uint64_t max_bytes = std::uint64_t(1) << 32);

// Writes through a temporary file in the same folder, fsyncs and renames, so a
// reader never sees a half-written file and a crash leaves the old one intact.
Status write_file_atomic(const std::string& path, std::string_view bytes);

}  // namespace candor
