// The examiner's assessment form (evidence per exam requirement and skill,
// with its source and degree of fulfilment; the prepared questions) and the
// decision the scheme's rules draw from it. Pure: persisting, locking and
// reconciling two examiners' forms belong to the store (phase 2); these
// types are plain values so it can keep them as they are.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/result.h"
#include "scheme/scheme.h"

namespace candor::scheme {

struct EvidenceEntry {
  std::string source;  // an evidence source of the scheme: cv, report, presentation, ...
  std::string degree;  // a degree of the scheme: none, partly, largely, fully
  std::string note;
  Location where;
};

struct Assessment {
  std::string id;  // exam requirement or skill requirement
  std::vector<EvidenceEntry> evidence;
  Location where;
};

struct PreparedQuestion {
  std::string id;
  std::string area;  // a main exam area
  std::string text;
  std::vector<std::string> criteria;  // what a satisfying answer shows
  std::optional<Date> written;        // when it was written down
  std::optional<bool> satisfied;      // empty until the examiner has judged the answer
  Location where;
};

struct ReportRecord {
  std::string title;
  std::string file;    // resolved against the form's folder
  std::string sha256;  // lowercase hex; computed from `file` when not given
};

struct ExaminerForm {
  std::string candidate;
  std::string candidate_email;
  std::string examiner;
  std::optional<Date> session;
  ReportRecord report;
  std::vector<std::string> addressed;  // specification ids the report addresses
  std::vector<Assessment> requirements;
  std::vector<Assessment> skills;
  std::vector<PreparedQuestion> questions;
  std::string file;
};

// Reads a form and checks its ids, sources and degrees against the scheme.
Result<ExaminerForm> parse_examiner_form(const std::string& text, const std::string& file,
                                         const Scheme& scheme);
Result<ExaminerForm> load_examiner_form(const std::string& path, const Scheme& scheme);

enum class Outcome { kPass, kFail, kIncomplete };
const char* to_string(Outcome outcome);

// A requirement's degree: the highest degree that enough distinct sources
// support (the scheme's corroborating_sources).
struct RequirementDegree {
  std::string id;
  std::string title;
  bool assessed = false;           // any evidence logged
  std::optional<std::string> degree;  // empty: not corroborated at any degree
  int rank = -1;
  std::vector<std::string> sources;  // the sources that support the degree
};

struct RuleResult {
  std::string id;
  std::string title;
  bool satisfied = false;
  bool decided = true;  // false: the form lacks what the rule needs
  std::string reason;
};

struct Decision {
  Outcome outcome = Outcome::kIncomplete;
  std::vector<RequirementDegree> requirements;
  std::vector<RequirementDegree> skills;
  std::vector<RuleResult> rules;
  std::vector<std::string> form_problems;  // question rules the form breaks
  std::vector<std::string> reasons;        // why the outcome is what it is
};

Decision decide(const ExaminerForm& form, const Scheme& scheme);

}  // namespace candor::scheme
