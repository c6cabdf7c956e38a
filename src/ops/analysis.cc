#include "ops/analysis.h"

#include "ops/mapping_file.h"

namespace candor::ops {

Result<Mapping> choose_mapping(const std::string& profile, const std::string& mapping_file) {
  if (!profile.empty() && !mapping_file.empty()) {
    return Error::invalid_input("give either --profile or --mapping, not both", Location{"", 0, 0, "--mapping"});
  }
  if (!mapping_file.empty()) return load_mapping_file(mapping_file);
  return builtin_profile(profile.empty() ? "servicenow" : profile);
}

Result<std::unique_ptr<LogAnalysis>> analyse_log(const AnalysisRequest& request) {
  auto analysis = std::make_unique<LogAnalysis>();
  analysis->mapping = std::make_unique<Mapping>(
      request.mapping_text ? CANDOR_TRY(load_mapping_text(*request.mapping_text, request.mapping_file))
                           : CANDOR_TRY(choose_mapping(request.profile, request.mapping_file)));
  analysis->input = CANDOR_TRY(request.bytes ? InputBuffer::from_upload(*request.bytes, request.file)
                                             : InputBuffer::open(request.file));
  analysis->log = CANDOR_TRY(read_log(*analysis->input, *analysis->mapping, request.read));
  if (request.strict && analysis->log.bad_rows > 0) {
    std::vector<Error> problems;
    for (const auto& bad : analysis->log.bad_row_examples) {
      problems.push_back(Error::invalid_input("bad row: " + bad.reason, Location{request.file, static_cast<int>(bad.line)}));
    }
    problems.push_back(Error::invalid_input(std::to_string(analysis->log.bad_rows) + " bad rows (--strict refuses any)",
                                            Location{request.file}));
    return Error::many(std::move(problems));
  }
  analysis->kpis = compute_kpis(analysis->log);
  return analysis;
}

}  // namespace candor::ops
