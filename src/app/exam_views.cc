// What the examiner's form, the decision page and the certificate download
// read: views over the examining half (examining.cc), with the same access
// rules. Nothing here records anything.
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "app/qualifications.h"
#include "scheme/scheme_loader.h"
#include "scheme/text_output.h"

namespace candor::app {
namespace {

using Json = nlohmann::ordered_json;

Json terms(const std::vector<scheme::Term>& list) {
  Json out = Json::array();
  for (const auto& term : list) out.push_back({{"id", term.id}, {"title", term.title}});
  return out;
}

// One row of the form: a requirement or skill with the caller's current
// degree from each evidence source ("" when not marked) and, where the
// examiners' disagreement was settled, the reconciled degree.
Json form_row(const std::string& kind, const std::string& id, const std::string& title,
              const scheme::Scheme& scheme, const std::vector<MarkRow>& marks) {
  Json cells = Json::array();
  for (const auto& source : scheme.exam.evidence_sources) {
    std::string mine, reconciled;
    for (const auto& mark : marks) {  // oldest first: the last one counts
      if (mark.kind != kind || mark.target != id || mark.source != source.id) continue;
      (mark.reconciled ? reconciled : mine) = mark.degree;
    }
    cells.push_back({{"source", source.id}, {"source_title", source.title}, {"degree", mine},
                     {"reconciled", reconciled}});
  }
  return {{"kind", kind}, {"id", id}, {"title", title}, {"cells", cells}};
}

}  // namespace

Result<std::string> Qualifications::exam_sheet(const Caller& caller, RecordId candidate) {
  const Context context = CANDOR_TRY(context_of(caller, candidate));
  CANDOR_TRY(require_examiner(caller, context.cohort));
  const scheme::Scheme& scheme = context.scheme;
  const auto marks = CANDOR_TRY(this->marks(caller, candidate));
  scheme::ExaminerForm report;
  CANDOR_TRY(read_report(candidate, report));

  Json degrees = Json::array();
  for (const auto& degree : scheme.exam.degrees) {
    degrees.push_back({{"id", degree.id}, {"title", degree.title}, {"rank", degree.rank}});
  }
  Json parts = Json::array();
  for (const auto& part : scheme.exam.parts) {
    Json must = Json::array();
    for (const auto& term : part.must_address) must.push_back(term.title);
    parts.push_back({{"id", part.id}, {"title", part.title}, {"description", part.description},
                     {"minutes", part.minutes}, {"evidence_source", part.evidence_source}, {"must_address", must}});
  }
  Json requirements = Json::array();
  for (const auto& requirement : scheme.exam_requirements) {
    Json row = form_row("requirement", requirement.id, requirement.title, scheme, marks);
    const auto* area = scheme.find_main_area(requirement.main_area);
    row["main_area"] = area ? area->title : requirement.main_area;
    Json specifications = Json::array();
    bool addressed = false;
    for (const auto& specification : requirement.specifications) {
      const bool in_report = std::find(report.addressed.begin(), report.addressed.end(), specification.id) !=
                             report.addressed.end();
      addressed = addressed || in_report;
      specifications.push_back({{"id", specification.id}, {"title", specification.title}, {"addressed", in_report}});
    }
    row["specifications"] = specifications;
    row["addressed"] = addressed;
    requirements.push_back(row);
  }
  Json skills = Json::array();
  for (const auto& skill : scheme.exam.skill_requirements) skills.push_back(form_row("skill", skill.id, skill.title, scheme, marks));
  Json questions = Json::array();
  for (const auto& assignment : CANDOR_TRY(assignments_of(app_.db(), candidate))) {
    const QuestionRow question = CANDOR_TRY(find_question(app_.db(), caller.workspace_id, assignment.question_id));
    const auto* area = scheme.find_main_area(question.area);
    questions.push_back({{"id", question.id}, {"area", area ? area->title : question.area}, {"text", question.text},
                         {"criteria", question.criteria},
                         {"satisfied", assignment.satisfied ? Json(*assignment.satisfied) : Json(nullptr)},
                         {"judged_by", assignment.judged_by}});
  }
  Json out{{"candidate", {{"id", context.candidate.id}, {"name", context.candidate.name}}},
           {"cohort", {{"name", context.cohort.name}, {"scheme", scheme.id},
                       {"session_on", context.cohort.session_on ? Json(*context.cohort.session_on) : Json(nullptr)}}},
           {"examiner", caller.actor},
           {"report", {{"title", report.report.title}, {"sha256", report.report.sha256}, {"addressed", report.addressed}}},
           {"degrees", degrees},
           {"sources", terms(scheme.exam.evidence_sources)},
           {"parts", parts},
           {"requirements", requirements},
           {"skills", skills},
           {"questions", questions},
           {"corroborating_sources", scheme.decision.corroborating_sources}};
  return out.dump(2);
}

Result<DecisionView> Qualifications::decision_view(const Caller& caller, RecordId candidate) {
  const Context context = CANDOR_TRY(context_of(caller, candidate));
  if (caller.role != Role::kAdmin) CANDOR_TRY(require_examiner(caller, context.cohort));
  DecisionView view;
  view.disagreements = CANDOR_TRY(disagreements(caller, candidate));
  auto form = build_form(caller, context);
  if (form.ok()) view.decision = scheme::decide(*form, context.scheme);
  else if (form.error().code() == ErrorCode::kConflict) view.blocked = form.error().message();
  else return std::move(form).error();
  view.recorded = CANDOR_TRY(latest_decision(app_.db(), candidate));
  view.credentials = CANDOR_TRY(credentials_of(app_.db(), candidate));
  view.degrees = context.scheme.exam.degrees;
  return view;
}

Result<QuestionBankView> Qualifications::question_bank_view(const Caller& caller, const std::string& cohort_name) {
  QuestionBankView view;
  view.questions = CANDOR_TRY(question_bank(caller, cohort_name));  // the cohort's examiners only; journaled
  view.cohort = CANDOR_TRY(cohort_named(caller, cohort_name));
  view.main_areas = CANDOR_TRY(scheme::find_scheme(view.cohort.scheme_id)).main_areas;
  view.candidates = CANDOR_TRY(list_candidates(app_.db(), caller.workspace_id, view.cohort.id));
  return view;
}

Result<std::vector<CandidateListing>> Qualifications::visible_candidates(const Caller& caller) {
  std::vector<CandidateListing> out;
  const bool staff = caller.role == Role::kTutor || caller.role == Role::kExaminer;
  if (!staff && caller.role != Role::kAdmin && caller.role != Role::kCandidate) return out;
  const std::string member_role = caller.role == Role::kTutor ? "tutor" : "examiner";
  for (const auto& cohort : CANDOR_TRY(list_cohorts(app_.db(), caller.workspace_id))) {
    if (staff && !CANDOR_TRY(is_cohort_member(app_.db(), cohort.id, caller.actor, member_role))) continue;
    for (auto& candidate : CANDOR_TRY(list_candidates(app_.db(), caller.workspace_id, cohort.id))) {
      if (caller.role == Role::kCandidate && candidate.actor != caller.actor) continue;
      const std::string capacity = caller.role == Role::kCandidate ? "self" : staff ? member_role : "admin";
      out.push_back({std::move(candidate), cohort, capacity});
    }
  }
  return out;
}

Result<CredentialRow> Qualifications::credential(const Caller& caller, RecordId candidate) {
  const Context context = CANDOR_TRY(context_of(caller, candidate));
  CANDOR_TRY(require_self_or_staff(caller, context));
  const auto credentials = CANDOR_TRY(credentials_of(app_.db(), candidate));
  if (credentials.empty()) return Error::conflict("no certificate has been issued to this candidate yet");
  return credentials.back();
}

}  // namespace candor::app
