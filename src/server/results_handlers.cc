// Derived results, the roadmap and the report downloads. Results are cached
// by the workspace's journal head (results_cache.h): any change moves it.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "app/report_view.h"
#include "base/files.h"
#include "report/capability_radar.h"
#include "report/conformity_heat_map.h"
#include "report/html_report.h"
#include "report/promise_gap_bars.h"
#include "report/report_json.h"
#include "report/results_json.h"
#include "report/roadmap_json.h"
#include "report/roadmap_timeline.h"
#include "report/xlsx_report.h"
#include "server/handlers.h"
#include "server/models.h"
#include "server/results_cache.h"

namespace candor::server {
namespace {

using nlohmann::json;

constexpr double kDefaultCapacity = 10;  // person-days a month, as `candor report`

Result<app::RoadmapRequest> roadmap_request(const Exchange& x) {
  app::RoadmapRequest request;
  request.capacity_days_per_month = kDefaultCapacity;
  const std::string capacity = x.query("capacity");
  if (!capacity.empty()) {
    try {
      request.capacity_days_per_month = std::stod(capacity);
    } catch (const std::exception&) {
      return Error::invalid_input("'" + capacity + "' is not a number", Location{"", 0, 0, "capacity"});
    }
    if (!(request.capacity_days_per_month > 0) || request.capacity_days_per_month > 10000) {
      return Error::invalid_input("must be more than 0 person-days a month", Location{"", 0, 0, "capacity"});
    }
  }
  return request;
}

// The XLSX writer writes a file: a private temporary one, never a name from the request.
Result<std::string> xlsx_bytes(const ReportInput& input) {
  std::string path = (std::filesystem::temp_directory_path() / "candor-report-XXXXXX").string();
  const int fd = mkstemp(path.data());
  if (fd < 0) return Error::io("cannot create a temporary file for the XLSX report");
  close(fd);
  Status written = write_xlsx_report(input, path);
  Result<std::string> bytes = written.ok() ? read_file(path) : Result<std::string>(std::move(written).error());
  std::remove(path.c_str());
  return bytes;
}

}  // namespace

Status results_page(Exchange& x) {
  const Id assessment = CANDOR_TRY(x.id("assessment"));
  if (x.api) {
    const std::string head = CANDOR_TRY(x.services.app.journal_head(*x.caller));
    const auto text = CANDOR_TRY(x.services.results_cache.get(
        x.caller->workspace_id, "results/" + std::to_string(assessment), head, [&]() -> Result<std::string> {
          const app::AssessmentView view = CANDOR_TRY(x.services.app.view(*x.caller, assessment));
          return results_json(app::report_input(view, nullptr)).dump();
        }));
    x.response.body = *text;
    x.response.set_header("Content-Type", "application/json");
    return {};
  }
  const app::AssessmentView view = CANDOR_TRY(x.services.app.view(*x.caller, assessment));
  json model = results_json(app::report_input(view, nullptr));
  const std::string url = x.assessment_url(assessment);
  model["url"] = url;
  model["ready"] = view.results.readiness.ready;
  model["confidence_percent"] = static_cast<int>(view.results.overall.score * 100);
  model["charts"] = {{"radar", capability_radar_svg(view.results)},
                     {"heat_map", conformity_heat_map_svg(*view.framework, view.results)},
                     {"promise_gap", promise_gap_svg(view.results)}};
  for (auto& process : model["processes"]) {
    process["evidenced_text"] = process["evidenced_level"].is_null() ? "not assessed" : process["evidenced_level"].dump();
    process["claimed_text"] = process["claimed_level"].is_null() ? "no claim" : process["claimed_level"].dump();
  }
  return x.respond(model, "results", "Results");
}

Status roadmap_page(Exchange& x) {
  const Id assessment = CANDOR_TRY(x.id("assessment"));
  const app::RoadmapRequest request = CANDOR_TRY(roadmap_request(x));
  const app::AssessmentView view = CANDOR_TRY(x.services.app.view(*x.caller, assessment));
  const Roadmap roadmap = CANDOR_TRY(x.services.app.roadmap(*x.caller, view, request));
  json model = roadmap_json(roadmap);
  if (!x.api) {
    model["url"] = x.assessment_url(assessment);
    model["assessment"] = assessment_json(view.record.assessment, model["url"]);
    model["timeline"] = roadmap_timeline_svg(*view.framework, roadmap);
  }
  return x.respond(model, "roadmap", "Roadmap");
}

Status report_download(Exchange& x) {
  const Id assessment = CANDOR_TRY(x.id("assessment"));
  const std::string format = x.path["format"];
  if (format != "html" && format != "json" && format != "xlsx") {
    return Error::not_found("no report format '" + format + "' (html, json or xlsx)");
  }
  const app::RoadmapRequest request = CANDOR_TRY(roadmap_request(x));
  const app::AssessmentView view = CANDOR_TRY(x.services.app.view(*x.caller, assessment));
  const Roadmap roadmap = CANDOR_TRY(x.services.app.roadmap(*x.caller, view, request));
  const ReportInput input = app::report_input(view, &roadmap);
  const std::string name = "candor-assessment-" + std::to_string(assessment) + "." + format;
  if (format == "html") {
    x.send(html_report(input), "text/html; charset=utf-8", x.query("inline") == "1" ? "" : name);
  } else if (format == "json") {
    x.send(report_json(input).dump(2) + "\n", "application/json", name);
  } else {
    x.send(CANDOR_TRY(xlsx_bytes(input)), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
  }
  return {};
}

}  // namespace candor::server
