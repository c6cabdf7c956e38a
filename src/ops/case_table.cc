#include "ops/case_table.h"

#include <algorithm>

namespace candor::ops {
namespace {

// CaseState is packed: its fields are taken by value, never bound to a
// reference (std::max would bind one to a misaligned field).
template <typename T>
T larger(T a, T b) { return a < b ? b : a; }
template <typename T>
T smaller(T a, T b) { return b < a ? b : a; }

bool contains(const std::vector<std::string>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// Whether row (order, updated, position) a comes after b in the case's history.
bool later(std::int64_t a_order, Timestamp a_updated, std::uint64_t a_position, std::int64_t b_order,
           Timestamp b_updated, std::uint64_t b_position) {
  if (a_order != b_order) return a_order > b_order;
  if (a_updated != b_updated) return a_updated > b_updated;
  return a_position > b_position;
}

}  // namespace

std::uint16_t ValueSet::intern(std::string_view raw) {
  if (!last_raw_.empty() && raw == last_raw_) return last_id_;
  // Few distinct values (states, priorities): a scan beats hashing.
  if (raw_.size() <= 16) {
    for (std::uint32_t id = 0; id < raw_.size(); ++id) {
      if (raw_.get(id) == raw) {
        last_raw_ = raw_.get(id);
        return last_id_ = raw_to_name_[id];
      }
    }
  }
  bool added = false;
  const std::uint32_t raw_id = raw_.intern(raw, &added);
  if (added) {
    std::string_view name = raw;
    if (value_map_) {
      const auto mapped = value_map_->find(std::string(raw));
      if (mapped != value_map_->end()) name = mapped->second;
    }
    bool name_added = false;
    const std::uint32_t name_id = names_.intern(name, &name_added);
    raw_to_name_.push_back(static_cast<std::uint16_t>(std::min<std::uint32_t>(name_id, kNoValue - 1)));
    if (name_added) {
      ValueInfo info;
      if (states_ && mapping_) {
        info.closed = contains(mapping_->closed_states, name);
        info.resolving = contains(mapping_->resolved_states, name);
        info.allowed = mapping_->allowed_states.empty() || contains(mapping_->allowed_states, name);
      }
      infos_.push_back(info);
    }
  }
  last_id_ = raw_to_name_[raw_id];
  last_raw_ = raw_.get(raw_id);
  return last_id_;
}

CaseTable::CaseTable(const Mapping& mapping)
    : mapping_(mapping),
      states_(&mapping.value_maps[static_cast<std::size_t>(Field::kState)], &mapping, true),
      priorities_(&mapping.value_maps[static_cast<std::size_t>(Field::kPriority)], &mapping, false) {}

CaseState& CaseTable::case_for(std::string_view id) {
  // Audit logs list a case's rows together: the previous id is the best guess.
  if (last_index_ != UINT32_MAX && id == last_id_) return slot(last_index_);
  bool added = false;
  const std::uint32_t index = ids_.intern(id, &added);
  if (added) add_case();
  last_id_.assign(id);
  last_index_ = index;
  return slot(index);
}

void CaseTable::add_case() {
  const std::size_t in_block = size_ % kBlock;
  if (in_block == 0) {
    blocks_.push_back(std::make_unique<CaseState[]>(kFirstCapacity));
    block_capacity_ = kFirstCapacity;
  } else if (in_block == block_capacity_) {  // a small log stays small: blocks grow to kBlock
    const std::size_t capacity = std::min(kBlock, block_capacity_ * 4);
    auto bigger = std::make_unique<CaseState[]>(capacity);
    std::copy(blocks_.back().get(), blocks_.back().get() + in_block, bigger.get());
    blocks_.back() = std::move(bigger);
    block_capacity_ = capacity;
  }
  ++size_;
}

void CaseTable::update(CaseState& c, const ParsedRow& row) {
  ++c.events;
  c.max_reopen = larger(c.max_reopen, row.reopen);
  c.max_reassign = larger(c.max_reassign, row.reassign);
  c.any_flags |= row.any_flags;
  if (row.opened != kNoTime) {
    if (c.opened_min != INT64_MAX && c.opened_min != row.opened) c.any_flags |= kOpenedDiffers;
    c.opened_min = smaller(c.opened_min, row.opened);
  }
  if (row.state != kNoValue) {
    const ValueInfo& info = states_.info(row.state);
    if (info.resolving && row.updated != kNoTime) c.first_resolving = smaller(c.first_resolving, row.updated);
    if (info.closed) c.first_closed_order = smaller(c.first_closed_order, row.order);
    else c.last_open_order = larger(c.last_open_order, row.order);
    if (!info.allowed) c.any_flags |= kUnknownState;
  }
  if (c.events == 1 || later(row.order, row.updated, row.position, c.order, c.updated, c.position)) {
    c.order = row.order;
    c.updated = row.updated;
    c.position = row.position;
    c.opened = row.opened;
    c.resolved = row.resolved;
    c.priority = row.priority;
    c.state = row.state;
    c.state_flags = row.state_flags;
  }
}

void CaseTable::combine(CaseState& into, const CaseState& from, const std::vector<std::uint16_t>& state_ids,
                        const std::vector<std::uint16_t>& priority_ids) {
  const bool take_state =
      into.events == 0 || later(from.order, from.updated, from.position, into.order, into.updated, into.position);
  into.events += from.events;
  into.max_reopen = larger(into.max_reopen, from.max_reopen);
  into.max_reassign = larger(into.max_reassign, from.max_reassign);
  into.any_flags |= from.any_flags;
  if (into.opened_min != INT64_MAX && from.opened_min != INT64_MAX && into.opened_min != from.opened_min) {
    into.any_flags |= kOpenedDiffers;
  }
  into.opened_min = smaller(into.opened_min, from.opened_min);
  into.first_resolving = smaller(into.first_resolving, from.first_resolving);
  into.first_closed_order = smaller(into.first_closed_order, from.first_closed_order);
  into.last_open_order = larger(into.last_open_order, from.last_open_order);
  if (take_state) {
    into.order = from.order;
    into.updated = from.updated;
    into.position = from.position;
    into.opened = from.opened;
    into.resolved = from.resolved;
    into.priority = from.priority == kNoValue ? kNoValue : priority_ids[from.priority];
    into.state = from.state == kNoValue ? kNoValue : state_ids[from.state];
    into.state_flags = from.state_flags;
  }
}

void CaseTable::merge(CaseTable& other) {
  std::vector<std::uint16_t> state_ids, priority_ids;
  for (std::uint16_t i = 0; i < other.states_.size(); ++i) state_ids.push_back(states_.intern(other.states_.name(i)));
  for (std::uint16_t i = 0; i < other.priorities_.size(); ++i) {
    priority_ids.push_back(priorities_.intern(other.priorities_.name(i)));
  }
  last_index_ = UINT32_MAX;
  // Cases mostly recur across the threads' tables: room for the larger one;
  // the interner grows by itself if other brings more new ids than that.
  ids_.reserve(std::max(size_, other.size_), std::max(ids_.bytes(), other.ids_.bytes()));
  for (std::size_t i = 0; i < other.size_; ++i) {
    bool added = false;
    const std::uint32_t index = ids_.intern(other.ids_.get(static_cast<std::uint32_t>(i)), &added);
    if (added) add_case();
    combine(slot(index), other.slot(i), state_ids, priority_ids);
    if ((i + 1) % kBlock == 0) other.blocks_[i / kBlock].reset();  // merged: give the memory back now
  }
  other.blocks_.clear();
  other.size_ = 0;
}

}  // namespace candor::ops
