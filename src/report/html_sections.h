// The sections of the HTML report, each a fragment of HTML built from the
// report context. html_report.cc puts them in order. Internal.
#pragma once

#include <string>

#include "report/html_context.h"

namespace candor::html {

std::string summary_section(const ReportContext& context);      // html_summary.cc
std::string charts_section(const ReportContext& context);       // html_summary.cc
std::string processes_section(const ReportContext& context);    // html_processes.cc
std::string conformity_section(const ReportContext& context);   // html_conformity.cc
std::string disagreements_section(const ReportContext& context);  // html_conformity.cc
std::string roadmap_section(const ReportContext& context);      // html_roadmap.cc
// Empty when the input has no benchmark / trend (html_benchmark.cc).
std::string benchmark_section(const ReportContext& context);
std::string trend_section(const ReportContext& context);
std::string judgements_appendix(const ReportContext& context);  // html_appendix.cc
std::string claims_appendix(const ReportContext& context);      // html_appendix.cc
std::string evidence_appendix(const ReportContext& context);    // html_evidence.cc

// The report's stylesheet, screen and print (html_style.cc).
const char* stylesheet();

}  // namespace candor::html
