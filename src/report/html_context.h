// What every section of the HTML report needs besides the input: lookups of
// the ids that have anchors, so links are only made to places that exist,
// and the small formatting rules the sections share. Internal.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "report/report_input.h"

namespace candor::html {

// Escapes user text for HTML (all text that is not markup goes through it).
std::string esc(std::string_view text);

class ReportContext {
 public:
  explicit ReportContext(const ReportInput& input);

  const ReportInput& input;
  const Framework& framework() const { return input.framework; }
  const Results& results() const { return input.results; }
  const AssessmentRecord& record() const { return input.record; }

  // Links to the judgements/evidence in the appendix; an id the record does
  // not hold is shown, marked missing, but not linked.
  std::string judgement_links(const std::vector<Id>& ids) const;
  std::string evidence_links(const std::vector<Id>& ids) const;
  std::string judgement_link(Id id) const;
  std::string evidence_link(Id id) const;
  // "8.5.1 Incident management", linked to the node's row when the framework has it.
  std::string node_link(std::string_view node_id, bool with_title = true) const;
  std::string process_link(std::string_view node_id) const;

  const ProcessResult* process(std::string_view node_id) const;
  const ConformityResult* conformity(std::string_view node_id) const;
  const Judgement* judgement(Id id) const;
  const Evidence* evidence(Id id) const;

 private:
  std::map<Id, const Judgement*> judgements_;
  std::map<Id, const Evidence*> evidence_;
  std::map<std::string, const ProcessResult*, std::less<>> processes_;
  std::map<std::string, const ConformityResult*, std::less<>> conformity_;
};

// <a href="#anchor">escaped text</a>
std::string anchor_link(const std::string& anchor, std::string_view text);
// A capability level, "not assessed" when unknown, "≥ n" for a lower bound.
std::string level_html(const std::optional<int>& level, bool lower_bound = false);
// "+2", "0", "−1", or the reason there is no gap.
std::string gap_html(const ProcessResult& process);
// A conformity status as a badge with words (never colour alone).
std::string status_badge(std::string_view status);
// "61.2 % (medium)": floored, never rounded up.
std::string confidence_html(const Confidence& confidence);
// A figure in its shortest exact form ("15", "2.5"), never rounded.
std::string number_text(double value);

}  // namespace candor::html
