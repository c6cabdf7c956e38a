// How a ticket export's columns map onto what candor computes with. A built-in
// profile (servicenow, generic, jira) is a Mapping; a user's mapping file
// (mapping_file.h) yields one too. Columns are named by header or by position
// because real exports have duplicate or damaged header names; coded values
// can be mapped to labels (e.g. "3" -> "3 - Moderate").
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "ops/values.h"

namespace candor::ops {

// The fields candor reads from each event row.
enum class Field {
  kCaseId,             // the ticket number (required)
  kState,              // the state (or activity) the row records
  kSequence,           // per-case update counter (sys_mod_count); orders rows
  kUpdatedAt,          // when the row was written; orders rows without a sequence
  kOpenedAt,
  kResolvedAt,
  kClosedAt,
  kPriority,
  kMadeSla,
  kReopenCount,
  kReassignmentCount,
  kCategory,
  kImpact,
  kUrgency,
  kProblemId,
  kClosedCode,
  kAssignmentGroup,    // the resource
  kContactType,
};
inline constexpr std::size_t kFieldCount = 18;
const char* field_name(Field field);  // "case_id", "state", ...
std::optional<Field> field_from_name(const std::string& name);

struct ColumnSource {
  std::string header;  // matched case-insensitively, surrounding spaces ignored
  int position = 0;    // 1-based; 0 = by header
};

struct Mapping {
  std::string name;         // "servicenow", or the mapping file's path
  std::string description;  // how it was given (for the fingerprint)
  std::string record_type = "incident";
  std::array<std::optional<ColumnSource>, kFieldCount> columns;
  std::array<std::map<std::string, std::string>, kFieldCount> value_maps;
  char delimiter = 0;                   // 0: detected from the header line
  std::optional<DateOrder> date_order;  // empty: detected from the data
  int zone_offset_minutes = 0;
  std::string time_zone = "local time of the export (not stated in the file)";
  // Without a resolved_at column, a case is resolved when it reaches one of
  // these states (the time of the first such row is its resolution time).
  std::vector<std::string> resolved_states = {"Resolved", "Closed"};
  std::vector<std::string> closed_states = {"Closed"};
  // The lifecycle states a case may be in; empty: not checked.
  std::vector<std::string> allowed_states;
  // Generic event logs: the state is the last activity of the case; opened
  // and resolved times come from the first row and the first resolving row.
  bool event_log = false;

  const std::optional<ColumnSource>& column(Field field) const { return columns[static_cast<std::size_t>(field)]; }
  void set(Field field, std::string header) { columns[static_cast<std::size_t>(field)] = ColumnSource{std::move(header), 0}; }
};

// The built-in profiles: "servicenow", "generic", "jira".
Result<Mapping> builtin_profile(const std::string& name);
std::vector<std::string> builtin_profile_names();

// Column indexes (0-based) per field for a header; -1 where the mapping has
// no column. Fails naming the file, line 1 and each missing key column
// (case_id, sequence, updated_at) or position out of range; another column
// the header lacks is left out with a warning.
Result<std::array<int, kFieldCount>> resolve_columns(const Mapping& mapping, const std::vector<std::string>& header,
                                                     const std::string& file, std::vector<std::string>* warnings);

}  // namespace candor::ops
