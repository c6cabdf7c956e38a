// Plain-text and JSON renderings of results for the terminal.
#pragma once

#include <ostream>

#include "app/application.h"
#include "app/report_view.h"
#include "cli/context.h"
#include "report/report_input.h"

namespace candor::cli {

void print_results_text(const app::AssessmentView& view, std::ostream& out);
void print_roadmap_text(const Roadmap& roadmap, std::ostream& out);
void print_disagreements_text(const app::AssessmentView& view, std::ostream& out);
Status print_results_json(const app::AssessmentView& view);
Status print_roadmap_json(const Roadmap& roadmap);

}  // namespace candor::cli
