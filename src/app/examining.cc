// The examining half of a qualification: the question bank and its
// exposure, locking at the session's start, independent marks by two
// examiners and their reconciliation, the decision and the certificate.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <nlohmann/json.hpp>

#include "app/qualifications.h"
#include "base/text.h"
#include "scheme/scheme_loader.h"
#include "scheme/text_output.h"

namespace candor::app {
namespace {

using Json = nlohmann::ordered_json;

template <class T>
bool has_id(const std::vector<T>& items, const std::string& id) {
  return std::any_of(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
}

Status check_mark(const scheme::Scheme& scheme, const MarkInput& input) {
  const bool requirement = input.kind == "requirement";
  if (!requirement && input.kind != "skill") return Error::invalid_input("kind is requirement or skill", Location{"", 0, 0, "mark.kind"});
  if (requirement ? !scheme.find_requirement(input.target) : !has_id(scheme.exam.skill_requirements, input.target)) {
    return Error::invalid_input("unknown " + input.kind + " '" + input.target + "'", Location{"", 0, 0, "mark.target"});
  }
  if (!has_id(scheme.exam.evidence_sources, input.source)) {
    return Error::invalid_input("unknown evidence source '" + input.source + "'", Location{"", 0, 0, "mark.source"});
  }
  if (!scheme.exam.find_degree(input.degree)) {
    return Error::invalid_input("unknown degree '" + input.degree + "'", Location{"", 0, 0, "mark.degree"});
  }
  return ok_status();
}

// Per (kind, target, source): a reconciled degree wins; otherwise each
// examiner's latest mark, agreed or disputed.
struct Resolved {
  std::map<std::string, std::string> by_examiner;
  std::optional<std::string> reconciled;
};

std::map<std::tuple<std::string, std::string, std::string>, Resolved> resolve(const std::vector<MarkRow>& marks) {
  std::map<std::tuple<std::string, std::string, std::string>, Resolved> out;
  for (const auto& mark : marks) {
    Resolved& slot = out[{mark.kind, mark.target, mark.source}];
    if (mark.reconciled) slot.reconciled = mark.degree;
    else slot.by_examiner[mark.examiner] = mark.degree;
  }
  return out;
}

}  // namespace

Result<RecordId> Qualifications::add_question(const Caller& caller, const std::string& cohort_name,
                                              const std::string& area, const std::string& text,
                                              const std::vector<std::string>& criteria) {
  const CohortRow cohort = CANDOR_TRY(cohort_named(caller, cohort_name));
  CANDOR_TRY(require_examiner(caller, cohort));
  const scheme::Scheme scheme = CANDOR_TRY(scheme::find_scheme(cohort.scheme_id));
  const auto& rules = scheme.exam.questions;
  if (rules.each_addresses_main_area && !scheme.find_main_area(area)) {
    return Error::invalid_input("a question addresses one of the main exam areas; '" + area + "' is none",
                                Location{"", 0, 0, "question.area"});
  }
  if (rules.criteria_required && criteria.empty()) {
    return Error::invalid_input("write the criteria of a satisfying answer with the question",
                                Location{"", 0, 0, "question.criteria"});
  }
  if (trim(text).empty()) return Error::invalid_input("must not be empty", Location{"", 0, 0, "question.text"});
  QuestionRow row{0, scheme.id, area, text, criteria, caller.actor, Date::today().to_string(), {}};
  CANDOR_TRY(app_.db().transaction([&]() -> Status {
    row.id = CANDOR_TRY(insert_question(app_.db(), caller.workspace_id, row));
    return journal(caller, "question.add", "question", std::to_string(row.id),
                   Json{{"area", area}, {"criteria_count", criteria.size()}}.dump());
  }));
  return row.id;
}

Result<std::vector<BankQuestion>> Qualifications::question_bank(const Caller& caller, const std::string& cohort_name) {
  const CohortRow cohort = CANDOR_TRY(cohort_named(caller, cohort_name));
  CANDOR_TRY(require_examiner(caller, cohort));
  const scheme::Scheme scheme = CANDOR_TRY(scheme::find_scheme(cohort.scheme_id));
  const auto& rules = scheme.exam.questions;
  std::vector<BankQuestion> out;
  CANDOR_TRY(app_.db().transaction([&]() -> Status {
    const auto questions = CANDOR_TRY(list_questions(app_.db(), caller.workspace_id, scheme.id));
    const auto exposure = CANDOR_TRY(question_exposure(app_.db(), caller.workspace_id, scheme.id));
    for (std::size_t i = 0; i < questions.size(); ++i) {
      BankQuestion entry{questions[i], i < exposure.size() ? exposure[i] : ExposureRow{questions[i].id}, {}};
      auto warn = [&](int seen, int limit, const char* what) {
        if (limit > 0 && seen >= limit) {
          entry.warnings.push_back("seen by " + std::to_string(seen) + " " + what + " (threshold " +
                                   std::to_string(limit) + "): consider retiring it");
        }
      };
      warn(entry.exposure.candidates, rules.max_candidates, "candidates");
      warn(entry.exposure.cohorts, rules.max_cohorts, "cohorts");
      warn(entry.exposure.providers, rules.max_providers, "training providers");
      out.push_back(std::move(entry));
    }
    // Every read of the bank is journaled, with what was shown.
    return journal(caller, "question_bank.read", "cohort", std::to_string(cohort.id),
                   Json{{"scheme", scheme.id}, {"questions", questions.size()}}.dump());
  }));
  return out;
}

Status Qualifications::assign_question(const Caller& caller, RecordId candidate, RecordId question) {
  const Context context = CANDOR_TRY(context_of(caller, candidate));
  CANDOR_TRY(require_examiner(caller, context.cohort));
  if (context.cohort.session_on) {
    return Error::conflict("the exam session of cohort '" + context.cohort.name + "' started on " +
                           *context.cohort.session_on + ": questions were locked then");
  }
  if (question <= 0) return Error::invalid_input("choose a question to assign", Location{"", 0, 0, "question"});
  const QuestionRow row = CANDOR_TRY(find_question(app_.db(), caller.workspace_id, question));
  if (row.scheme_id != context.scheme.id) return Error::invalid_input("the question belongs to another scheme");
  const auto assigned = CANDOR_TRY(assignments_of(app_.db(), candidate));
  const int max = context.scheme.exam.questions.max_per_candidate;
  if (max > 0 && static_cast<int>(assigned.size()) >= max) {
    return Error::conflict("the candidate already has " + std::to_string(assigned.size()) + " question(s); at most " +
                           std::to_string(max) + " are allowed");
  }
  return app_.db().transaction([&]() -> Status {
    CANDOR_TRY(candor::assign_question(app_.db(), question, candidate, caller.actor));
    return journal(caller, "question.assign", "candidate", std::to_string(candidate),
                   Json{{"question", question}}.dump());
  });
}

Status Qualifications::start_session(const Caller& caller, const std::string& cohort_name, Date on) {
  const CohortRow cohort = CANDOR_TRY(cohort_named(caller, cohort_name));
  CANDOR_TRY(require_examiner(caller, cohort));
  if (cohort.session_on) return Error::conflict("the session already started on " + *cohort.session_on);
  return app_.db().transaction([&]() -> Status {
    CANDOR_TRY(set_session_on(app_.db(), cohort.id, on.to_string()));
    CANDOR_TRY(lock_cohort_questions(app_.db(), cohort.id, on.to_string()));
    return journal(caller, "session.start", "cohort", std::to_string(cohort.id), Json{{"on", on.to_string()}}.dump());
  });
}

Status Qualifications::judge_answer(const Caller& caller, RecordId candidate, RecordId question, bool satisfied) {
  const Context context = CANDOR_TRY(context_of(caller, candidate));
  CANDOR_TRY(require_examiner(caller, context.cohort));
  if (!context.cohort.session_on) return Error::conflict("answers are judged in the session; it has not started");
  const auto assigned = CANDOR_TRY(assignments_of(app_.db(), candidate));
  if (std::none_of(assigned.begin(), assigned.end(), [&](const AssignmentRow& a) { return a.question_id == question; })) {
    return Error::not_found("question " + std::to_string(question) + " is not assigned to this candidate");
  }
  for (const auto& a : assigned) {  // the same verdict again by the same examiner changes nothing
    if (a.question_id == question && a.satisfied == satisfied && a.judged_by == caller.actor) return ok_status();
  }
  return app_.db().transaction([&]() -> Status {
    CANDOR_TRY(judge_assignment(app_.db(), question, candidate, satisfied, caller.actor));
    return journal(caller, "question.judge", "candidate", std::to_string(candidate),
                   Json{{"question", question}, {"satisfied", satisfied}}.dump());
  });
}

Status Qualifications::add_mark(const Caller& caller, RecordId candidate, const MarkInput& input) {
  CANDOR_TRY(add_marks(caller, candidate, {input}));
  return ok_status();
}

Result<int> Qualifications::add_marks(const Caller& caller, RecordId candidate, const std::vector<MarkInput>& inputs) {
  const Context context = CANDOR_TRY(context_of(caller, candidate));
  CANDOR_TRY(require_examiner(caller, context.cohort));
  for (const auto& input : inputs) CANDOR_TRY(check_mark(context.scheme, input));
  // The examiner's current degree per slot: a form sent again unchanged adds nothing.
  std::map<std::tuple<std::string, std::string, std::string>, std::pair<std::string, std::string>> current;
  for (const auto& mark : CANDOR_TRY(marks_of(app_.db(), candidate))) {
    if (mark.examiner == caller.actor && !mark.reconciled) {
      current[{mark.kind, mark.target, mark.source}] = {mark.degree, mark.note};
    }
  }
  int recorded = 0;
  CANDOR_TRY(app_.db().transaction([&]() -> Status {
    for (const auto& input : inputs) {
      const auto found = current.find({input.kind, input.target, input.source});
      if (found != current.end() && found->second.first == input.degree &&
          (input.note.empty() || input.note == found->second.second)) {
        continue;
      }
      MarkRow row{0, caller.actor, input.kind, input.target, input.source, input.degree, input.note, false, ""};
      const RecordId id = CANDOR_TRY(insert_mark(app_.db(), caller.workspace_id, candidate, row));
      CANDOR_TRY(journal(caller, "mark.add", "mark", std::to_string(id),
                         Json{{"candidate", candidate}, {"kind", input.kind}, {"target", input.target},
                              {"source", input.source}, {"degree", input.degree}, {"note", input.note}}.dump()));
      ++recorded;
    }
    return ok_status();
  }));
  return recorded;
}

Result<std::vector<MarkRow>> Qualifications::marks(const Caller& caller, RecordId candidate) {
  const Context context = CANDOR_TRY(context_of(caller, candidate));
  if (caller.role != Role::kAdmin) CANDOR_TRY(require_examiner(caller, context.cohort));
  auto all = CANDOR_TRY(marks_of(app_.db(), candidate));
  if (caller.role == Role::kAdmin) return all;
  // Independent marking: an examiner does not see the other examiner's marks.
  std::erase_if(all, [&](const MarkRow& mark) { return mark.examiner != caller.actor && !mark.reconciled; });
  return all;
}

Result<std::vector<Disagreement>> Qualifications::disagreements(const Caller& caller, RecordId candidate) {
  const Context context = CANDOR_TRY(context_of(caller, candidate));
  if (caller.role != Role::kAdmin) CANDOR_TRY(require_examiner(caller, context.cohort));
  std::vector<Disagreement> out;
  for (const auto& [key, resolved] : resolve(CANDOR_TRY(marks_of(app_.db(), candidate)))) {
    if (resolved.reconciled) continue;
    std::set<std::string> degrees;
    for (const auto& [examiner, degree] : resolved.by_examiner) degrees.insert(degree);
    if (degrees.size() < 2) continue;
    Disagreement d{std::get<0>(key), std::get<1>(key), std::get<2>(key), {}};
    for (const auto& entry : resolved.by_examiner) d.degrees.push_back(entry);
    out.push_back(std::move(d));
  }
  return out;
}

Status Qualifications::reconcile(const Caller& caller, RecordId candidate, const MarkInput& input,
                                 const std::string& reason) {
  const Context context = CANDOR_TRY(context_of(caller, candidate));
  CANDOR_TRY(require_examiner(caller, context.cohort));
  CANDOR_TRY(check_mark(context.scheme, input));
  if (trim(reason).empty()) return Error::invalid_input("say why the degree was settled so", Location{"", 0, 0, "reason"});
  const auto all = resolve(CANDOR_TRY(marks_of(app_.db(), candidate)));
  const auto found = all.find({input.kind, input.target, input.source});
  if (found == all.end() || found->second.by_examiner.size() < 2) {
    return Error::not_found("there is no disagreement on " + input.target + " from " + input.source);
  }
  Json before = Json::object();
  for (const auto& [examiner, degree] : found->second.by_examiner) before[examiner] = degree;
  return app_.db().transaction([&]() -> Status {
    MarkRow row{0, caller.actor, input.kind, input.target, input.source, input.degree, reason, true, ""};
    const RecordId id = CANDOR_TRY(insert_mark(app_.db(), caller.workspace_id, candidate, row));
    return journal(caller, "mark.reconcile", "mark", std::to_string(id),
                   Json{{"candidate", candidate}, {"target", input.target}, {"source", input.source},
                        {"degree", input.degree}, {"reason", reason}}.dump(),
                   before.dump());
  });
}

// The latest report submitted and the exam specifications its check found.
Status Qualifications::read_report(RecordId candidate, scheme::ExaminerForm& form) {
  for (const auto& submission : CANDOR_TRY(list_submissions(app_.db(), candidate))) {
    if (submission.artefact != "report") continue;
    form.report = {submission.title, submission.file_name, submission.file_sha256};
    const auto check = nlohmann::json::parse(submission.check_json, nullptr, false);
    form.addressed.clear();
    if (check.is_object() && check.contains("coverage")) {
      for (const auto& id : check["coverage"].value("specifications", nlohmann::json::array())) {
        form.addressed.push_back(id.get<std::string>());
      }
    }
  }
  return ok_status();
}

Result<scheme::ExaminerForm> Qualifications::build_form(const Caller& caller, const Context& context) {
  scheme::ExaminerForm form;
  form.candidate = context.candidate.name;
  form.candidate_email = context.candidate.email;
  form.examiner = caller.actor;
  if (context.cohort.session_on) form.session = CANDOR_TRY(Date::parse(*context.cohort.session_on));
  CANDOR_TRY(read_report(context.candidate.id, form));
  std::vector<std::string> disputed;
  std::map<std::string, scheme::Assessment> requirements, skills;
  for (const auto& [key, resolved] : resolve(CANDOR_TRY(marks_of(app_.db(), context.candidate.id)))) {
    const auto& [kind, target, source] = key;
    std::set<std::string> degrees;
    for (const auto& entry : resolved.by_examiner) degrees.insert(entry.second);
    std::string degree;
    if (resolved.reconciled) degree = *resolved.reconciled;
    else if (degrees.size() == 1) degree = *degrees.begin();
    else {
      disputed.push_back(target + " from " + source);
      continue;
    }
    auto& assessment = (kind == "skill" ? skills : requirements)[target];
    assessment.id = target;
    assessment.evidence.push_back({source, degree, "", {}});
  }
  if (!disputed.empty()) {
    return Error::conflict("the examiners disagree on " + join(disputed, "; ") + ": reconcile first");
  }
  for (auto& [id, assessment] : requirements) form.requirements.push_back(assessment);
  for (auto& [id, assessment] : skills) form.skills.push_back(assessment);
  for (const auto& assignment : CANDOR_TRY(assignments_of(app_.db(), context.candidate.id))) {
    const QuestionRow question = CANDOR_TRY(find_question(app_.db(), caller.workspace_id, assignment.question_id));
    form.questions.push_back({"Q" + std::to_string(question.id), question.area, question.text, question.criteria,
                              CANDOR_TRY(Date::parse(question.written_on)), assignment.satisfied, {}});
  }
  return form;
}

Result<scheme::Decision> Qualifications::decide(const Caller& caller, RecordId candidate) {
  const Context context = CANDOR_TRY(context_of(caller, candidate));
  CANDOR_TRY(require_examiner(caller, context.cohort));
  const scheme::ExaminerForm form = CANDOR_TRY(build_form(caller, context));
  const scheme::Decision decision = scheme::decide(form, context.scheme);
  const std::string detail = scheme::to_json(decision);
  CANDOR_TRY(app_.db().transaction([&]() -> Status {
    DecisionRow row{0, scheme::to_string(decision.outcome), detail, caller.actor, ""};
    const RecordId id = CANDOR_TRY(insert_decision(app_.db(), caller.workspace_id, candidate, row));
    return journal(caller, "decision.record", "decision", std::to_string(id),
                   Json{{"candidate", candidate}, {"outcome", row.outcome}, {"reasons", decision.reasons}}.dump());
  }));
  return decision;
}

Result<std::string> Qualifications::certify(const Caller& caller, RecordId candidate, scheme::Issuer& issuer,
                                            Date issued) {
  const Context context = CANDOR_TRY(context_of(caller, candidate));
  if (caller.role != Role::kAdmin) return Error::permission_denied("only an admin issues certificates");
  const auto latest = CANDOR_TRY(latest_decision(app_.db(), candidate));
  if (!latest || latest->outcome != "pass") {
    return Error::conflict("no certificate without a recorded pass decision (latest: " +
                           (latest ? latest->outcome : std::string("none")) + ")");
  }
  const scheme::ExaminerForm form = CANDOR_TRY(build_form(Caller{caller.workspace_id, caller.workspace, latest->decided_by, Role::kExaminer}, context));
  const scheme::Decision decision = scheme::decide(form, context.scheme);
  std::string token;
  CANDOR_TRY(app_.db().transaction([&]() -> Status {
    token = CANDOR_TRY(scheme::issue_for_decision(issuer, context.scheme, form, decision,
                                                  {context.candidate.name, context.candidate.email}, issued));
    const auto& issued_record = issuer.issued.back();
    CredentialRow row{0, issued_record.credential_id, issued_record.index, token, ""};
    const RecordId id = CANDOR_TRY(insert_credential(app_.db(), caller.workspace_id, candidate, row));
    return journal(caller, "credential.issue", "credential", std::to_string(id),
                   Json{{"candidate", candidate}, {"credential_id", row.credential_id},
                        {"status_index", row.status_index}}.dump());
  }));
  return token;
}

}  // namespace candor::app
