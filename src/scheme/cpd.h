// A professional's continuing professional development (CPD) log: dated
// activities of the scheme's kinds (course, reading, writing, sharing,
// presenting, networking, mentoring) with hours, evidence and the know-how
// areas they serve; yearly and rolling-period totals against the scheme's
// CPD rule; and a reproducible audit sample of a percentage of the records.
// The log format is documented in docs/schemes.md.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/result.h"
#include "scheme/scheme.h"

namespace candor::scheme {

struct CpdActivity {
  Date date;
  std::string kind;
  std::string title;
  double hours = 0;
  std::string evidence;  // what proves it: a certificate, a link, a file name
  std::vector<std::string> areas;
  Location where;
};

struct CpdLog {
  std::string person;
  std::vector<CpdActivity> activities;
};

// `known_areas`: the know-how framework's ids an area must be one of (empty:
// not checked). Unknown kinds, areas, bad dates and hours are located errors.
Result<CpdLog> parse_cpd_log(const std::string& text, const std::string& file, const CpdRule& rule,
                             const std::set<std::string>& known_areas);

struct CpdYear {
  int year = 0;
  double hours = 0;
  std::map<std::string, double> by_kind;
  bool meets_year = false;  // hours >= the rule's yearly minimum
  // The period of period_years ending with this year; complete only when the
  // log covers all of it.
  double period_hours = 0;
  bool period_complete = false;
  bool meets_period = false;
};

struct CpdReport {
  std::string person;
  std::vector<CpdYear> years;  // every year from the first activity to `through`
  std::map<std::string, double> by_area;
  std::vector<int> without_evidence;  // 1-based activity numbers
  std::vector<int> audit_sample;      // 1-based activity numbers, sorted
  double audit_percent = 0;
  std::string audit_seed;
  bool compliant = false;  // every year and every complete period meets the rule
};

// `through`: the last year reported (e.g. the current one). The audit
// sample takes ceil(percent x records) records ranked by SHA-256 of the seed
// and the record, so anyone with the seed can redraw the same sample.
CpdReport summarise_cpd(const CpdLog& log, const CpdRule& rule, int through, double audit_percent,
                        const std::string& audit_seed);

std::string describe(const CpdReport& report, const CpdRule& rule);
std::string to_json(const CpdReport& report);

}  // namespace candor::scheme
