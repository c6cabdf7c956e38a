// Checking a candidate's application against a scheme's entry requirements,
// with dates computed against the seminar date. A pure function: it says
// which requirement each CV entry or certificate satisfies and what is
// missing, never whether the tutor must accept it.
#pragma once

#include <string>
#include <vector>

#include "base/date.h"
#include "scheme/candidate.h"
#include "scheme/scheme.h"

namespace candor::scheme {

struct EntryRequirementResult {
  std::string id;
  std::string title;
  EntryKind kind = EntryKind::kExperience;
  Obligation obligation = Obligation::kMandatory;
  bool satisfied = false;
  std::vector<int> entries;           // 1-based CV entries that count towards it
  std::vector<std::string> matched;   // certificates or task ids that satisfy it
  std::vector<std::string> missing;   // what would still be needed
  std::vector<std::string> notes;     // why an entry did not count, and the like
  // Experience requirements: the window and the days counted in it.
  Date window_start;
  Date window_end;  // inclusive: the day before the seminar
  long qualifying_days = 0;
  long required_days = 0;
};

struct EntryCheck {
  Date seminar;
  std::vector<EntryRequirementResult> requirements;
  bool eligible = false;  // every mandatory requirement satisfied
  std::vector<std::string> warnings;
};

EntryCheck check_entry(const Candidate& candidate, const Scheme& scheme, Date seminar);

// Days covered by a set of closed date intervals, overlaps counted once.
long covered_days(std::vector<std::pair<Date, Date>> intervals);

}  // namespace candor::scheme
