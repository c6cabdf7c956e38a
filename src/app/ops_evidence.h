// Operational evidence as an assessment use case: compute a ticket log's KPIs
// and conformance checks and record them as `measurement` evidence, with the
// fingerprint that lets anyone recompute them (input SHA-256, profile or
// mapping, candor version), linked to the checks' requirements. Recorded
// through Application::add_evidence, so it is authorised and journaled with
// the actor like any evidence.
#pragma once

#include <optional>
#include <string>

#include "app/application.h"
#include "ops/analysis.h"
#include "ops/process_map.h"

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

// A ticket log uploaded through a front end (the web application). Its bytes
// (and a mapping file's) live in the workspace's content-addressed store, so
// a log is named by its SHA-256 and read again for every view: nothing but
// the store holds it, and no path from the user reaches the file system.
struct StoredLog {
  std::string sha256;          // the log in the workspace's store
  std::string file_name;       // as uploaded: a label in pages and the payload
  std::string profile;         // a built-in profile (default servicenow), or
  std::string mapping_sha256;  // a mapping file (YAML) in the store
};

struct LogUpload {
  std::string file_name;
  std::string bytes;
  std::string profile;
  std::optional<std::string> mapping;  // the mapping file's text
};

// Reads the upload first (a log candor cannot read is refused, naming the
// file and line, and nothing is stored), then keeps it, journaled
// ("ops_log.upload") with the acting user. Needs kAddEvidence on the assessment.
Result<StoredLog> store_log(Application& application, const Caller& caller, Id assessment, const LogUpload& upload);

// A log uploaded to an assessment, as the upload's journal entry tells.
struct StoredLogEntry {
  StoredLog log;
  std::string by;
  std::string at;
  std::uint64_t bytes = 0;
};

// The logs uploaded to the assessment, newest first. Needs kReadAssessment.
Result<std::vector<StoredLogEntry>> list_stored_logs(Application& application, const Caller& caller, Id assessment);

// What a stored log shows: KPIs and checks, and the process map.
struct LogFindings {
  std::unique_ptr<ops::LogAnalysis> analysis;
  ops::ProcessMap map;
};

// Needs kReadAssessment on the assessment; the log must be in its workspace.
Result<LogFindings> analyse_stored_log(Application& application, const Caller& caller, Id assessment,
                                       const StoredLog& log);

// As attach_log_measurement, for a stored log; the evidence also carries
// the log file itself, so anyone with the report can recompute it.
Result<AttachedMeasurement> attach_stored_log(Application& application, const Caller& caller, Id assessment,
                                              const StoredLog& log);

}  // namespace candor::app
