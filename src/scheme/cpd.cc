#include "scheme/cpd.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "base/sha256.h"
#include "base/text.h"
#include "scheme/yaml_fields.h"

namespace candor::scheme {
namespace {

std::string hours_text(double hours) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", hours);
  return buffer;
}

}  // namespace

Result<CpdLog> parse_cpd_log(const std::string& text, const std::string& file, const CpdRule& rule,
                             const std::set<std::string>& known_areas) {
  YAML::Node root = CANDOR_TRY(parse_yaml(text, file));
  Problems problems(file);
  Fields top(root, problems, "CPD log");
  if (!top.valid()) return problems.to_error();
  CpdLog log;
  log.person = top.text("person", true);
  for (const auto& node : list_of(top, "activities", problems, true)) {
    Fields fields(node, problems, "CPD activity");
    CpdActivity activity;
    activity.where = problems.location(node);
    if (auto date = fields.date("date", true)) activity.date = *date;
    activity.kind = fields.text("kind", true);
    activity.title = fields.text("title", true);
    const auto hours = fields.number("hours");
    activity.hours = hours.value_or(0);
    activity.evidence = fields.text("evidence");
    activity.areas = fields.texts("areas");
    fields.finish();
    if (!hours || *hours <= 0 || *hours > 1000) {
      problems.add(node, "CPD activity '" + activity.title + "': 'hours' must be a number above 0");
    }
    if (!activity.kind.empty() && !rule.activity_kinds.empty() &&
        std::find(rule.activity_kinds.begin(), rule.activity_kinds.end(), activity.kind) == rule.activity_kinds.end()) {
      problems.add(node, "CPD activity '" + activity.title + "': kind '" + activity.kind + "' is none of " +
                             join(rule.activity_kinds, ", "));
    }
    for (const auto& area : activity.areas) {
      if (!known_areas.empty() && !known_areas.count(area)) {
        problems.add(node, "CPD activity '" + activity.title + "': unknown know-how area '" + area + "'");
      }
    }
    log.activities.push_back(std::move(activity));
  }
  top.finish();
  if (!problems.empty()) return problems.to_error();
  return log;
}

CpdReport summarise_cpd(const CpdLog& log, const CpdRule& rule, int through, double audit_percent,
                        const std::string& audit_seed) {
  CpdReport report;
  report.person = log.person;
  report.audit_percent = audit_percent;
  report.audit_seed = audit_seed;
  std::map<int, CpdYear> years;
  int first = through;
  for (std::size_t i = 0; i < log.activities.size(); ++i) {
    const CpdActivity& activity = log.activities[i];
    first = std::min(first, activity.date.year());
    CpdYear& year = years[activity.date.year()];
    year.hours += activity.hours;
    year.by_kind[activity.kind] += activity.hours;
    for (const auto& area : activity.areas) report.by_area[area] += activity.hours / activity.areas.size();
    if (trim(activity.evidence).empty()) report.without_evidence.push_back(static_cast<int>(i) + 1);
  }
  report.compliant = !log.activities.empty();
  const int period = std::max(rule.period_years, 1);
  for (int y = first; y <= through; ++y) {
    CpdYear year = years[y];
    year.year = y;
    year.meets_year = year.hours + 1e-9 >= rule.min_hours_per_year;
    year.period_complete = y - period + 1 >= first;
    for (int p = y - period + 1; p <= y; ++p) year.period_hours += years.count(p) ? years[p].hours : 0;
    year.meets_period = !year.period_complete || year.period_hours + 1e-9 >= rule.min_hours_per_period;
    report.compliant = report.compliant && year.meets_year && year.meets_period;
    report.years.push_back(year);
  }
  // The audit sample: ranked by SHA-256(seed, date, title), reproducible.
  std::vector<std::pair<std::string, int>> ranked;
  for (std::size_t i = 0; i < log.activities.size(); ++i) {
    const CpdActivity& a = log.activities[i];
    ranked.emplace_back(sha256_hex(audit_seed + "\n" + a.date.to_string() + "\n" + a.title + "\n" + std::to_string(i)),
                        static_cast<int>(i) + 1);
  }
  std::sort(ranked.begin(), ranked.end());
  const auto take = static_cast<std::size_t>(std::ceil(audit_percent / 100.0 * ranked.size() - 1e-9));
  for (std::size_t i = 0; i < std::min(take, ranked.size()); ++i) report.audit_sample.push_back(ranked[i].second);
  std::sort(report.audit_sample.begin(), report.audit_sample.end());
  return report;
}

std::string describe(const CpdReport& report, const CpdRule& rule) {
  std::string out = "CPD of " + report.person + ": " + (report.compliant ? "meets" : "DOES NOT MEET") +
                    " the rule (" + hours_text(rule.min_hours_per_year) + " h a year, " +
                    hours_text(rule.min_hours_per_period) + " h in " + std::to_string(rule.period_years) +
                    " years)\n";
  for (const auto& year : report.years) {
    out += "  " + std::to_string(year.year) + "  " + hours_text(year.hours) + " h" +
           (year.meets_year ? "" : "  below the yearly minimum");
    if (year.period_complete) {
      out += "; " + std::to_string(rule.period_years) + "-year period " + hours_text(year.period_hours) + " h" +
             (year.meets_period ? "" : "  below the period minimum");
    }
    out += "\n";
  }
  if (!report.without_evidence.empty()) {
    std::vector<std::string> numbers;
    for (int n : report.without_evidence) numbers.push_back(std::to_string(n));
    out += "  without evidence: activities " + join(numbers, ", ") + "\n";
  }
  std::vector<std::string> sample;
  for (int n : report.audit_sample) sample.push_back(std::to_string(n));
  out += "  audit sample (" + hours_text(report.audit_percent) + " %, seed '" + report.audit_seed +
         "'): activities " + (sample.empty() ? "none" : join(sample, ", ")) + "\n";
  return out;
}

std::string to_json(const CpdReport& report) {
  nlohmann::ordered_json years = nlohmann::ordered_json::array();
  for (const auto& year : report.years) {
    years.push_back({{"year", year.year}, {"hours", year.hours}, {"by_kind", year.by_kind},
                     {"meets_year", year.meets_year}, {"period_hours", year.period_hours},
                     {"period_complete", year.period_complete}, {"meets_period", year.meets_period}});
  }
  nlohmann::ordered_json out{{"person", report.person},       {"compliant", report.compliant},
                             {"years", years},                {"by_area", report.by_area},
                             {"without_evidence", report.without_evidence},
                             {"audit", {{"percent", report.audit_percent}, {"seed", report.audit_seed},
                                        {"sample", report.audit_sample}}}};
  return out.dump(2);
}

}  // namespace candor::scheme
