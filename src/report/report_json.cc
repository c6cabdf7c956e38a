#include "report/report_json.h"

#include <nlohmann/json.hpp>

#include "base/version.h"
#include "report/record_json.h"
#include "report/results_json.h"
#include "report/roadmap_json.h"

namespace candor {
namespace {

template <class T>
nlohmann::json records(const std::vector<T>& items) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& item : items) out.push_back(to_json(item));
  return out;
}

}  // namespace

nlohmann::json report_json(const ReportInput& input) {
  nlohmann::json out = results_json(input);
  out["roadmap"] = input.roadmap ? roadmap_json(*input.roadmap) : nlohmann::json(nullptr);
  out["claims"] = records(input.record.claims);
  out["evidence"] = records(input.record.evidence);
  out["judgements"] = records(input.record.judgements);
  out["framework"] = {{"key", input.framework.key()},
                      {"sha256", input.record.assessment.framework_sha256},
                      {"title", input.framework.title}};
  out["workspace"] = input.workspace;
  out["generated_at"] = input.generated_at;
  out["candor_version"] = version();
  out["journal_head"] = input.journal_head;
  return out;
}

}  // namespace candor
