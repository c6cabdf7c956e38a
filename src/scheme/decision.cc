#include "scheme/decision.h"

#include <algorithm>
#include <set>

#include "base/text.h"

namespace candor::scheme {
namespace {

RequirementDegree degree_of(const std::string& id, const std::string& title,
                            const std::vector<Assessment>& assessments, const Scheme& scheme) {
  RequirementDegree out{id, title};
  const Assessment* assessment = nullptr;
  for (const auto& candidate : assessments) {
    if (candidate.id == id) assessment = &candidate;
  }
  if (!assessment || assessment->evidence.empty()) return out;
  out.assessed = true;
  const int needed = scheme.decision.corroborating_sources;
  // From the highest degree down: the first that enough distinct sources reach.
  for (auto level = scheme.exam.degrees.rbegin(); level != scheme.exam.degrees.rend(); ++level) {
    std::set<std::string> sources;
    for (const auto& entry : assessment->evidence) {
      const DegreeLevel* logged = scheme.exam.find_degree(entry.degree);
      if (logged && logged->rank >= level->rank) sources.insert(entry.source);
    }
    if (static_cast<int>(sources.size()) >= needed) {
      out.degree = level->id;
      out.rank = level->rank;
      out.sources.assign(sources.begin(), sources.end());
      return out;
    }
  }
  return out;
}

std::string describe_degree(const RequirementDegree& degree) {
  if (!degree.assessed) return "no evidence logged";
  if (!degree.degree) return "evidence not corroborated by enough sources";
  return *degree.degree + " (" + join(degree.sources, ", ") + ")";
}

std::vector<std::string> addressed_requirements(const ExaminerForm& form, const Scheme& scheme) {
  std::vector<std::string> out;
  for (const auto& spec : form.addressed) {
    const ExamRequirement* requirement = scheme.find_specification(spec).first;
    if (requirement && std::find(out.begin(), out.end(), requirement->id) == out.end()) {
      out.push_back(requirement->id);
    }
  }
  return out;
}

// Every listed degree must reach `rank`; an unassessed one leaves it undecided.
void require_each(const std::vector<const RequirementDegree*>& degrees, int rank,
                  const std::string& degree_id, RuleResult& result) {
  std::vector<std::string> below, unassessed;
  for (const auto* degree : degrees) {
    if (!degree->assessed || !degree->degree) {
      unassessed.push_back(degree->id + ": " + describe_degree(*degree));
    } else if (degree->rank < rank) {
      below.push_back(degree->id + ": " + describe_degree(*degree));
    }
  }
  result.satisfied = below.empty() && unassessed.empty();
  result.decided = unassessed.empty() || !below.empty();
  if (!below.empty()) {
    result.reason = "below " + degree_id + ": " + join(below, "; ");
  } else if (!unassessed.empty()) {
    result.reason = "cannot be judged yet: " + join(unassessed, "; ");
  } else if (degrees.empty()) {
    result.satisfied = false;
    result.decided = false;
    result.reason = "nothing to judge: the form lists none";
  } else {
    result.reason = "all at least " + degree_id;
  }
}

RuleResult evaluate(const DecisionRule& rule, const ExaminerForm& form, const Scheme& scheme,
                    const Decision& decision) {
  RuleResult result{rule.id, rule.title};
  const DegreeLevel* threshold = scheme.exam.find_degree(rule.degree);
  const int rank = threshold ? threshold->rank : 0;
  std::vector<const RequirementDegree*> reaching;
  for (const auto& degree : decision.requirements) {
    if (degree.degree && degree.rank >= rank) reaching.push_back(&degree);
  }
  switch (rule.kind) {
    case RuleKind::kEachAddressedAtLeast: {
      std::vector<const RequirementDegree*> addressed;
      for (const auto& id : addressed_requirements(form, scheme)) {
        for (const auto& degree : decision.requirements) {
          if (degree.id == id) addressed.push_back(&degree);
        }
      }
      require_each(addressed, rank, rule.degree, result);
      break;
    }
    case RuleKind::kEachSkillAtLeast: {
      std::vector<const RequirementDegree*> skills;
      for (const auto& degree : decision.skills) skills.push_back(&degree);
      require_each(skills, rank, rule.degree, result);
      break;
    }
    case RuleKind::kMinRequirementsAtLeast: {
      result.satisfied = static_cast<int>(reaching.size()) >= rule.count;
      result.reason = std::to_string(reaching.size()) + " requirement(s) at least " + rule.degree +
                      ", " + std::to_string(rule.count) + " needed";
      break;
    }
    case RuleKind::kMinMainAreasAtLeast: {
      std::set<std::string> areas;
      for (const auto* degree : reaching) {
        if (const auto* requirement = scheme.find_requirement(degree->id)) {
          areas.insert(requirement->main_area);
        }
      }
      result.satisfied = static_cast<int>(areas.size()) >= rule.count;
      result.reason = std::to_string(areas.size()) + " main area(s) covered (" +
                      join(std::vector<std::string>(areas.begin(), areas.end()), ", ") + "), " +
                      std::to_string(rule.count) + " needed";
      break;
    }
    case RuleKind::kQuestionsSatisfied: {
      std::vector<std::string> failed, open;
      for (const auto& question : form.questions) {
        if (!question.satisfied) open.push_back(question.id);
        else if (!*question.satisfied) failed.push_back(question.id);
      }
      result.satisfied = failed.empty() && open.empty() && !form.questions.empty();
      result.decided = !failed.empty() || (open.empty() && !form.questions.empty());
      result.reason = !failed.empty()  ? "not answered to the criteria: " + join(failed, ", ")
                      : !open.empty()  ? "answers not yet judged: " + join(open, ", ")
                      : form.questions.empty() ? "no prepared questions on the form"
                                               : "all answered to the criteria";
      break;
    }
    case RuleKind::kRequiredSources: {
      std::vector<std::string> missing;
      for (const auto& source : rule.sources) {
        bool logged = false;
        for (const auto& assessment : form.requirements) {
          for (const auto& entry : assessment.evidence) logged = logged || entry.source == source;
        }
        if (!logged) missing.push_back(source);
      }
      result.satisfied = missing.empty();
      result.decided = missing.empty();
      result.reason = missing.empty() ? "evidence logged from " + join(rule.sources, ", ")
                                      : "no evidence logged from " + join(missing, ", ");
      break;
    }
  }
  return result;
}

// The scheme's rules for prepared questions: how many, each on a main area,
// with criteria, written down before the session.
std::vector<std::string> question_problems(const ExaminerForm& form, const Scheme& scheme) {
  const QuestionRules& rules = scheme.exam.questions;
  std::vector<std::string> out;
  const int count = static_cast<int>(form.questions.size());
  if (rules.min_per_candidate > 0 && count < rules.min_per_candidate) {
    out.push_back(std::to_string(count) + " prepared question(s); at least " +
                  std::to_string(rules.min_per_candidate) + " required");
  }
  if (rules.max_per_candidate > 0 && count > rules.max_per_candidate) {
    out.push_back(std::to_string(count) + " prepared questions; at most " +
                  std::to_string(rules.max_per_candidate) + " allowed");
  }
  for (const auto& question : form.questions) {
    if (rules.each_addresses_main_area && question.area.empty()) {
      out.push_back("question " + question.id + " names no main exam area");
    }
    if (rules.criteria_required && question.criteria.empty()) {
      out.push_back("question " + question.id + " has no criteria for a satisfying answer");
    }
    if (rules.written_before_session &&
        (!question.written || (form.session && !(*question.written < *form.session)))) {
      out.push_back("question " + question.id + " was not written down before the session");
    }
  }
  return out;
}

}  // namespace

const char* to_string(Outcome outcome) {
  switch (outcome) {
    case Outcome::kPass: return "pass";
    case Outcome::kFail: return "fail";
    case Outcome::kIncomplete: return "incomplete";
  }
  return "?";
}

Decision decide(const ExaminerForm& form, const Scheme& scheme) {
  Decision decision;
  for (const auto& requirement : scheme.exam_requirements) {
    decision.requirements.push_back(
        degree_of(requirement.id, requirement.title, form.requirements, scheme));
  }
  for (const auto& skill : scheme.exam.skill_requirements) {
    decision.skills.push_back(degree_of(skill.id, skill.title, form.skills, scheme));
  }
  for (const auto& rule : scheme.decision.rules) {
    decision.rules.push_back(evaluate(rule, form, scheme, decision));
  }
  decision.form_problems = question_problems(form, scheme);
  bool failed = false, undecided = !decision.form_problems.empty();
  for (const auto& rule : decision.rules) {
    if (rule.satisfied) continue;
    if (rule.decided) {
      failed = true;
      decision.reasons.push_back("not met: " + rule.title + " (" + rule.reason + ")");
    } else {
      undecided = true;
      decision.reasons.push_back("undecided: " + rule.title + " (" + rule.reason + ")");
    }
  }
  for (const auto& problem : decision.form_problems) {
    decision.reasons.push_back("form incomplete: " + problem);
  }
  decision.outcome = failed ? Outcome::kFail : undecided ? Outcome::kIncomplete : Outcome::kPass;
  if (decision.outcome == Outcome::kPass) {
    for (const auto& rule : decision.rules) decision.reasons.push_back("met: " + rule.title);
  }
  return decision;
}

}  // namespace candor::scheme
