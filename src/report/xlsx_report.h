// The XLSX export (`candor report --format xlsx`): one workbook with the
// sheets Summary, Processes, Requirements, Roadmap, Judgements and Evidence,
// each with a frozen header row, for people who work in spreadsheets. "Not
// assessed" is written as words, never as 0 or a blank that sums as 0.
#pragma once

#include <string>

#include "base/result.h"
#include "report/report_input.h"

namespace candor {

Status write_xlsx_report(const ReportInput& input, const std::string& path);

}  // namespace candor
