#include "app/ops_evidence.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "base/date.h"
#include "base/sha256.h"
#include "base/version.h"
#include "store/assessment_store.h"
#include "store/blob_store.h"
#include "store/journal.h"
#include "store/workspace_store.h"
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

std::vector<std::string> requirements_of(const ops::Kpis& kpis) {
  std::vector<std::string> nodes;
  for (const auto& check : kpis.checks) {
    if (std::find(nodes.begin(), nodes.end(), check.requirement) == nodes.end()) nodes.push_back(check.requirement);
  }
  return nodes;
}

// Records an analysis as measurement evidence (journaled by add_evidence);
// `log_bytes`, when given, is kept with it as the evidence's file.
Result<AttachedMeasurement> attach_analysis(Application& application, const Caller& caller, Id assessment,
                                            const ops::LogAnalysis& analysis, const std::string& input_sha256,
                                            const std::string* log_bytes) {
  const std::string name = base_name(analysis.input->path());
  AttachedMeasurement attached;
  attached.input_sha256 = input_sha256;
  attached.nodes = requirements_of(analysis.kpis);
  EvidenceInput input;
  input.kind = "measurement";
  input.title = "Ticket log KPIs and checks: " + name + " (" + std::to_string(analysis.kpis.cases) + " " +
                analysis.kpis.record_type + " cases, " + std::to_string(analysis.kpis.events) + " events)";
  input.date = Date::today().to_string();
  input.source = "candor ops, " + analysis.mapping->description;
  input.nodes = attached.nodes;
  input.payload_json = measurement_payload(analysis, input_sha256);
  if (log_bytes != nullptr) {
    input.file_name = name;
    input.file_bytes = *log_bytes;
    input.media_type = name.find(".jsonl") != std::string::npos ? "application/jsonl" : "text/csv";
  }
  attached.evidence = CANDOR_TRY(application.add_evidence(caller, assessment, input));
  return attached;
}

Status assessment_in(Application& application, const Caller& caller, Permission permission, Id assessment) {
  CANDOR_TRY(authorize(caller, permission));
  CANDOR_TRY(find_assessment(application.db(), caller.workspace_id, assessment));
  return {};
}

Result<std::string> stored_file(Application& application, const Caller& caller, const std::string& sha256,
                                const std::string& what) {
  if (!is_sha256_hex(sha256)) return Error::not_found("no " + what + " '" + sha256 + "' in this workspace");
  return get_blob(application.db(), caller.workspace_id, sha256);
}

// The engine's request for bytes in memory; it points into `bytes` and `mapping`.
ops::AnalysisRequest request_for(const StoredLog& log, const std::string& bytes, const std::string* mapping,
                                 const std::string& mapping_name) {
  ops::AnalysisRequest request;
  request.file = log.file_name;
  request.bytes = &bytes;
  request.profile = log.profile;
  if (mapping != nullptr) {
    request.mapping_text = mapping;
    request.mapping_file = mapping_name;
  }
  return request;
}

// A stored log read back from the workspace's store, with the engine's
// request for it (which points into this object: it is never copied).
struct LoadedLog {
  std::string bytes;
  std::optional<std::string> mapping;
  ops::AnalysisRequest request;
};

Result<std::unique_ptr<LoadedLog>> load_stored_log(Application& application, const Caller& caller, Id assessment,
                                                   Permission permission, const StoredLog& log) {
  CANDOR_TRY(assessment_in(application, caller, permission, assessment));
  auto loaded = std::make_unique<LoadedLog>();
  loaded->bytes = CANDOR_TRY(stored_file(application, caller, log.sha256, "ticket log"));
  if (!log.mapping_sha256.empty()) {
    loaded->mapping = CANDOR_TRY(stored_file(application, caller, log.mapping_sha256, "mapping file"));
  }
  loaded->request = request_for(log, loaded->bytes, loaded->mapping ? &*loaded->mapping : nullptr,
                                "sha256:" + log.mapping_sha256);
  return loaded;
}

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
  const std::string sha256 = CANDOR_TRY(file_sha256(request.file));
  return attach_analysis(application, caller, assessment, *analysis, sha256, nullptr);
}

