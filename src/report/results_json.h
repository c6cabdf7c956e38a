// The JSON of an assessment's results: the contract of `candor results
// --json`, which tests and other tools parse. Documented in docs/report.md.
// "Not assessed" is always null, never 0 or "conforming".
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "report/report_input.h"

namespace candor {

nlohmann::json results_json(const ReportInput& input);

// Parts of it, reused by the full JSON report.
nlohmann::json to_json(const Confidence& confidence);
nlohmann::json to_json(const ProcessResult& process);
nlohmann::json to_json(const ConformityResult& requirement);

}  // namespace candor
