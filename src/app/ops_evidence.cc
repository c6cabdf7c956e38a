#include "app/ops_evidence.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "base/date.h"
#include "base/sha256.h"
#include "base/version.h"
#include "ops/kpi_json.h"

namespace candor::app {
namespace {

// Streams the file through SHA-256 (logs can be gigabytes).
Result<std::string> file_sha256(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Error::io("cannot open", Location{path});
  Sha256 hash;
  std::string buffer(1 << 20, '\0');
  while (true) {
    const ssize_t got = ::read(fd, buffer.data(), buffer.size());
    if (got < 0) {
      ::close(fd);
      return Error::io("cannot read", Location{path});
    }
    if (got == 0) break;
    hash.update(std::string_view(buffer.data(), static_cast<std::size_t>(got)));
  }
  ::close(fd);
  return hash.finish_hex();
}

std::string base_name(const std::string& path) { return path.substr(path.find_last_of('/') + 1); }

}  // namespace

std::string measurement_payload(const ops::LogAnalysis& analysis, const std::string& input_sha256) {
  nlohmann::json payload;
  payload["input_file"] = base_name(analysis.input->path());
  payload["input_sha256"] = input_sha256;
  payload["profile"] = analysis.mapping->name;
  payload["mapping"] = analysis.mapping->description;
  payload["candor_version"] = version();
  payload["method"] = "candor ops kpi; definitions in docs/ops.md";
  payload.update(ops::kpis_to_json(analysis.kpis, analysis.log));
  return payload.dump();
}

Result<AttachedMeasurement> attach_log_measurement(Application& application, const Caller& caller, Id assessment,
                                                   const ops::AnalysisRequest& request) {
  const auto analysis = CANDOR_TRY(ops::analyse_log(request));
  AttachedMeasurement attached;
  attached.input_sha256 = CANDOR_TRY(file_sha256(request.file));
  for (const auto& check : analysis->kpis.checks) {
    if (std::find(attached.nodes.begin(), attached.nodes.end(), check.requirement) == attached.nodes.end()) {
      attached.nodes.push_back(check.requirement);
    }
  }
  EvidenceInput input;
  input.kind = "measurement";
  input.title = "Ticket log KPIs and checks: " + base_name(request.file) + " (" + std::to_string(analysis->kpis.cases) +
                " " + analysis->kpis.record_type + " cases, " + std::to_string(analysis->kpis.events) + " events)";
  input.date = Date::today().to_string();
  input.source = "candor ops, " + analysis->mapping->description;
  input.nodes = attached.nodes;
  input.payload_json = measurement_payload(*analysis, attached.input_sha256);
  attached.evidence = CANDOR_TRY(application.add_evidence(caller, assessment, input));
  return attached;
}

}  // namespace candor::app
