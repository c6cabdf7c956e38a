#include "ops/kpi_json.h"

#include "base/text.h"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace candor::ops {
namespace {

nlohmann::json number(double value) { return std::isnan(value) ? nlohmann::json(nullptr) : nlohmann::json(value); }

std::string fixed(double value, int digits = 2) {
  if (std::isnan(value)) return "-";
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", digits, value);
  return text;
}

// Floored, never rounded up: 20762 of 20769 is 99.9 %, not 100.0 %.
std::string percent(double value) { return std::isnan(value) ? "-" : percent_floor(value); }

}  // namespace

nlohmann::json kpis_to_json(const Kpis& kpis, const LogSummary& log) {
  nlohmann::json out;
  out["record_type"] = kpis.record_type;
  out["events"] = kpis.events;
  out["cases"] = kpis.cases;
  out["bad_rows"] = kpis.bad_rows;
  out["resolved"] = kpis.resolved;
  out["sla_met_ratio"] = number(kpis.sla_met_ratio);
  out["reopen_ratio"] = number(kpis.reopen_ratio);
  out["mean_reassignments"] = number(kpis.mean_reassignments);
  out["reassignment_ping_pong_ratio"] = number(kpis.reassignment_ping_pong_ratio);
  out["first_contact_resolution_ratio"] = number(kpis.first_contact_resolution_ratio);
  out["problem_linkage_ratio"] = number(kpis.problem_linkage_ratio);
  out["p50_hours"] = number(kpis.p50_hours);
  out["p90_hours"] = number(kpis.p90_hours);
  out["p99_hours"] = number(kpis.p99_hours);
  out["priorities"] = nlohmann::json::array();
  for (const auto& p : kpis.priorities) {
    out["priorities"].push_back({{"priority", p.priority}, {"cases", p.cases}, {"resolved", p.resolved},
                                 {"p50_hours", number(p.p50_hours)}, {"p90_hours", number(p.p90_hours)},
                                 {"p99_hours", number(p.p99_hours)}, {"sla_met_ratio", number(p.sla_met_ratio)}});
  }
  out["months"] = nlohmann::json::array();
  for (const auto& m : kpis.months) {
    out["months"].push_back({{"month", m.month}, {"opened", m.opened}, {"resolved", m.resolved},
                             {"backlog_at_end", m.backlog}, {"backlog_mean_age_days", m.backlog_mean_age_days}});
  }
  out["checks"] = nlohmann::json::array();
  for (const auto& c : kpis.checks) {
    const std::uint64_t applicable = c.passed + c.failed;
    out["checks"].push_back({{"id", c.id}, {"requirement", c.requirement}, {"title", c.title}, {"passed", c.passed},
                             {"failed", c.failed},
                             {"pass_ratio", number(applicable ? double(c.passed) / double(applicable) : NAN)},
                             {"failing_examples", c.failing_examples}});
  }
  nlohmann::json bad = nlohmann::json::array();
  for (const auto& b : log.bad_row_examples) bad.push_back({{"line", b.line}, {"reason", b.reason}});
  out["bad_row_examples"] = bad;
  nlohmann::json formats;
  formats["input"] = log.xes ? "xes" : log.jsonl ? "jsonl" : "csv";
  formats["delimiter"] = std::string(1, log.delimiter);
  formats["byte_order_mark"] = log.byte_order_mark;
  for (Field field : {Field::kUpdatedAt, Field::kOpenedAt, Field::kResolvedAt, Field::kClosedAt}) {
    if (log.layout.column(field) >= 0) formats[std::string(field_name(field))] = log.layout.date_formats[static_cast<std::size_t>(field)].describe();
  }
  formats["time_zone"] = log.layout.mapping->time_zone;
  out["formats"] = formats;
  out["warnings"] = log.warnings;
  return out;
}

std::string kpis_to_text(const Kpis& kpis, const LogSummary& log) {
  std::string out;
  out += "events " + std::to_string(kpis.events) + ", cases " + std::to_string(kpis.cases) + ", bad rows " +
         std::to_string(kpis.bad_rows) + ", resolved " + std::to_string(kpis.resolved) + "\n";
  out += "SLA met " + percent(kpis.sla_met_ratio) + ", reopened " + percent(kpis.reopen_ratio) +
         ", mean reassignments " + fixed(kpis.mean_reassignments) + " (>=3: " + percent(kpis.reassignment_ping_pong_ratio) +
         "), first-contact resolution " + percent(kpis.first_contact_resolution_ratio) + ", linked to a problem " +
         percent(kpis.problem_linkage_ratio) + "\n";
  out += "time to resolve (hours): p50 " + fixed(kpis.p50_hours) + ", p90 " + fixed(kpis.p90_hours) + ", p99 " +
         fixed(kpis.p99_hours) + "\n\n";
  char line[256];
  std::snprintf(line, sizeof line, "%-20s %9s %9s %9s %9s %9s %8s\n", "priority", "cases", "resolved", "p50 h", "p90 h",
                "p99 h", "SLA met");
  out += line;
  for (const auto& p : kpis.priorities) {
    std::snprintf(line, sizeof line, "%-20s %9llu %9llu %9s %9s %9s %8s\n", p.priority.empty() ? "(none)" : p.priority.c_str(),
                  static_cast<unsigned long long>(p.cases), static_cast<unsigned long long>(p.resolved),
                  fixed(p.p50_hours).c_str(), fixed(p.p90_hours).c_str(), fixed(p.p99_hours).c_str(),
                  percent(p.sla_met_ratio).c_str());
    out += line;
  }
  out += "\nchecks (ISO/IEC 20000-1 requirement):\n";
  for (const auto& c : kpis.checks) {
    const std::uint64_t applicable = c.passed + c.failed;
    std::snprintf(line, sizeof line, "  %-6s %-45s %7s pass (%llu of %llu)", c.requirement.c_str(), c.id.c_str(),
                  percent(applicable ? double(c.passed) / double(applicable) : NAN).c_str(),
                  static_cast<unsigned long long>(c.passed), static_cast<unsigned long long>(applicable));
    out += line;
    if (!c.failing_examples.empty()) {
      out += "  e.g. ";
      for (std::size_t i = 0; i < c.failing_examples.size(); ++i) out += (i ? ", " : "") + c.failing_examples[i];
    }
    out += "\n";
  }
  if (!log.bad_row_examples.empty()) {
    out += "\nbad rows (first " + std::to_string(log.bad_row_examples.size()) + "):\n";
    for (const auto& b : log.bad_row_examples) out += "  " + log.file + ":" + std::to_string(b.line) + ": " + b.reason + "\n";
  }
  for (const auto& w : log.warnings) out += "warning: " + w + "\n";
  return out;
}

}  // namespace candor::ops
