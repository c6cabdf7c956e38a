// The KPIs practitioners use, computed from the per-case table of a log, and
// the conformance checks mapped to ISO/IEC 20000-1 requirements. Every
// definition is written down in docs/ops.md; the code follows it literally
// so that an independent computation (a test, DuckDB, pandas) gets the same
// numbers.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ops/log_reader.h"

namespace candor::ops {

struct PriorityKpis {
  std::string priority;  // as written in the data (after the mapping's value map)
  std::uint64_t cases = 0;
  std::uint64_t resolved = 0;
  double p50_hours = 0, p90_hours = 0, p99_hours = 0;  // NaN without resolved cases
  double sla_met_ratio = 0;
};

struct MonthKpis {
  std::string month;  // "2016-03"
  std::uint64_t opened = 0;
  std::uint64_t resolved = 0;
  std::uint64_t backlog = 0;  // open at the month's end
  double backlog_mean_age_days = 0;
};

struct CheckResult {
  std::string id;
  std::string requirement;  // ISO/IEC 20000-1 requirement id, e.g. "8.6.1"
  std::string title;
  std::uint64_t passed = 0;
  std::uint64_t failed = 0;
  std::vector<std::string> failing_examples;  // case ids, smallest first
};

struct Kpis {
  std::string record_type;
  std::uint64_t events = 0, cases = 0, bad_rows = 0, resolved = 0;
  double sla_met_ratio = 0, reopen_ratio = 0, mean_reassignments = 0;
  double reassignment_ping_pong_ratio = 0;   // share of cases with >= 3 reassignments
  double first_contact_resolution_ratio = 0;  // resolved cases never reassigned nor reopened
  double problem_linkage_ratio = 0;
  double p50_hours = 0, p90_hours = 0, p99_hours = 0;
  std::vector<PriorityKpis> priorities;
  std::vector<MonthKpis> months;
  std::vector<CheckResult> checks;
};

// Percentile by linear interpolation between closest ranks (DuckDB's
// quantile_cont, pandas' default); `sorted` ascending. NaN when empty.
double percentile(const std::vector<double>& sorted, double q);

Kpis compute_kpis(const LogSummary& log, std::size_t failing_examples = 5);

}  // namespace candor::ops
