// What a report renders for an assessment view: the view's parts, the
// roadmap when one was planned, and the time it was made. Shared by the CLI
// and the web application.
#pragma once

#include "app/application.h"
#include "report/report_input.h"

namespace candor::app {

ReportInput report_input(const AssessmentView& view, const Roadmap* roadmap);

}  // namespace candor::app
