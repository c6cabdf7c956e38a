// Cohorts, candidates, deadlines, submissions and the candidate's record.
// The examining half (question bank, marks, decision, certificate) is in
// examining.cc.
#include "app/qualifications.h"

#include <filesystem>
#include <nlohmann/json.hpp>

#include "base/files.h"
#include "base/sha256.h"
#include "scheme/candidate.h"
#include "scheme/document_reader.h"
#include "scheme/scheme_loader.h"
#include "scheme/text_output.h"
#include "store/blob_store.h"
#include "store/journal.h"
#include "store/workspace_store.h"

namespace candor::app {

using Json = nlohmann::ordered_json;

Status Qualifications::journal(const Caller& caller, const std::string& action, const std::string& entity,
                               const std::string& entity_id, const std::string& after, const std::string& before) {
  CANDOR_TRY(ensure_actor(app_.db(), caller.workspace_id, caller.actor));
  return append_journal(app_.db(), caller.workspace_id, caller.actor, {action, entity, entity_id, before, after});
}

Result<CohortRow> Qualifications::cohort_named(const Caller& caller, const std::string& name) {
  return find_cohort(app_.db(), caller.workspace_id, name);
}

Status Qualifications::require_staff(const Caller& caller, const CohortRow& cohort) {
  if (caller.role == Role::kAdmin) return ok_status();
  if (caller.role == Role::kTutor && CANDOR_TRY(is_cohort_member(app_.db(), cohort.id, caller.actor, "tutor"))) {
    return ok_status();
  }
  return Error::permission_denied(std::string("a ") + to_string(caller.role) +
                                  " who is not a tutor of cohort '" + cohort.name + "' may not do this");
}

Status Qualifications::require_examiner(const Caller& caller, const CohortRow& cohort) {
  if (caller.role == Role::kExaminer &&
      CANDOR_TRY(is_cohort_member(app_.db(), cohort.id, caller.actor, "examiner"))) {
    return ok_status();
  }
  return Error::permission_denied("only the examiners of cohort '" + cohort.name + "' may do this; '" +
                                  caller.actor + "' acting as " + to_string(caller.role) + " is not one");
}

Status Qualifications::require_self_or_staff(const Caller& caller, const Context& context) {
  if (caller.role == Role::kCandidate) {
    if (caller.actor == context.candidate.actor) return ok_status();
    return Error::not_found("no candidate " + std::to_string(context.candidate.id) + " in this workspace");
  }
  if (require_staff(caller, context.cohort).ok() || require_examiner(caller, context.cohort).ok()) {
    return ok_status();
  }
  return Error::permission_denied("only the candidate, her tutors and examiners may read this record");
}

Result<Qualifications::Context> Qualifications::context_of(const Caller& caller, RecordId candidate) {
  Context context;
  context.candidate = CANDOR_TRY(find_candidate(app_.db(), caller.workspace_id, candidate));
  context.cohort = CANDOR_TRY(cohort_by_id(app_.db(), caller.workspace_id, context.candidate.cohort_id));
  context.scheme = CANDOR_TRY(scheme::find_scheme(context.cohort.scheme_id));
  return context;
}

Result<CohortRow> Qualifications::create_cohort(const Caller& caller, const NewCohort& input) {
  if (caller.role != Role::kAdmin) return Error::permission_denied("only an admin creates cohorts");
  const scheme::Scheme scheme = CANDOR_TRY(scheme::find_scheme(input.scheme));
  if (!scheme.find_timeline(input.mode)) {
    return Error::invalid_input("scheme '" + scheme.id + "' has no timeline for mode '" + input.mode + "'",
                                Location{"", 0, 0, "cohort.mode"});
  }
  const Date seminar = CANDOR_TRY(Date::parse(input.seminar));
  if (input.name.empty()) return Error::invalid_input("must not be empty", Location{"", 0, 0, "cohort.name"});
  CohortRow cohort{0, input.name, scheme.id, input.mode, seminar.to_string(), input.provider, {}};
  CANDOR_TRY(app_.db().transaction([&]() -> Status {
    cohort.id = CANDOR_TRY(insert_cohort(app_.db(), caller.workspace_id, cohort));
    return journal(caller, "cohort.create", "cohort", std::to_string(cohort.id),
                   Json{{"name", cohort.name}, {"scheme", cohort.scheme_id}, {"mode", cohort.mode},
                        {"seminar", cohort.seminar}, {"provider", cohort.provider}}.dump());
  }));
  return cohort;
}

Status Qualifications::add_member(const Caller& caller, const std::string& cohort_name, const std::string& actor,
                                  const std::string& role) {
  if (caller.role != Role::kAdmin) return Error::permission_denied("only an admin names examiners and tutors");
  if (role != "examiner" && role != "tutor") {
    return Error::invalid_input("a cohort member is an examiner or a tutor (found '" + role + "')");
  }
  const CohortRow cohort = CANDOR_TRY(cohort_named(caller, cohort_name));
  return app_.db().transaction([&]() -> Status {
    CANDOR_TRY(add_cohort_member(app_.db(), cohort.id, actor, role));
    return journal(caller, "cohort.member", "cohort", std::to_string(cohort.id),
                   Json{{"actor", actor}, {"role", role}}.dump());
  });
}

Result<RecordId> Qualifications::add_candidate(const Caller& caller, const std::string& cohort_name,
                                               const std::string& actor, const std::string& application_path) {
  const CohortRow cohort = CANDOR_TRY(cohort_named(caller, cohort_name));
  const bool applying_herself = caller.role == Role::kCandidate && actor == caller.actor;
  if (!applying_herself) CANDOR_TRY(require_staff(caller, cohort));
  const std::string text = CANDOR_TRY(read_file(application_path, 4 << 20));
  const scheme::Candidate parsed = CANDOR_TRY(scheme::parse_candidate(text, application_path));
  CandidateRow row{0, cohort.id, actor.empty() ? parsed.name : actor, parsed.name, parsed.email, text};
  CANDOR_TRY(app_.db().transaction([&]() -> Status {
    row.id = CANDOR_TRY(insert_candidate(app_.db(), caller.workspace_id, row));
    return journal(caller, "candidate.apply", "candidate", std::to_string(row.id),
                   Json{{"cohort", cohort.name}, {"actor", row.actor}, {"name", row.name},
                        {"application_sha256", sha256_hex(text)}}.dump());
  }));
  return row.id;
}

Result<scheme::EntryCheck> Qualifications::entry_check(const Caller& caller, RecordId candidate) {
  const Context context = CANDOR_TRY(context_of(caller, candidate));
  CANDOR_TRY(require_self_or_staff(caller, context));
  const scheme::Candidate parsed = CANDOR_TRY(scheme::parse_candidate(context.candidate.application, "application"));
  return scheme::check_entry(parsed, context.scheme, CANDOR_TRY(Date::parse(context.cohort.seminar)));
}

Status Qualifications::mark_done(const Caller& caller, RecordId candidate, const std::string& deadline, Date on) {
  const Context context = CANDOR_TRY(context_of(caller, candidate));
  CANDOR_TRY(require_staff(caller, context.cohort));
  const auto dated = CANDOR_TRY(scheme::date_timeline(*context.scheme.find_timeline(context.cohort.mode),
                                                      CANDOR_TRY(Date::parse(context.cohort.seminar))));
  CANDOR_TRY(scheme::timeline_status(dated, on, {deadline}));  // refuses an unknown deadline
  return app_.db().transaction([&]() -> Status {
    CANDOR_TRY(mark_deadline_done(app_.db(), candidate, deadline, on.to_string()));
    return journal(caller, "deadline.done", "candidate", std::to_string(candidate),
                   Json{{"deadline", deadline}, {"on", on.to_string()}}.dump());
  });
}

Result<std::vector<CandidateProgress>> Qualifications::progress(const Caller& caller, const std::string& cohort_name,
                                                                Date today) {
  const CohortRow cohort = CANDOR_TRY(cohort_named(caller, cohort_name));
  if (!require_staff(caller, cohort).ok()) CANDOR_TRY(require_examiner(caller, cohort));
  const scheme::Scheme scheme = CANDOR_TRY(scheme::find_scheme(cohort.scheme_id));
  const auto dated = CANDOR_TRY(
      scheme::date_timeline(*scheme.find_timeline(cohort.mode), CANDOR_TRY(Date::parse(cohort.seminar))));
  std::vector<CandidateProgress> out;
  for (auto& candidate : CANDOR_TRY(list_candidates(app_.db(), caller.workspace_id, cohort.id))) {
    const auto done = CANDOR_TRY(done_deadlines(app_.db(), candidate.id));
    out.push_back({candidate, CANDOR_TRY(scheme::timeline_status(dated, today, done))});
  }
  return out;
}

Result<Submission> Qualifications::submit(const Caller& caller, RecordId candidate, const std::string& artefact_id,
                                          const std::string& path, const std::string& title) {
  const Context context = CANDOR_TRY(context_of(caller, candidate));
  CANDOR_TRY(require_self_or_staff(caller, context));
  const scheme::Artefact* artefact = context.scheme.find_artefact(artefact_id);
  if (!artefact) return Error::invalid_input("scheme '" + context.scheme.id + "' has no artefact '" + artefact_id + "'");
  const std::string bytes = CANDOR_TRY(read_file(path, 64 << 20));
  const scheme::Document document = CANDOR_TRY(scheme::read_document(path));
  Submission out;
  out.check = scheme::check_artefact(document, context.scheme, *artefact);
  SubmissionRow row{0, artefact_id, title.empty() ? artefact->title : title,
                    std::filesystem::path(path).filename().string(), "", out.check.passed(),
                    scheme::to_json(out.check), caller.actor, ""};
  CANDOR_TRY(app_.db().transaction([&]() -> Status {
    row.file_sha256 = CANDOR_TRY(put_blob(app_.db(), caller.workspace_id, bytes));
    row.id = CANDOR_TRY(insert_submission(app_.db(), caller.workspace_id, candidate, row));
    return journal(caller, "artefact.submit", "candidate", std::to_string(candidate),
                   Json{{"artefact", artefact_id}, {"title", row.title}, {"file", row.file_name},
                        {"sha256", row.file_sha256}, {"passed", row.passed}}.dump());
  }));
  out.id = row.id;
  out.sha256 = row.file_sha256;
  return out;
}

Result<std::string> Qualifications::record(const Caller& caller, RecordId candidate, Date today) {
  const Context context = CANDOR_TRY(context_of(caller, candidate));
  CANDOR_TRY(require_self_or_staff(caller, context));
  const scheme::EntryCheck entry = CANDOR_TRY(entry_check(caller, candidate));
  const auto dated = CANDOR_TRY(scheme::date_timeline(*context.scheme.find_timeline(context.cohort.mode),
                                                      CANDOR_TRY(Date::parse(context.cohort.seminar))));
  const auto status =
      CANDOR_TRY(scheme::timeline_status(dated, today, CANDOR_TRY(done_deadlines(app_.db(), candidate))));
  Json submissions = Json::array();
  for (const auto& s : CANDOR_TRY(list_submissions(app_.db(), candidate))) {
    submissions.push_back({{"artefact", s.artefact}, {"title", s.title}, {"file", s.file_name},
                           {"sha256", s.file_sha256}, {"passed", s.passed}, {"submitted_at", s.submitted_at}});
  }
  Json decision = nullptr;
  if (auto latest = CANDOR_TRY(latest_decision(app_.db(), candidate))) {
    decision = {{"outcome", latest->outcome}, {"decided_by", latest->decided_by}, {"decided_at", latest->decided_at},
                {"detail", Json::parse(latest->decision_json, nullptr, false)}};
  }
  Json credentials = Json::array();
  for (const auto& c : CANDOR_TRY(credentials_of(app_.db(), candidate))) {
    credentials.push_back({{"credential_id", c.credential_id}, {"status_index", c.status_index},
                           {"issued_at", c.issued_at}, {"token", c.token}});
  }
  Json out{{"candidate", {{"id", context.candidate.id}, {"name", context.candidate.name},
                          {"actor", context.candidate.actor}, {"email", context.candidate.email}}},
           {"cohort", {{"name", context.cohort.name}, {"scheme", context.cohort.scheme_id},
                       {"mode", context.cohort.mode}, {"seminar", context.cohort.seminar}}},
           {"entry_check", Json::parse(scheme::to_json(entry), nullptr, false)},
           {"timeline", Json::parse(scheme::to_json(dated, status), nullptr, false)},
           {"submissions", submissions},
           {"decision", decision},
           {"credentials", credentials}};
  return out.dump(2);
}

}  // namespace candor::app
