// Everything a report renders, gathered by the caller (the app layer): the
// framework and record the results were computed from, the results
// themselves, the roadmap when one was planned, and the facts that anchor the
// report in time and in the tamper-evident journal.
#pragma once

#include <string>

#include "core/assessment.h"
#include "core/benchmark.h"
#include "core/evaluation.h"
#include "core/framework.h"
#include "core/roadmap.h"
#include "core/trend.h"

namespace candor {

struct ReportInput {
  const Framework& framework;
  const AssessmentRecord& record;
  const Results& results;
  const Roadmap* roadmap = nullptr;  // null: no roadmap was planned
  std::string workspace;
  std::string journal_head;  // hash of the journal's latest entry when the report was made
  std::string generated_at;  // UTC timestamp, "2026-11-23T17:59:01Z"
  const BenchmarkComparison* benchmark = nullptr;  // null: the workspace has no peer pool for it
  const Trend* trend = nullptr;                    // null: the subject has no earlier assessment
};

}  // namespace candor
