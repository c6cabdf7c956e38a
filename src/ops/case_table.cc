#include "ops/case_table.h"

#include <algorithm>

namespace candor::ops {
namespace {

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
  if (last_index_ != UINT32_MAX && id == last_id_) return cases_[last_index_];
  bool added = false;
  const std::uint32_t index = ids_.intern(id, &added);
  if (added) cases_.emplace_back();
  last_id_.assign(id);
  last_index_ = index;
  return cases_[index];
}

void CaseTable::update(CaseState& c, const ParsedRow& row) {
  ++c.events;
  c.max_reopen = std::max(c.max_reopen, row.reopen);
  c.max_reassign = std::max(c.max_reassign, row.reassign);
  c.any_flags |= row.any_flags;
  if (row.opened != kNoTime) {
    c.opened_min = std::min(c.opened_min, row.opened);
    c.opened_max = std::max(c.opened_max, row.opened);
  }
  if (row.state != kNoValue) {
    const ValueInfo& info = states_.info(row.state);
    if (info.resolving && row.updated != kNoTime) c.first_resolving = std::min(c.first_resolving, row.updated);
    if (info.closed) c.first_closed_order = std::min(c.first_closed_order, row.order);
    else c.last_open_order = std::max(c.last_open_order, row.order);
    if (!info.allowed) c.any_flags |= kUnknownState;
  }
  if (c.events == 1 || later(row.order, row.updated, row.position, c.order, c.updated, c.position)) {
    c.order = row.order;
    c.updated = row.updated;
    c.position = row.position;
    c.opened = row.opened;
    c.resolved = row.resolved;
    c.closed = row.closed;
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
  into.max_reopen = std::max(into.max_reopen, from.max_reopen);
  into.max_reassign = std::max(into.max_reassign, from.max_reassign);
  into.any_flags |= from.any_flags;
  into.opened_min = std::min(into.opened_min, from.opened_min);
  into.opened_max = std::max(into.opened_max, from.opened_max);
  into.first_resolving = std::min(into.first_resolving, from.first_resolving);
  into.first_closed_order = std::min(into.first_closed_order, from.first_closed_order);
  into.last_open_order = std::max(into.last_open_order, from.last_open_order);
  if (take_state) {
    into.order = from.order;
    into.updated = from.updated;
    into.position = from.position;
    into.opened = from.opened;
    into.resolved = from.resolved;
    into.closed = from.closed;
    into.priority = from.priority == kNoValue ? kNoValue : priority_ids[from.priority];
    into.state = from.state == kNoValue ? kNoValue : state_ids[from.state];
    into.state_flags = from.state_flags;
  }
}

void CaseTable::merge(const CaseTable& other) {
  std::vector<std::uint16_t> state_ids, priority_ids;
  for (std::uint16_t i = 0; i < other.states_.size(); ++i) state_ids.push_back(states_.intern(other.states_.name(i)));
  for (std::uint16_t i = 0; i < other.priorities_.size(); ++i) {
    priority_ids.push_back(priorities_.intern(other.priorities_.name(i)));
  }
  last_index_ = UINT32_MAX;
  cases_.reserve(cases_.size() + other.cases_.size());
  for (std::size_t i = 0; i < other.cases_.size(); ++i) {
    bool added = false;
    const std::uint32_t index = ids_.intern(other.ids_.get(static_cast<std::uint32_t>(i)), &added);
    if (added) cases_.emplace_back();
    combine(cases_[index], other.cases_[i], state_ids, priority_ids);
  }
}

}  // namespace candor::ops
