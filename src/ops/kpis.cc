#include "ops/kpis.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <thread>

namespace candor::ops {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double ratio(std::uint64_t part, std::uint64_t whole) { return whole ? double(part) / double(whole) : kNaN; }

// When the case was opened and resolved, by the mapping's rules.
struct CaseTimes {
  Timestamp opened = kNoTime, resolved = kNoTime;
};

CaseTimes times_of(const CaseState& c, const LogSummary& log) {
  CaseTimes t;
  const bool opened_column = log.layout.column(Field::kOpenedAt) >= 0;
  t.opened = opened_column ? c.opened : (c.opened_min == INT64_MAX ? kNoTime : c.opened_min);
  if (log.layout.column(Field::kResolvedAt) >= 0) t.resolved = c.resolved;
  else if (c.first_resolving != INT64_MAX) t.resolved = c.first_resolving;
  return t;
}

void fill_percentiles(std::vector<double>& hours, double& p50, double& p90, double& p99) {
  std::sort(hours.begin(), hours.end());
  p50 = percentile(hours, 0.5);
  p90 = percentile(hours, 0.9);
  p99 = percentile(hours, 0.99);
}

// Volumes per month, and the backlog at each month end: cases opened before
// it and not resolved before it, with their mean age. A sweep over month
// indexes: a case enters the backlog at the first month end after it opened
// and leaves at the first month end after it was resolved.
std::vector<MonthKpis> compute_months(const LogSummary& log) {
  std::vector<MonthKpis> result;
  const CaseTable& table = *log.cases;
  int first = INT32_MAX, last = INT32_MIN;
  for (std::size_t i = 0; i < table.size(); ++i) {
    const CaseTimes times = times_of(table.at(i), log);
    for (Timestamp t : {times.opened, times.resolved}) {
      if (t == kNoTime) continue;
      first = std::min(first, month_index(t));
      last = std::max(last, month_index(t));
    }
  }
  if (first == INT32_MAX || last - first > 1200) return result;
  const std::size_t count = static_cast<std::size_t>(last - first + 1);
  std::vector<MonthKpis> months(count);
  std::vector<std::int64_t> enter(count + 1, 0);
  // Sums of opened times in whole seconds: exact, so the result does not
  // depend on the order of the cases (which follows the thread schedule).
  std::vector<std::int64_t> enter_opened(count + 1, 0);
  for (std::size_t i = 0; i < table.size(); ++i) {
    const CaseTimes t = times_of(table.at(i), log);
    if (t.resolved != kNoTime) months[month_index(t.resolved) - first].resolved++;
    if (t.opened == kNoTime) continue;
    const std::size_t in = month_index(t.opened) - first;
    months[in].opened++;
    std::size_t out = count;
    if (t.resolved != kNoTime) out = std::max(in, static_cast<std::size_t>(month_index(t.resolved) - first));
    if (out == in) continue;
    enter[in] += 1, enter[out] -= 1;
    enter_opened[in] += t.opened, enter_opened[out] -= t.opened;
  }
  std::int64_t open = 0;
  std::int64_t opened_seconds = 0;
  for (std::size_t m = 0; m < count; ++m) {
    open += enter[m];
    opened_seconds += enter_opened[m];
    MonthKpis& month = months[m];
    month.month = month_name(first + static_cast<int>(m));
    month.backlog = static_cast<std::uint64_t>(open);
    const std::int64_t end = month_start(first + static_cast<int>(m) + 1);
    month.backlog_mean_age_days = open ? double(end * open - opened_seconds) / double(open) / 86400.0 : 0;
    result.push_back(month);
  }
  return result;
}

}  // namespace

double percentile(const std::vector<double>& sorted, double q) {
  if (sorted.empty()) return kNaN;
  const double position = q * double(sorted.size() - 1);
  const auto below = static_cast<std::size_t>(std::floor(position));
  const std::size_t above = std::min(below + 1, sorted.size() - 1);
  return sorted[below] + (position - double(below)) * (sorted[above] - sorted[below]);
}

std::vector<CheckResult> compute_checks(const LogSummary& log, std::size_t examples);

