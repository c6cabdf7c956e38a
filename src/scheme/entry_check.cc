#include "scheme/entry_check.h"

#include <algorithm>

#include "base/text.h"
#include "scheme/phrase.h"

namespace candor::scheme {
namespace {

std::string entry_label(const Candidate& candidate, int number) {
  const CvEntry& entry = candidate.cv[number - 1];
  return "entry " + std::to_string(number) + " (" + entry.role + ", " + entry.organisation + ")";
}

std::string entry_text(const CvEntry& entry) {
  std::string text = entry.role + " " + entry.organisation + " " + entry.description;
  for (const auto& task : entry.tasks) text += " " + task;
  for (const auto& deliverable : entry.deliverables) text += " " + deliverable;
  return normalise_phrase(text);
}

bool mentions_any(const std::string& normalised_text, const std::vector<std::string>& terms) {
  return std::any_of(terms.begin(), terms.end(), [&](const std::string& term) {
    return contains_phrase(normalised_text, normalise_phrase(term));
  });
}

Date entry_end(const CvEntry& entry, Date seminar) {
  return entry.to ? *entry.to : seminar.add_days(-1);
}

// The window before the seminar in which experience counts: [start, seminar - 1].
std::pair<Date, Date> window_of(const EntryRequirement& requirement, Date seminar) {
  const Date start = requirement.window_months > 0
                         ? seminar.add_months(-requirement.window_months)
                         : Date::from_civil(1900, 1, 1);
  return {start, seminar.add_days(-1)};
}

bool overlaps(const CvEntry& entry, std::pair<Date, Date> window, Date seminar) {
  return entry.from <= window.second && entry_end(entry, seminar) >= window.first;
}

void check_certificate(const EntryRequirement& requirement, const Candidate& candidate,
                       Date seminar, EntryRequirementResult& result) {
  for (const auto& certificate : candidate.certificates) {
    const std::string held = normalise_phrase(certificate.name);
    for (const auto& accepted : requirement.certificates) {
      std::vector<std::string> names{accepted.title};
      names.insert(names.end(), accepted.synonyms.begin(), accepted.synonyms.end());
      const bool same = std::any_of(names.begin(), names.end(), [&](const std::string& name) {
        return held == normalise_phrase(name);
      });
      if (!same) continue;
      if (certificate.date && *certificate.date >= seminar) {
        result.notes.push_back("certificate " + certificate.number + " is dated " +
                               certificate.date->to_string() + ", not before the seminar");
        continue;
      }
      result.satisfied = true;
      result.matched.push_back(accepted.id + ": " + certificate.name + " (" + certificate.issuer +
                               ", no. " + certificate.number + ")");
    }
  }
  if (!result.satisfied && requirement.side_entry_allowed && candidate.side_entry) {
    result.satisfied = true;
    result.matched.push_back("side entry: " + candidate.side_entry->route + " (approved by " +
                             candidate.side_entry->approved_by + ", ref. " +
                             candidate.side_entry->reference + ")");
  }
  if (!result.satisfied) {
    std::string wanted = requirement.certificates.front().title;
    if (requirement.side_entry_allowed) wanted += ", or an agreed side-entry route";
    result.missing.push_back(wanted);
  }
}

void check_experience(const EntryRequirement& requirement, const Candidate& candidate,
                      Date seminar, EntryRequirementResult& result) {
  const auto window = window_of(requirement, seminar);
  result.window_start = window.first;
  result.window_end = window.second;
  result.required_days = seminar.days() - seminar.add_months(-requirement.min_months).days();
  std::vector<std::pair<Date, Date>> periods;
  for (int number = 1; number <= static_cast<int>(candidate.cv.size()); ++number) {
    const CvEntry& entry = candidate.cv[number - 1];
    const std::string label = entry_label(candidate, number);
    const std::string role = normalise_phrase(entry.role);
    if (requirement.exclude_training_only && entry.training_only) {
      result.notes.push_back(label + ": training only, does not count");
    } else if (!mentions_any(role, requirement.roles)) {
      result.notes.push_back(label + ": the role is none of " + join(requirement.roles, ", "));
    } else if (!requirement.field_terms.empty() &&
               !mentions_any(entry_text(entry), requirement.field_terms)) {
      result.notes.push_back(label + ": mentions none of " + join(requirement.field_terms, ", "));
    } else if (!overlaps(entry, window, seminar)) {
      result.notes.push_back(label + ": outside the window " + window.first.to_string() + " .. " +
                             window.second.to_string());
    } else {
      periods.emplace_back(std::max(entry.from, window.first),
                           std::min(entry_end(entry, seminar), window.second));
      result.entries.push_back(number);
    }
  }
  result.qualifying_days = covered_days(periods);
  result.satisfied = result.qualifying_days >= result.required_days;
  if (!result.satisfied) {
    const long short_by = result.required_days - result.qualifying_days;
    result.missing.push_back(std::to_string(short_by) + " more days of qualifying experience (" +
                             std::to_string(result.qualifying_days) + " of " +
                             std::to_string(result.required_days) + " counted, between " +
                             window.first.to_string() + " and " + window.second.to_string() + ")");
  }
}

bool entry_shows_task(const CvEntry& entry, const Term& task) {
  const std::string text = entry_text(entry);
  std::vector<std::string> names{task.title};
  names.insert(names.end(), task.synonyms.begin(), task.synonyms.end());
  for (const auto& stated : entry.tasks) {
    if (stated == task.id) return true;
  }
  return mentions_any(text, names);
}

void check_tasks(const EntryRequirement& requirement, const Candidate& candidate, Date seminar,
                 EntryRequirementResult& result) {
  const auto window = window_of(requirement, seminar);
  result.window_start = window.first;
  result.window_end = window.second;
  for (const auto& task : requirement.tasks) {
    bool shown = false;
    for (int number = 1; number <= static_cast<int>(candidate.cv.size()); ++number) {
      const CvEntry& entry = candidate.cv[number - 1];
      if (requirement.exclude_training_only && entry.training_only) continue;
      if (!overlaps(entry, window, seminar) || !entry_shows_task(entry, task)) continue;
      shown = true;
      if (std::find(result.entries.begin(), result.entries.end(), number) == result.entries.end()) {
        result.entries.push_back(number);
      }
    }
    if (shown) {
      result.matched.push_back(task.id);
    } else {
      result.missing.push_back(task.title);
    }
  }
  std::sort(result.entries.begin(), result.entries.end());
  result.satisfied = static_cast<int>(result.matched.size()) >= requirement.min_matched;
  if (!result.satisfied) {
    result.notes.push_back(std::to_string(result.matched.size()) + " of the tasks shown; at least " +
                           std::to_string(requirement.min_matched) + " are required");
  }
}

}  // namespace

long covered_days(std::vector<std::pair<Date, Date>> intervals) {
  std::sort(intervals.begin(), intervals.end());
  long days = 0;
  bool open = false;
  Date start, end;
  for (const auto& [from, to] : intervals) {
    if (to < from) continue;
    if (open && from.days() <= end.days() + 1) {
      end = std::max(end, to);
      continue;
    }
    if (open) days += end.days() - start.days() + 1;
    start = from, end = to, open = true;
  }
  if (open) days += end.days() - start.days() + 1;
  return days;
}

EntryCheck check_entry(const Candidate& candidate, const Scheme& scheme, Date seminar) {
  EntryCheck check;
  check.seminar = seminar;
  check.eligible = true;
  for (const auto& requirement : scheme.entry_requirements) {
    EntryRequirementResult result;
    result.id = requirement.id;
    result.title = requirement.title;
    result.kind = requirement.kind;
    result.obligation = requirement.obligation;
    switch (requirement.kind) {
      case EntryKind::kCertificate: check_certificate(requirement, candidate, seminar, result); break;
      case EntryKind::kExperience: check_experience(requirement, candidate, seminar, result); break;
      case EntryKind::kTasks: check_tasks(requirement, candidate, seminar, result); break;
    }
    if (requirement.obligation == Obligation::kMandatory && !result.satisfied) {
      check.eligible = false;
    }
    check.requirements.push_back(std::move(result));
  }
  for (int number = 1; number <= static_cast<int>(candidate.cv.size()); ++number) {
    const CvEntry& entry = candidate.cv[number - 1];
    if (entry.tasks.empty()) {
      check.warnings.push_back(entry_label(candidate, number) +
                               " states no tasks; say what the role was responsible for");
    }
    if (entry.from >= seminar) {
      check.warnings.push_back(entry_label(candidate, number) + " starts after the seminar date");
    }
  }
  return check;
}

}  // namespace candor::scheme
