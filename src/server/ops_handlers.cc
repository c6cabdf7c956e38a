// Operational evidence in the browser: upload a ticket log, see its KPIs,
// checks and process map, attach them to the assessment. The use cases are
// app/ops_evidence.h's, shared with `candor ops`; a stored log is named by
// its SHA-256 in the URL and how to read it (profile or mapping, file name)
// in the query, so every view recomputes from the stored bytes.
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "app/ops_evidence.h"
#include "base/text.h"
#include "ops/kpi_json.h"
#include "ops/mapping.h"
#include "server/handlers.h"

namespace candor::server {
namespace {

using nlohmann::json;

// How to read the log: the URL's {log}, and the page's query or the API body.
app::StoredLog stored_log(const Exchange& x) {
  const auto given = [&](const std::string& name) { return x.query(name).empty() ? x.field(name) : x.query(name); };
  const auto it = x.path.find("log");
  const std::string name = given("name");
  return {it == x.path.end() ? "" : it->second, name.empty() ? "ticket-log" : name, given("profile"), given("mapping")};
}

std::string log_url(const Exchange& x, Id assessment, const app::StoredLog& log) {
  std::string url = x.assessment_url(assessment) + "/ops/logs/" + log.sha256 + "?name=" + url_encode(log.file_name);
  if (!log.mapping_sha256.empty()) return url + "&mapping=" + log.mapping_sha256;
  return url + "&profile=" + url_encode(log.profile.empty() ? "servicenow" : log.profile);
}

json log_json(const app::StoredLog& log) {
  return {{"sha256", log.sha256},
          {"file_name", log.file_name},
          {"profile", log.mapping_sha256.empty() ? (log.profile.empty() ? "servicenow" : log.profile) : ""},
          {"mapping_sha256", log.mapping_sha256}};
}

// A share as every candor front end prints it: floored, never rounded up.
std::string share(const json& ratio) { return ratio.is_number() ? percent_floor(ratio.get<double>()) : "-"; }

// Hours and means to two decimals; "-" where the log has no such figure.
std::string decimal(const json& value) {
  if (!value.is_number() || std::isnan(value.get<double>())) return "-";
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", value.get<double>());
  return text;
}

// The figures as the page prints them, beside the JSON the API gives.
json kpi_display(const json& kpis) {
  json priorities = json::array();
  for (const auto& row : kpis["priorities"]) {
    priorities.push_back({{"priority", row.value("priority", "")},
                          {"cases", row.value("cases", 0)},
                          {"resolved", row.value("resolved", 0)},
                          {"p50", decimal(row["p50_hours"])},
                          {"p90", decimal(row["p90_hours"])},
                          {"sla", share(row["sla_met_ratio"])}});
  }
  json checks = json::array();
  for (const auto& check : kpis["checks"]) {
    const std::uint64_t failed = check.value("failed", 0);
    checks.push_back({{"id", check.value("id", "")},
                      {"requirement", check.value("requirement", "")},
                      {"title", check.value("title", "")},
                      {"passed", check.value("passed", 0)},
                      {"failed", failed},
                      {"total", check.value("passed", 0) + failed},
                      {"share", share(check["pass_ratio"])},
                      {"status", failed == 0 ? "pass" : "fail"},
                      {"examples", join(check.value("failing_examples", std::vector<std::string>{}), ", ")}});
  }
  return {{"events", kpis.value("events", 0)},
          {"cases", kpis.value("cases", 0)},
          {"resolved", kpis.value("resolved", 0)},
          {"bad_rows", kpis.value("bad_rows", 0)},
          {"bad_row_examples", kpis["bad_row_examples"]},
          {"has_bad_rows", kpis.value("bad_rows", 0) > 0},
          {"sla", share(kpis["sla_met_ratio"])},
          {"reopen", share(kpis["reopen_ratio"])},
          {"mean_reassignments", decimal(kpis["mean_reassignments"])},
          {"ping_pong", share(kpis["reassignment_ping_pong_ratio"])},
          {"p50", decimal(kpis["p50_hours"])},
          {"p90", decimal(kpis["p90_hours"])},
          {"record_type", kpis.value("record_type", "")},
          {"priorities", priorities},
          {"checks", checks}};
}

json map_json(const ops::ProcessMap& map) {
  json nodes = json::array();
  for (const auto& node : map.nodes) nodes.push_back({{"name", node.name}, {"cases", node.cases}});
  json edges = json::array();
  for (const auto& edge : map.edges) {
    edges.push_back({{"from", map.nodes[edge.from].name},
                     {"to", map.nodes[edge.to].name},
                     {"count", edge.count},
                     {"median_hours", std::isnan(edge.median_hours) ? json(nullptr) : json(edge.median_hours)}});
  }
  return {{"nodes", nodes}, {"edges", edges}, {"cases", map.cases}, {"events", map.events}};
}

bool may(const Exchange& x, app::Permission permission) { return app::authorize(*x.caller, permission).ok(); }

}  // namespace

Status ops_page(Exchange& x) {
  const Id assessment = CANDOR_TRY(x.id("assessment"));
  const app::AssessmentView view = CANDOR_TRY(x.services.app.view(*x.caller, assessment));
  json profiles = json::array();
  for (const auto& name : ops::builtin_profile_names()) profiles.push_back({{"name", name}, {"selected", name == "servicenow"}});
  json logs = json::array();
  for (const auto& entry : CANDOR_TRY(app::list_stored_logs(x.services.app, *x.caller, assessment))) {
    json item = log_json(entry.log);
    item.update({{"url", log_url(x, assessment, entry.log)}, {"by", entry.by}, {"at", entry.at}, {"bytes", entry.bytes}});
    for (const Evidence& evidence : view.record.evidence) {
      if (evidence.kind == EvidenceKind::kMeasurement && evidence.file_sha256 == entry.log.sha256) {
        item["evidence"] = evidence.id;
        item["evidence_url"] = x.assessment_url(assessment) + "/evidence#evidence-" + std::to_string(evidence.id);
      }
    }
    logs.push_back(std::move(item));
  }
  const json model = {{"assessment", {{"id", assessment}, {"subject", view.record.assessment.subject}}},
                      {"url", x.assessment_url(assessment)},
                      {"logs", logs},
                      {"profiles", profiles},
                      {"can_upload", may(x, app::Permission::kAddEvidence)},
                      {"upload_limit_mib", x.services.upload_limit >> 20}};
  return x.respond(model, "ops", "Operational evidence");
}

Status upload_log(Exchange& x) {
  const Id assessment = CANDOR_TRY(x.id("assessment"));
  app::LogUpload upload;
  upload.profile = x.field("profile");
  bool have_log = false;
  for (const auto& file : x.files) {
    if (file.file_name.empty() && file.bytes.empty()) continue;  // the form's empty file inputs
    if (file.field == "mapping") {
      upload.mapping = file.bytes;
    } else if (file.field == "log") {
      upload.file_name = file.file_name;
      upload.bytes = file.bytes;
      have_log = true;
    }
  }
  if (!have_log) return Error::invalid_input("choose a ticket log file to upload", Location{"", 0, 0, "log"});
  const app::StoredLog log = CANDOR_TRY(app::store_log(x.services.app, *x.caller, assessment, upload));
  const std::string url = log_url(x, assessment, log);
  json body = log_json(log);
  body["url"] = url;
  return x.done(url, body);
}

Status log_page(Exchange& x) {
  const Id assessment = CANDOR_TRY(x.id("assessment"));
  const app::StoredLog log = stored_log(x);
  const app::LogFindings findings = CANDOR_TRY(app::analyse_stored_log(x.services.app, *x.caller, assessment, log));
  const json kpis = ops::kpis_to_json(findings.analysis->kpis, findings.analysis->log);
  json model = {{"log", log_json(log)},
                {"kpis", kpis},
                {"map", map_json(findings.map)},
                {"mapping", findings.analysis->mapping->description},
                {"url", x.assessment_url(assessment)},
                {"can_attach", may(x, app::Permission::kAddEvidence)}};
  if (!x.api) {
    model["show"] = kpi_display(kpis);
    model["map_svg"] = ops::process_map_svg(findings.map, log.file_name);
    model["attach_url"] = x.assessment_url(assessment) + "/ops/logs/" + log.sha256 + "/attach";
  }
  return x.respond(model, "ops_log", "Ticket log " + log.file_name);
}

Status attach_log(Exchange& x) {
  const Id assessment = CANDOR_TRY(x.id("assessment"));
  const app::StoredLog log = stored_log(x);
  const auto attached = CANDOR_TRY(app::attach_stored_log(x.services.app, *x.caller, assessment, log));
  return x.done(x.assessment_url(assessment) + "/evidence#evidence-" + std::to_string(attached.evidence),
                {{"id", attached.evidence}, {"input_sha256", attached.input_sha256}, {"requirements", attached.nodes}});
}

}  // namespace candor::server