Kpis compute_kpis(const LogSummary& log, std::size_t failing_examples) {
  const CaseTable& table = *log.cases;
  Kpis kpis;
  // The checks and the monthly figures each read every case once more: on
  // millions of cases they run beside the rest, one thread each.
  std::thread checks([&] { kpis.checks = compute_checks(log, failing_examples); });
  std::thread months([&] { kpis.months = compute_months(log); });
  kpis.record_type = log.layout.mapping->record_type;
  kpis.events = log.events;
  kpis.bad_rows = log.bad_rows;
  kpis.cases = table.size();
  std::uint64_t sla_met = 0, reopened = 0, ping_pong = 0, first_contact = 0, linked = 0;
  double reassignments = 0;
  const std::size_t groups = table.priorities().size() + 1;  // the last: no priority
  auto group_of = [&](const CaseState& c) { return c.priority == kNoValue ? groups - 1 : c.priority; };
  // Sized exactly first: on logs with millions of cases a doubling vector
  // would set the peak memory of the whole run.
  std::vector<std::size_t> timed(groups, 0);
  for (std::size_t i = 0; i < table.size(); ++i) {
    const CaseTimes t = times_of(table.at(i), log);
    if (t.resolved != kNoTime && t.opened != kNoTime) ++timed[group_of(table.at(i))];
  }
  std::vector<std::vector<double>> hours_by_priority(groups);
  std::size_t all_timed = 0;
  for (std::size_t p = 0; p < groups; ++p) {
    hours_by_priority[p].reserve(timed[p]);
    all_timed += timed[p];
  }
  std::vector<PriorityKpis> by_priority(groups);
  std::vector<std::uint64_t> sla_by_priority(groups, 0);
  for (std::size_t i = 0; i < table.size(); ++i) {
    const CaseState& c = table.at(i);
    const std::size_t p = group_of(c);
    const bool met = c.state_flags & kSlaMet;
    sla_met += met;
    sla_by_priority[p] += met;
    reopened += c.max_reopen > 0;
    reassignments += c.max_reassign > 0 ? c.max_reassign : 0;  // by value: CaseState is packed
    ping_pong += c.max_reassign >= 3;
    linked += (c.any_flags & kProblemLinked) != 0;
    by_priority[p].cases++;
    const CaseTimes t = times_of(c, log);
    if (t.resolved != kNoTime) {
      ++kpis.resolved;
      by_priority[p].resolved++;
      first_contact += c.max_reassign <= 0 && c.max_reopen <= 0;
      if (t.opened != kNoTime) hours_by_priority[p].push_back(double(t.resolved - t.opened) / 3600.0);
    }
  }
  // A KPI whose column the log lacks is not computed (NaN, null in JSON),
  // rather than reported as 0.
  const auto has = [&](Field field) { return log.layout.column(field) >= 0; };
  const bool has_sla = has(Field::kMadeSla), has_reopen = has(Field::kReopenCount);
  const bool has_reassign = has(Field::kReassignmentCount);
  kpis.sla_met_ratio = has_sla ? ratio(sla_met, kpis.cases) : kNaN;
  kpis.reopen_ratio = has_reopen ? ratio(reopened, kpis.cases) : kNaN;
  kpis.mean_reassignments = kpis.cases && has_reassign ? reassignments / double(kpis.cases) : kNaN;
  kpis.reassignment_ping_pong_ratio = has_reassign ? ratio(ping_pong, kpis.cases) : kNaN;
  kpis.first_contact_resolution_ratio = has_reassign || has_reopen ? ratio(first_contact, kpis.resolved) : kNaN;
  kpis.problem_linkage_ratio = has(Field::kProblemId) ? ratio(linked, kpis.cases) : kNaN;
  for (std::size_t p = 0; p < by_priority.size(); ++p) {
    PriorityKpis& k = by_priority[p];
    if (k.cases == 0) continue;
    k.priority = p + 1 == by_priority.size() ? "" : std::string(table.priorities().name(static_cast<std::uint16_t>(p)));
    k.sla_met_ratio = has_sla ? ratio(sla_by_priority[p], k.cases) : kNaN;
    fill_percentiles(hours_by_priority[p], k.p50_hours, k.p90_hours, k.p99_hours);
    kpis.priorities.push_back(k);
  }
  {
    // Overall percentiles: merge the sorted groups, freeing each as it goes.
    std::vector<double> all_hours;
    all_hours.reserve(all_timed);
    for (auto& hours : hours_by_priority) {
      const auto middle = all_hours.insert(all_hours.end(), hours.begin(), hours.end());
      std::inplace_merge(all_hours.begin(), middle, all_hours.end());
      std::vector<double>().swap(hours);
    }
    kpis.p50_hours = percentile(all_hours, 0.5);
    kpis.p90_hours = percentile(all_hours, 0.9);
    kpis.p99_hours = percentile(all_hours, 0.99);
  }
  std::sort(kpis.priorities.begin(), kpis.priorities.end(),
            [](const PriorityKpis& a, const PriorityKpis& b) { return a.priority < b.priority; });
  checks.join();
  months.join();
  return kpis;
}

}  // namespace candor::ops