Result<StoredLog> store_log(Application& application, const Caller& caller, Id assessment, const LogUpload& upload) {
  CANDOR_TRY(assessment_in(application, caller, Permission::kAddEvidence, assessment));
  StoredLog log{"", upload.file_name.empty() ? "ticket-log" : upload.file_name, upload.profile, ""};
  if (upload.mapping) log.profile.clear();  // a mapping file replaces the profile
  const std::string mapping_name = upload.mapping ? "uploaded mapping file" : "";
  // Read it before keeping it: a log candor cannot read is refused now.
  CANDOR_TRY(ops::analyse_log(request_for(log, upload.bytes, upload.mapping ? &*upload.mapping : nullptr, mapping_name)));
  Database& db = application.db();
  CANDOR_TRY(db.transaction([&]() -> Status {
    if (upload.mapping) log.mapping_sha256 = CANDOR_TRY(put_blob(db, caller.workspace_id, *upload.mapping));
    log.sha256 = CANDOR_TRY(put_blob(db, caller.workspace_id, upload.bytes));
    CANDOR_TRY(ensure_actor(db, caller.workspace_id, caller.actor));
    // Journaled on the assessment, so its logs are listed by reading its entries.
    const nlohmann::json after = {{"sha256", log.sha256}, {"file_name", log.file_name}, {"profile", log.profile},
                                  {"mapping_sha256", log.mapping_sha256}, {"bytes", upload.bytes.size()}};
    return append_journal(db, caller.workspace_id, caller.actor,
                          {"ops_log.upload", "assessment", std::to_string(assessment), "", after.dump()});
  }));
  return log;
}

Result<std::vector<StoredLogEntry>> list_stored_logs(Application& application, const Caller& caller, Id assessment) {
  CANDOR_TRY(assessment_in(application, caller, Permission::kReadAssessment, assessment));
  std::vector<StoredLogEntry> out;
  const auto entries = CANDOR_TRY(read_journal(application.db(), caller.workspace_id, "assessment", std::to_string(assessment)));
  for (const JournalEntry& entry : entries) {
    if (entry.action != "ops_log.upload") continue;
    const auto after = nlohmann::json::parse(entry.after, nullptr, false);
    if (!after.is_object()) continue;
    StoredLog log{after.value("sha256", ""), after.value("file_name", ""), after.value("profile", ""),
                  after.value("mapping_sha256", "")};
    out.push_back({std::move(log), entry.actor, entry.at, after.value("bytes", std::uint64_t{0})});
  }
  // Newest first; the same log read the same way is listed once (its latest upload).
  std::vector<StoredLogEntry> newest;
  for (auto it = out.rbegin(); it != out.rend(); ++it) {
    const bool seen = std::any_of(newest.begin(), newest.end(), [&](const StoredLogEntry& kept) {
      return kept.log.sha256 == it->log.sha256 && kept.log.profile == it->log.profile &&
             kept.log.mapping_sha256 == it->log.mapping_sha256;
    });
    if (!seen) newest.push_back(std::move(*it));
  }
  return newest;
}

Result<LogFindings> analyse_stored_log(Application& application, const Caller& caller, Id assessment,
                                       const StoredLog& log) {
  const auto loaded = CANDOR_TRY(load_stored_log(application, caller, assessment, Permission::kReadAssessment, log));
  LogFindings findings;
  findings.analysis = CANDOR_TRY(ops::analyse_log(loaded->request));
  findings.map = CANDOR_TRY(ops::build_process_map(loaded->request));
  return findings;
}

Result<AttachedMeasurement> attach_stored_log(Application& application, const Caller& caller, Id assessment,
                                              const StoredLog& log) {
  const auto loaded = CANDOR_TRY(load_stored_log(application, caller, assessment, Permission::kAddEvidence, log));
  const auto analysis = CANDOR_TRY(ops::analyse_log(loaded->request));
  return attach_analysis(application, caller, assessment, *analysis, log.sha256, &loaded->bytes);
}

}  // namespace candor::app
