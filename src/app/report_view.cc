#include "app/report_view.h"

#include "base/date.h"

namespace candor::app {

ReportInput report_input(const AssessmentView& view, const Roadmap* roadmap) {
  return ReportInput{*view.framework, view.record,       view.results,       roadmap,
                     view.workspace,  view.journal_head, utc_timestamp_now()};
}

}  // namespace candor::app
