#include "scheme/text_output.h"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "base/text.h"

namespace candor::scheme {
namespace {

const char* mark(bool ok) { return ok ? "ok  " : "FAIL"; }

std::string to_upper_ascii(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

std::string describe(const ArtefactCheck& check, const Artefact& artefact) {
  std::ostringstream out;
  out << artefact.title << " (" << check.format << "): " << (check.passed() ? "PASSED" : "FAILED")
      << "\n\n";
  out << "Words in the body: " << check.words.body;
  if (check.min_words || check.max_words) {
    out << "  (window " << (check.min_words ? std::to_string(*check.min_words) : "-") << ".."
        << (check.max_words ? std::to_string(*check.max_words) : "-") << ")";
  }
  out << "\n  not counted: headings " << check.words.headings << ", tables " << check.words.tables
      << ", title block " << check.words.title_block << ", literature " << check.words.literature
      << "\n";
  if (check.max_pages) {
    out << "Pages: " << (check.pages.pages ? std::to_string(*check.pages.pages) : "?") << " of at most "
        << *check.max_pages << "  (" << check.pages.method << ")\n";
  }
  out << "\nSections:\n";
  for (const auto& section : check.sections) {
    const std::string indent = section.parent.empty() ? "  " : "      ";
    out << indent << (section.found ? "found   " : section.required ? "MISSING " : "absent  ")
        << section.title;
    if (section.found) out << "  <- \"" << section.heading << "\" (" << section.location << ")";
    out << "\n";
  }
  out << "\nExam specifications addressed: "
      << (check.coverage.specifications.empty() ? "none" : join(check.coverage.specifications, ", "))
      << "  from requirements "
      << (check.coverage.requirements.empty() ? "none" : join(check.coverage.requirements, ", "))
      << "  [" << mark(check.coverage.satisfied) << "]\n";
  for (const auto& content : check.content) {
    out << content.title << ": " << (content.found ? "found (\"" + content.matched + "\")" : "NOT FOUND")
        << "\n";
  }
  if (!check.problems.empty()) {
    out << "\nProblems:\n";
    for (const auto& problem : check.problems) out << "  - " << problem << "\n";
  }
  if (!check.warnings.empty()) {
    out << "\nWarnings:\n";
    for (const auto& warning : check.warnings) out << "  - " << warning << "\n";
  }
  return out.str();
}

std::string describe(const EntryCheck& check) {
  std::ostringstream out;
  out << "Entry check against the seminar of " << check.seminar.to_string() << ": "
      << (check.eligible ? "ELIGIBLE" : "NOT ELIGIBLE") << "\n";
  for (const auto& requirement : check.requirements) {
    out << "\n[" << (requirement.satisfied ? "met" : "NOT MET") << "] " << requirement.title
        << (requirement.obligation == Obligation::kRecommended ? " (recommended)" : "") << "\n";
    if (requirement.kind == EntryKind::kExperience) {
      out << "    " << requirement.qualifying_days << " of " << requirement.required_days
          << " days counted between " << requirement.window_start.to_string() << " and "
          << requirement.window_end.to_string() << "\n";
    }
    if (!requirement.entries.empty()) {
      std::vector<std::string> numbers;
      for (int n : requirement.entries) numbers.push_back(std::to_string(n));
      out << "    CV entries: " << join(numbers, ", ") << "\n";
    }
    for (const auto& matched : requirement.matched) out << "    + " << matched << "\n";
    for (const auto& missing : requirement.missing) out << "    missing: " << missing << "\n";
    for (const auto& note : requirement.notes) out << "    note: " << note << "\n";
  }
  for (const auto& warning : check.warnings) out << "\nwarning: " << warning;
  if (!check.warnings.empty()) out << "\n";
  return out.str();
}

std::string describe(const DatedTimeline& timeline, const TimelineStatus& status) {
  std::ostringstream out;
  out << "Timeline (" << timeline.mode << "), seminar " << timeline.seminar.to_string()
      << ", week 0 starts " << timeline.week_zero.to_string() << "; as of "
      << status.today.to_string() << "\n\nStages:\n";
  for (const auto& stage : timeline.stages) {
    const bool current = std::find(status.current_stages.begin(), status.current_stages.end(),
                                   stage.id) != status.current_stages.end();
    out << (current ? "  > " : "    ") << stage.start.to_string() << " .. " << stage.end.to_string()
        << "  " << stage.title << "\n";
  }
  out << "\nDeadlines:\n";
  for (const auto& deadline : status.deadlines) {
    out << "    " << deadline.due.to_string() << "  " << to_string(deadline.state);
    out << std::string(9 - std::string(to_string(deadline.state)).size(), ' ') << deadline.title;
    if (deadline.state == DeadlineState::kLate) out << " (" << -deadline.days_left << " days overdue)";
    if (deadline.state == DeadlineState::kAtRisk) out << " (" << deadline.days_left << " days left)";
    out << "\n";
  }
  if (!status.late.empty()) out << "\nLate: " << join(status.late, ", ") << "\n";
  if (!status.at_risk.empty()) out << "At risk: " << join(status.at_risk, ", ") << "\n";
  return out.str();
}

std::string describe(const Decision& decision) {
  std::ostringstream out;
  out << "Decision: " << to_upper_ascii(to_string(decision.outcome)) << "\n\nExam requirements:\n";
  auto print = [&](const RequirementDegree& degree) {
    out << "  " << degree.id << "  " << degree.title << ": ";
    if (!degree.assessed) out << "no evidence";
    else if (!degree.degree) out << "not corroborated";
    else out << *degree.degree << " (" << join(degree.sources, ", ") << ")";
    out << "\n";
  };
  for (const auto& degree : decision.requirements) print(degree);
  if (!decision.skills.empty()) out << "\nSkills:\n";
  for (const auto& degree : decision.skills) print(degree);
  out << "\nReasons:\n";
  for (const auto& reason : decision.reasons) out << "  - " << reason << "\n";
  return out.str();
}

}  // namespace candor::scheme
