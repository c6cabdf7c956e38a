// Interns strings to dense ids: each distinct value is stored once in an
// arena and found again by an open-addressing hash table. Case ids of a log
// with millions of cases cost their bytes plus 8 bytes each, instead of a
// std::string apiece.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace candor::ops {

class Interner {
 public:
  Interner() { slots_.assign(1024, kEmpty); }

  // The id of value, adding it when new; `added` tells which.
  std::uint32_t intern(std::string_view value, bool* added = nullptr) {
    const std::uint64_t hash = hash_of(value);
    std::size_t slot = hash & (slots_.size() - 1);
    while (true) {
      const std::uint32_t id = slots_[slot];
      if (id == kEmpty) break;
      if (hashes_[id] == static_cast<std::uint32_t>(hash) && get(id) == value) {
        if (added) *added = false;
        return id;
      }
      slot = (slot + 1) & (slots_.size() - 1);
    }
    const auto id = static_cast<std::uint32_t>(offsets_.size());
    offsets_.push_back(arena_.size());
    arena_.insert(arena_.end(), value.begin(), value.end());
    ends_.push_back(static_cast<std::uint32_t>(value.size()));
    hashes_.push_back(static_cast<std::uint32_t>(hash));
    slots_[slot] = id;
    if (offsets_.size() * 2 > slots_.size()) grow();
    if (added) *added = true;
    return id;
  }

  // Room for `count` values of `bytes` in all, so that adding them neither
  // rehashes nor copies the arena (merging tables of millions of ids).
  void reserve(std::size_t count, std::size_t bytes) {
    arena_.reserve(bytes);
    offsets_.reserve(count);
    ends_.reserve(count);
    hashes_.reserve(count);
    if (count * 2 > slots_.size()) {
      std::size_t size = slots_.size();
      while (count * 2 > size) size *= 2;
      rehash(size);
    }
  }
  std::size_t bytes() const { return arena_.size(); }

  std::string_view get(std::uint32_t id) const { return {arena_.data() + offsets_[id], ends_[id]}; }
  std::size_t size() const { return offsets_.size(); }

  static std::uint64_t hash_of(std::string_view value) {
    std::uint64_t hash = 0x9E3779B97F4A7C15ull ^ value.size();
    std::size_t i = 0;
    for (; i + 8 <= value.size(); i += 8) {
      std::uint64_t word;
      std::memcpy(&word, value.data() + i, 8);
      hash = (hash ^ word) * 0xff51afd7ed558ccdull;
      hash ^= hash >> 32;
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, value.data() + i, value.size() - i);
    hash = (hash ^ tail) * 0xc4ceb9fe1a85ec53ull;
    return hash ^ (hash >> 29);
  }

 private:
  static constexpr std::uint32_t kEmpty = UINT32_MAX;
  void grow() { rehash(slots_.size() * 2); }
  void rehash(std::size_t size) {
    std::vector<std::uint32_t> bigger(size, kEmpty);
    for (std::uint32_t id = 0; id < offsets_.size(); ++id) {
      std::size_t slot = hashes_[id] & (bigger.size() - 1);
      while (bigger[slot] != kEmpty) slot = (slot + 1) & (bigger.size() - 1);
      bigger[slot] = id;
    }
    slots_.swap(bigger);
  }

  std::vector<char> arena_;
  std::vector<std::uint64_t> offsets_;
  std::vector<std::uint32_t> ends_;
  std::vector<std::uint32_t> hashes_;
  std::vector<std::uint32_t> slots_;
};

}  // namespace candor::ops
