#include "report/xlsx_report.h"

#include "base/version.h"
#include "report/roadmap_json.h"
#include "report/svg.h"
#include "report/xlsx_sheet.h"

namespace candor {
namespace {

using xlsx::Column;
using xlsx::list;
using xlsx::SheetWriter;

constexpr const char* kNotAssessed = "not assessed";

void summary_sheet(lxw_workbook* workbook, const xlsx::Formats& formats, const ReportInput& input) {
  SheetWriter sheet(workbook, "Summary", formats);
  sheet.header({{"Item", 30}, {"Value", 70}, {"Detail", 50}});
  const Assessment& a = input.record.assessment;
  const Readiness& readiness = input.results.readiness;
  const Confidence& confidence = input.results.overall;
  sheet.row().text("Subject").text(a.subject);
  sheet.row().text("Sector").text(a.sector);
  sheet.row().text("Staff in scope").integer_or(a.size, "not stated");
  sheet.row().text("Scope").wrapped(a.scope);
  sheet.row().text("Framework").text(input.framework.key()).text(input.framework.title);
  sheet.row().text("Framework SHA-256").text(a.framework_sha256);
  sheet.row().text("Assessed on").text(a.assessed_on.to_string());
  sheet.row().text("Readiness").bold(readiness.ready ? "ready" : "not ready");
  sheet.row().text("Mandatory requirements").number(readiness.mandatory);
  sheet.row().text("Conforming").number(readiness.conforming);
  sheet.row().text("Not applicable").number(readiness.not_applicable);
  sheet.row().text("Blockers").number(static_cast<double>(readiness.blockers.size()));
  sheet.row().text("Not assessed (mandatory)").number(static_cast<double>(readiness.not_assessed.size()))
      .wrapped(list(readiness.not_assessed));
  sheet.row().text("Confidence").percent(confidence.score).text(confidence.band);
  sheet.row().text("Coverage").percent(confidence.coverage)
      .text(std::to_string(confidence.verified_items) + " of " + std::to_string(confidence.items) + " items verified");
  sheet.row().text("Freshness").percent(confidence.freshness);
  sheet.row().text("Diversity").percent(confidence.diversity)
      .text(std::to_string(confidence.evidence_kinds) + " kinds among " + std::to_string(confidence.evidence_count) +
            " evidence items");
  if (input.roadmap) {
    sheet.row().text("Roadmap finish").bold(input.roadmap->finish.to_string())
        .text(std::to_string(input.roadmap->months_needed) + " months at " +
              svg::figure(input.roadmap->capacity_days_per_month) + " person-days a month");
  }
  sheet.row().text("Generated at").text(input.generated_at);
  sheet.row().text("candor version").text(version());
  sheet.row().text("Journal head").text(input.journal_head).text("quote this hash to anchor the journal");
  sheet.row();
  sheet.row().bold("Blockers (major first)").bold("Requirement").bold("Judgements");
  for (const auto& blocker : readiness.blockers) {
    sheet.row().text(blocker.reason).text(blocker.node_id + " " + blocker.title).text(list(blocker.judgement_ids));
  }
}

void processes_sheet(lxw_workbook* workbook, const xlsx::Formats& formats, const Results& results) {
  SheetWriter sheet(workbook, "Processes", formats);
  sheet.header({{"Process", 10}, {"Title", 36}, {"Claimed", 9}, {"Evidenced", 12}, {"Lower bound", 11},
                {"Promise gap", 12}, {"Limited by", 50}, {"Confidence", 11}, {"Band", 9}, {"Gap judgements", 24}});
  for (const auto& p : results.processes) {
    sheet.row().text(p.node_id).text(p.title).integer_or(p.claimed_level, "no claim")
        .integer_or(p.evidenced_level, kNotAssessed).text(p.level_is_lower_bound ? "yes" : "no")
        .integer_or(p.promise_gap, p.evidenced_level ? "no claim" : kNotAssessed).wrapped(p.limited_by)
        .percent(p.confidence.score).text(p.confidence.band).text(list(p.gap_judgements));
  }
}

void requirements_sheet(lxw_workbook* workbook, const xlsx::Formats& formats, const Results& results) {
  SheetWriter sheet(workbook, "Requirements", formats);
  sheet.header({{"Node", 10}, {"Title", 44}, {"Obligation", 12}, {"Claimed", 14}, {"Evidenced", 14},
                {"Status", 16}, {"Rolled up", 10}, {"Judgements", 24}, {"Evidence", 24}, {"Confidence", 11}});
  for (const auto& r : results.conformity) {
    sheet.row().text(r.node_id).text(r.title).text(r.mandatory ? "mandatory" : "recommended").text(r.claimed)
        .text(r.evidenced.empty() ? kNotAssessed : r.evidenced).text(to_string(r.verdict.status))
        .text(r.rolled_up ? "yes" : "no").text(list(r.verdict.judgement_ids)).text(list(r.verdict.evidence_ids))
        .percent(r.confidence.score);
  }
}

void roadmap_sheet(lxw_workbook* workbook, const xlsx::Formats& formats, const Roadmap* roadmap) {
  SheetWriter sheet(workbook, "Roadmap", formats);
  sheet.header({{"Action", 8}, {"Kind", 16}, {"Node", 10}, {"Title", 50}, {"From level", 10}, {"To level", 9},
                {"Effort (person-days)", 18}, {"Impact", 8}, {"Depends on", 14}, {"Start", 9}, {"End", 9},
                {"Judgements", 24}});
  if (roadmap == nullptr) {
    sheet.row().skip().skip().skip().text("No roadmap was planned for this report.");
    return;
  }
  for (const auto& a : roadmap->actions) {
    const bool capability = a.kind == ActionKind::kRaiseCapability;
    sheet.row().text(a.id).text(to_string(a.kind)).text(a.node_id).wrapped(a.title);
    if (capability) sheet.number(a.from_level).number(a.to_level);
    else sheet.skip().skip();
    sheet.number(a.effort_days).number(a.impact).text(list(a.depends_on))
        .text(roadmap_month(*roadmap, a.start_month)).text(roadmap_month(*roadmap, a.end_month))
        .text(list(a.judgement_ids));
  }
  for (const auto& node_id : roadmap->unplanned) {
    sheet.row().skip().text("unplanned").text(node_id).wrapped("Not assessed: the steps to the target level cannot be sized");
  }
}

void judgements_sheet(lxw_workbook* workbook, const xlsx::Formats& formats, const AssessmentRecord& record) {
  SheetWriter sheet(workbook, "Judgements", formats);
  sheet.header({{"Id", 7}, {"Node", 10}, {"Item", 10}, {"Rating", 14}, {"Percent", 9}, {"Basis", 12},
                {"Reconciliation", 14}, {"Rationale", 60}, {"Justification", 30}, {"By", 16}, {"At", 21},
                {"Evidence", 20}});
  for (const auto& j : record.judgements) {
    sheet.row().number(static_cast<double>(j.id)).text(j.node_id).text(j.attribute_id.empty() ? "conformity" : j.attribute_id)
        .text(j.rating);
    if (j.percent) sheet.number(*j.percent);
    else sheet.skip();
    sheet.text(j.basis == Basis::kVerified ? "verified" : "provisional").text(j.reconciliation ? "yes" : "no")
        .wrapped(j.rationale).wrapped(j.justification).text(j.by).text(j.at).text(list(j.evidence_ids));
  }
}

void evidence_sheet(lxw_workbook* workbook, const xlsx::Formats& formats, const AssessmentRecord& record) {
  SheetWriter sheet(workbook, "Evidence", formats);
  sheet.header({{"Id", 7}, {"Kind", 13}, {"Title", 44}, {"Date", 11}, {"Source", 24}, {"File", 24},
                {"File SHA-256", 30}, {"Nodes", 20}, {"By", 16}, {"At", 21}, {"Payload", 60}});
  for (const auto& e : record.evidence) {
    sheet.row().number(static_cast<double>(e.id)).text(to_string(e.kind)).wrapped(e.title)
        .text(e.observed_on.to_string()).text(e.source).text(e.file_name).text(e.file_sha256)
        .text(list(e.node_ids)).text(e.by).text(e.at).text(e.payload_json);
  }
}

}  // namespace

Status write_xlsx_report(const ReportInput& input, const std::string& path) {
  lxw_workbook* workbook = workbook_new(path.c_str());
  if (workbook == nullptr) return Error::io("cannot create the workbook " + path);
  const xlsx::Formats formats = xlsx::make_formats(workbook);
  summary_sheet(workbook, formats, input);
  processes_sheet(workbook, formats, input.results);
  requirements_sheet(workbook, formats, input.results);
  roadmap_sheet(workbook, formats, input.roadmap);
  judgements_sheet(workbook, formats, input.record);
  evidence_sheet(workbook, formats, input.record);
  const lxw_error error = workbook_close(workbook);  // writes the file and frees the workbook
  if (error != LXW_NO_ERROR) {
    return Error::io("cannot write the workbook " + path + ": " + lxw_strerror(error));
  }
  return ok_status();
}

}  // namespace candor
