// Operational evidence as an assessment use case: compute a ticket log's KPIs
// and conformance checks and record them as `measurement` evidence, with the
// fingerprint that lets anyone recompute them (input SHA-256, profile or
// mapping, candor version), linked to the checks' requirements. Recorded
// through Application::add_evidence, so it is authorised and journaled with
// the actor like any evidence.
#pragma once

#include <string>

#include "app/application.h"
#include "ops/analysis.h"

namespace candor::app {

struct AttachedMeasurement {
  Id evidence = 0;
  std::string input_sha256;
  std::vector<std::string> nodes;
};

// The measurement payload (JSON text) of an analysis; input_sha256 is the
// SHA-256 of the file as given (compressed or not).
std::string measurement_payload(const ops::LogAnalysis& analysis, const std::string& input_sha256);

Result<AttachedMeasurement> attach_log_measurement(Application& application, const Caller& caller, Id assessment,
                                                   const ops::AnalysisRequest& request);

}  // namespace candor::app
