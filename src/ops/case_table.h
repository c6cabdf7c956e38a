// Per-case state of an audit log, kept compact (about 100 bytes a case) so
// millions of cases fit: the row that holds the case's state (highest
// sequence, ties: latest updated_at, then the later row in the file), the
// largest counters seen on any row, and what the conformance checks need.
// Each parsing thread fills its own CaseTable; the tables are merged after.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ops/interner.h"
#include "ops/mapping.h"
#include "ops/values.h"

namespace candor::ops {

// Low-cardinality values (states, priorities) with what the checks need to
// know of each, after the mapping's value map is applied.
struct ValueInfo {
  bool closed = false;
  bool resolving = false;
  bool allowed = true;
};

class ValueSet {
 public:
  ValueSet(const std::map<std::string, std::string>* value_map, const Mapping* mapping, bool states)
      : value_map_(value_map), mapping_(mapping), states_(states) {}
  std::uint16_t intern(std::string_view raw);
  std::string_view name(std::uint16_t id) const { return names_.get(id); }
  const ValueInfo& info(std::uint16_t id) const { return infos_[id]; }
  std::size_t size() const { return names_.size(); }

 private:
  Interner raw_;
  Interner names_;  // mapped values; ids parallel to raw_ ids are remapped below
  std::vector<std::uint16_t> raw_to_name_;
  std::vector<ValueInfo> infos_;
  const std::map<std::string, std::string>* value_map_;
  const Mapping* mapping_;
  bool states_;
  std::string_view last_raw_;
  std::uint16_t last_id_ = 0;
};

inline constexpr std::uint16_t kNoValue = UINT16_MAX;

// Flags of the state row.
enum StateFlag : std::uint8_t {
  kSlaMet = 1, kSlaKnown = 2, kHasCategory = 4, kHasImpact = 8, kHasUrgency = 16, kHasClosedCode = 32,
  kHasPriority = 64,
};
// Flags that hold when any row of the case has them.
enum AnyFlag : std::uint8_t { kProblemLinked = 1, kUnknownState = 2, kOpenedDiffers = 4 };

// One row after parsing, in the form the case update needs.
struct ParsedRow {
  std::int64_t order = 0;  // sequence, or updated_at when the log has none
  Timestamp updated = kNoTime;
  std::uint64_t position = 0;  // byte offset: the last tie-break
  Timestamp opened = kNoTime, resolved = kNoTime, closed = kNoTime;
  std::int32_t reopen = -1, reassign = -1;
  std::uint16_t priority = kNoValue, state = kNoValue;
  std::uint8_t state_flags = 0;
  std::uint8_t any_flags = 0;
};

// Packed (90 bytes, not 96): there is one per case, millions of them.
struct __attribute__((packed)) CaseState {
  std::int64_t order = INT64_MIN;
  Timestamp updated = kNoTime;
  std::uint64_t position = 0;
  Timestamp opened = kNoTime, resolved = kNoTime;
  Timestamp opened_min = INT64_MAX;  // over all rows (kOpenedDiffers: they disagree)
  Timestamp first_resolving = INT64_MAX;  // earliest updated_at of a resolving-state row
  std::int64_t first_closed_order = INT64_MAX, last_open_order = INT64_MIN;
  std::uint32_t events = 0;
  std::int32_t max_reopen = -1, max_reassign = -1;
  std::uint16_t priority = kNoValue, state = kNoValue;
  std::uint8_t state_flags = 0, any_flags = 0;

  bool resolved_known() const { return resolved != kNoTime; }
};

class CaseTable {
 public:
  explicit CaseTable(const Mapping& mapping);

  // The case for an id (added when new).
  CaseState& case_for(std::string_view id);
  void update(CaseState& state, const ParsedRow& row);
  // Moves every case of other into this table, freeing other's cases as it
  // goes (other is left empty of cases).
  void merge(CaseTable& other);

  ValueSet& states() { return states_; }
  ValueSet& priorities() { return priorities_; }
  const ValueSet& states() const { return states_; }
  const ValueSet& priorities() const { return priorities_; }
  std::size_t size() const { return size_; }
  const CaseState& at(std::size_t i) const { return slot(i); }
  std::string_view id(std::size_t i) const { return ids_.get(static_cast<std::uint32_t>(i)); }

 private:
  void combine(CaseState& into, const CaseState& from, const std::vector<std::uint16_t>& state_ids,
               const std::vector<std::uint16_t>& priority_ids);
  const Mapping& mapping_;
  Interner ids_;
  // Fixed-size blocks: growing never copies, so peak memory is the cases
  // themselves (a vector would briefly hold twice as many).
  static constexpr std::size_t kBlock = 1 << 16;
  static constexpr std::size_t kFirstCapacity = 256;
  std::size_t block_capacity_ = 0;  // of the last block
  CaseState& slot(std::size_t i) { return blocks_[i / kBlock][i % kBlock]; }
  const CaseState& slot(std::size_t i) const { return blocks_[i / kBlock][i % kBlock]; }
  void add_case();
  std::vector<std::unique_ptr<CaseState[]>> blocks_;
  std::size_t size_ = 0;
  ValueSet states_;
  ValueSet priorities_;
  std::string last_id_;
  std::uint32_t last_index_ = UINT32_MAX;
};

}  // namespace candor::ops
