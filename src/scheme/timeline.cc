#include "scheme/timeline.h"

#include <algorithm>

namespace candor::scheme {

const char* to_string(DeadlineState state) {
  switch (state) {
    case DeadlineState::kDone: return "done";
    case DeadlineState::kLate: return "late";
    case DeadlineState::kAtRisk: return "at_risk";
    case DeadlineState::kOpen: return "open";
  }
  return "?";
}

Result<DatedTimeline> date_timeline(const Timeline& timeline, Date seminar) {
  DatedTimeline dated;
  dated.mode = timeline.mode;
  dated.seminar = seminar;
  dated.at_risk_days = timeline.at_risk_days;
  const Stage* anchor = timeline.find_stage(timeline.anchor_stage);
  dated.week_zero = anchor ? seminar.add_days(-7 * anchor->from_week) : seminar;
  for (const auto& stage : timeline.stages) {
    DatedStage out{stage.id, stage.title, dated.week_zero.add_days(7 * stage.from_week), {},
                   stage.exam};
    out.end = stage.max_days > 0 ? out.start.add_days(stage.max_days - 1)
                                 : dated.week_zero.add_days(7 * stage.to_week + 6);
    dated.stages.push_back(out);
  }
  for (const auto& deadline : timeline.deadlines) {
    auto stage = std::find_if(dated.stages.begin(), dated.stages.end(),
                              [&](const DatedStage& s) { return s.id == deadline.stage; });
    if (stage == dated.stages.end()) {
      return Error::invalid_input("deadline '" + deadline.id + "' names unknown stage '" +
                                  deadline.stage + "'", deadline.where);
    }
    const Date anchor_day =
        deadline.anchor == Deadline::Anchor::kStageEnd ? stage->end : stage->start;
    dated.deadlines.push_back(DatedDeadline{deadline.id, deadline.title, deadline.artefact,
                                            anchor_day.add_days(deadline.offset_days)});
  }
  if (timeline.max_duration_months > 0) {
    // Distance learning: the only fixed date is the end of the allowed time.
    dated.deadlines.push_back(DatedDeadline{
        "programme-complete",
        "Training and project complete (within " + std::to_string(timeline.max_duration_months) +
            " months)",
        "", seminar.add_months(timeline.max_duration_months).add_days(-1)});
  }
  std::stable_sort(dated.deadlines.begin(), dated.deadlines.end(),
                   [](const DatedDeadline& a, const DatedDeadline& b) { return a.due < b.due; });
  return dated;
}

Result<TimelineStatus> timeline_status(const DatedTimeline& timeline, Date today,
                                       const std::vector<std::string>& done) {
  for (const auto& id : done) {
    const bool known = std::any_of(timeline.deadlines.begin(), timeline.deadlines.end(),
                                   [&](const DatedDeadline& d) { return d.id == id; });
    if (!known) return Error::invalid_input("--done names unknown deadline '" + id + "'");
  }
  TimelineStatus status;
  status.today = today;
  for (const auto& stage : timeline.stages) {
    if (stage.start <= today && today <= stage.end) status.current_stages.push_back(stage.id);
  }
  for (const auto& deadline : timeline.deadlines) {
    DeadlineStatus out{deadline.id, deadline.title, deadline.due};
    out.days_left = deadline.due.days() - today.days();
    if (std::find(done.begin(), done.end(), deadline.id) != done.end()) {
      out.state = DeadlineState::kDone;
    } else if (out.days_left < 0) {
      out.state = DeadlineState::kLate;
      status.late.push_back(deadline.id);
    } else if (out.days_left <= timeline.at_risk_days) {
      out.state = DeadlineState::kAtRisk;
      status.at_risk.push_back(deadline.id);
    }
    status.deadlines.push_back(out);
  }
  return status;
}

}  // namespace candor::scheme
