// SHA-256 digests (libsodium), as raw bytes or lowercase hex.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace candor {

using Sha256Digest = std::array<std::uint8_t, 32>;

// Incremental hashing for streams and large files.
class Sha256 {
 public:
  Sha256();
  void update(std::string_view bytes);
  Sha256Digest finish();
  std::string finish_hex();

 private:
  alignas(16) unsigned char state_[128];
};

Sha256Digest sha256(std::string_view bytes);
std::string sha256_hex(std::string_view bytes);
std::string to_hex(const std::uint8_t* bytes, std::size_t size);
bool is_sha256_hex(std::string_view text);

}  // namespace candor
