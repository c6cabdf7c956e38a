// The HTML report: one self-contained file — inline CSS and SVG, no script,
// font, image or network access — that prints cleanly to PDF. Sections:
// summary and readiness verdict, charts, capability per process, conformity
// per clause and requirement, disagreements, roadmap, and appendices with
// every judgement, claim and evidence item. Every node, process, action,
// judgement and evidence item has an anchor, and every figure links to the
// anchors of what it rests on. All user text is escaped.
#pragma once

#include <string>

#include "report/report_input.h"

namespace candor {

std::string html_report(const ReportInput& input);

}  // namespace candor
