// A cohort's dated timeline: the scheme's stages and deadlines, which are
// in weeks relative to an anchor stage, turned into calendar dates from the
// seminar date; and, on a given day, which deadlines are late or at risk.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/result.h"
#include "scheme/scheme.h"

namespace candor::scheme {

struct DatedStage {
  std::string id;
  std::string title;
  Date start;
  Date end;  // inclusive
  bool exam = false;
};

struct DatedDeadline {
  std::string id;
  std::string title;
  std::string artefact;
  Date due;
};

struct DatedTimeline {
  std::string mode;
  Date seminar;
  Date week_zero;  // the first day of week 0
  std::vector<DatedStage> stages;
  std::vector<DatedDeadline> deadlines;
  int at_risk_days = 0;
};

Result<DatedTimeline> date_timeline(const Timeline& timeline, Date seminar);

enum class DeadlineState { kDone, kLate, kAtRisk, kOpen };
const char* to_string(DeadlineState state);

struct DeadlineStatus {
  std::string id;
  std::string title;
  Date due;
  DeadlineState state = DeadlineState::kOpen;
  long days_left = 0;  // negative when overdue
};

struct TimelineStatus {
  Date today;
  std::vector<std::string> current_stages;
  std::vector<DeadlineStatus> deadlines;
  std::vector<std::string> late;     // deadline ids
  std::vector<std::string> at_risk;  // deadline ids
};

// `done`: ids of deadlines already met. An unknown id is refused.
Result<TimelineStatus> timeline_status(const DatedTimeline& timeline, Date today,
                                       const std::vector<std::string>& done);

}  // namespace candor::scheme
