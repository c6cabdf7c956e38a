// `candor cohort|candidate|exam ...`: a qualification scheme run in a
// workspace, from a candidate's application to her certificate. Each
// command may narrow the local user's role with --role (examiner, tutor,
// candidate) and name the person with the global --as. Parse, call
// app::Qualifications, print.
#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "app/qualifications.h"
#include "base/files.h"
#include "base/text.h"
#include "cli/commands.h"
#include "cli/context.h"
#include "scheme/text_output.h"

namespace candor::cli {
namespace {

using app::Qualifications;

struct Common {
  std::string role;
  bool json = false;
  std::string today;
};

Result<app::Caller> acting(Context& context, const Common& common) {
  app::Caller caller = CANDOR_TRY(context.caller());
  if (!common.role.empty()) caller.role = CANDOR_TRY(app::parse_role(common.role));
  return caller;
}

Result<Date> day_or_today(const std::string& text) {
  return text.empty() ? Date::today() : Date::parse(text);
}

// Adds a leaf command whose body gets the caller and the Qualifications.
template <class Options>
CLI::App* leaf(CLI::App* group, Context& context, const char* name, const char* help,
               std::shared_ptr<Options> options,
               std::function<Status(const app::Caller&, Qualifications&, Options&)> body) {
  CLI::App* command = group->add_subcommand(name, help);
  command->add_option("--role", options->common.role, "Act in this role (examiner, tutor, candidate)");
  command->callback([options, body, &context] {
    context.run([&]() -> Status {
      const app::Caller caller = CANDOR_TRY(acting(context, options->common));
      app::Application* application = CANDOR_TRY(context.application());
      Qualifications qualifications(*application);
      return body(caller, qualifications, *options);
    });
  });
  return command;
}

struct CohortOptions {
  Common common;
  app::NewCohort cohort;
  std::string actor, member_role;
};

void add_cohort_commands(CLI::App& app, Context& context) {
  CLI::App* group = app.add_subcommand("cohort", "Cohorts of a qualification scheme");
  group->require_subcommand(1);
  auto o = std::make_shared<CohortOptions>();
  auto* create = leaf<CohortOptions>(group, context, "create", "Create a cohort", o,
      [](const app::Caller& caller, Qualifications& q, CohortOptions& opt) -> Status {
        const CohortRow cohort = CANDOR_TRY(q.create_cohort(caller, opt.cohort));
        std::cout << "cohort " << cohort.name << " (" << cohort.scheme_id << ", " << cohort.mode
                  << ", seminar " << cohort.seminar << ") created\n";
        return ok_status();
      });
  create->add_option("name", o->cohort.name, "Cohort name")->required();
  create->add_option("--scheme", o->cohort.scheme, "Scheme id or file")->required();
  create->add_option("--seminar", o->cohort.seminar, "Seminar date YYYY-MM-DD")->required();
  create->add_option("--mode", o->cohort.mode, "classroom | distance")->capture_default_str();
  create->add_option("--provider", o->cohort.provider, "Accredited training provider");

  auto m = std::make_shared<CohortOptions>();
  auto* member = leaf<CohortOptions>(group, context, "add-member", "Name an examiner or tutor of a cohort", m,
      [](const app::Caller& caller, Qualifications& q, CohortOptions& opt) -> Status {
        CANDOR_TRY(q.add_member(caller, opt.cohort.name, opt.actor, opt.member_role));
        std::cout << opt.actor << " is now " << opt.member_role << " of cohort " << opt.cohort.name << "\n";
        return ok_status();
      });
  member->add_option("cohort", m->cohort.name, "Cohort name")->required();
  member->add_option("actor", m->actor, "Person")->required();
  member->add_option("member-role", m->member_role, "examiner | tutor")->required();

  auto p = std::make_shared<CohortOptions>();
  auto* progress = leaf<CohortOptions>(group, context, "progress", "Deadlines per candidate: late and at risk", p,
      [&context](const app::Caller& caller, Qualifications& q, CohortOptions& opt) -> Status {
        const Date today = CANDOR_TRY(day_or_today(opt.common.today));
        bool late = false;
        for (const auto& entry : CANDOR_TRY(q.progress(caller, opt.cohort.name, today))) {
          std::cout << "candidate " << entry.candidate.id << " " << entry.candidate.name << ": ";
          std::cout << (entry.status.late.empty() ? "nothing late" : "LATE " + join(entry.status.late, ", "));
          if (!entry.status.at_risk.empty()) std::cout << "; at risk " << join(entry.status.at_risk, ", ");
          std::cout << "\n";
          late = late || !entry.status.late.empty();
        }
        if (late) context.exit_code = 1;
        return ok_status();
      });
  progress->add_option("cohort", p->cohort.name, "Cohort name")->required();
  progress->add_option("--today", p->common.today, "Judge as of this date");
}

struct CandidateOptions {
  Common common;
  std::string cohort, file, actor, artefact, title, deadline, on, issuer_dir, out;
  RecordId candidate = 0;
};

void add_candidate_commands(CLI::App& app, Context& context) {
  CLI::App* group = app.add_subcommand("candidate", "Candidates: application, deadlines, artefacts, record, certificate");
  group->require_subcommand(1);

  auto a = std::make_shared<CandidateOptions>();
  auto* apply = leaf<CandidateOptions>(group, context, "apply", "Apply to (or enrol in) a cohort with a candidate file", a,
      [](const app::Caller& caller, Qualifications& q, CandidateOptions& opt) -> Status {
        const std::string actor = opt.actor.empty() ? caller.actor : opt.actor;
        const RecordId id = CANDOR_TRY(q.add_candidate(caller, opt.cohort, actor, opt.file));
        std::cout << "candidate " << id << " (" << actor << ") in cohort " << opt.cohort << "\n";
        return ok_status();
      });
  apply->add_option("cohort", a->cohort, "Cohort name")->required();
  apply->add_option("application", a->file, "Candidate YAML (CV, certificates, references)")->required();
  apply->add_option("--actor", a->actor, "The candidate's user name (default: --as)");

  auto e = std::make_shared<CandidateOptions>();
  auto* entry = leaf<CandidateOptions>(group, context, "entry-check", "Check the entry requirements", e,
      [&context](const app::Caller& caller, Qualifications& q, CandidateOptions& opt) -> Status {
        const auto check = CANDOR_TRY(q.entry_check(caller, opt.candidate));
        std::cout << (opt.common.json ? scheme::to_json(check) + "\n" : scheme::describe(check));
        if (!check.eligible) context.exit_code = 1;
        return ok_status();
      });
  entry->add_option("candidate", e->candidate, "Candidate id")->required();
  entry->add_flag("--json", e->common.json, "Print JSON");

  auto d = std::make_shared<CandidateOptions>();
  auto* done = leaf<CandidateOptions>(group, context, "done", "Record a deadline as met", d,
      [](const app::Caller& caller, Qualifications& q, CandidateOptions& opt) -> Status {
        CANDOR_TRY(q.mark_done(caller, opt.candidate, opt.deadline, CANDOR_TRY(day_or_today(opt.on))));
        std::cout << "deadline " << opt.deadline << " met\n";
        return ok_status();
      });
  done->add_option("candidate", d->candidate, "Candidate id")->required();
  done->add_option("deadline", d->deadline, "Deadline id")->required();
  done->add_option("--on", d->on, "Date met (default: today)");

  auto s = std::make_shared<CandidateOptions>();
  auto* submit = leaf<CandidateOptions>(group, context, "submit", "Submit a proposal or report; it is checked on arrival", s,
      [&context](const app::Caller& caller, Qualifications& q, CandidateOptions& opt) -> Status {
        const auto submission = CANDOR_TRY(q.submit(caller, opt.candidate, opt.artefact, opt.file, opt.title));
        std::cout << (opt.common.json ? scheme::to_json(submission.check) + "\n"
                                      : "submission " + std::to_string(submission.id) + " stored (sha256 " +
                                            submission.sha256 + "): " +
                                            (submission.check.passed() ? "check passed" : "check FAILED") + "\n");
        for (const auto& problem : submission.check.problems) {
          if (!opt.common.json) std::cout << "  problem: " << problem << "\n";
        }
        if (!submission.check.passed()) context.exit_code = 1;
        return ok_status();
      });
  submit->add_option("candidate", s->candidate, "Candidate id")->required();
  submit->add_option("artefact", s->artefact, "proposal | report")->required();
  submit->add_option("file", s->file, "DOCX, ODT, PDF, Markdown or text")->required();
  submit->add_option("--title", s->title, "The document's title");
  submit->add_flag("--json", s->common.json, "Print the check as JSON");

  auto r = std::make_shared<CandidateOptions>();
  auto* record = leaf<CandidateOptions>(group, context, "record", "The candidate's record (JSON)", r,
      [](const app::Caller& caller, Qualifications& q, CandidateOptions& opt) -> Status {
        std::cout << CANDOR_TRY(q.record(caller, opt.candidate, CANDOR_TRY(day_or_today(opt.common.today)))) << "\n";
        return ok_status();
      });
  record->add_option("candidate", r->candidate, "Candidate id")->required();
  record->add_option("--today", r->common.today, "Judge deadlines as of this date");

  auto c = std::make_shared<CandidateOptions>();
  auto* certify = leaf<CandidateOptions>(group, context, "certify", "Issue the certificate for a recorded pass", c,
      [](const app::Caller& caller, Qualifications& q, CandidateOptions& opt) -> Status {
        scheme::Issuer issuer = CANDOR_TRY(scheme::open_issuer(opt.issuer_dir));
        const std::string token =
            CANDOR_TRY(q.certify(caller, opt.candidate, issuer, CANDOR_TRY(day_or_today(opt.on))));
        CANDOR_TRY(write_file_atomic(opt.out, token + "\n"));
        std::cout << "credential " << issuer.issued.back().credential_id << " written to " << opt.out << "\n";
        return ok_status();
      });
  certify->add_option("candidate", c->candidate, "Candidate id")->required();
  certify->add_option("--issuer-dir", c->issuer_dir, "The issuer's folder (candor credential keygen)")->required();
  certify->add_option("--issued", c->on, "Issue date (default: today)");
  certify->add_option("--out", c->out, "Where to write the VC-JWT")->required();
}

struct ExamOptions {
  Common common;
  std::string cohort, area, text, on, verdict, reason;
  std::vector<std::string> criteria;
  RecordId candidate = 0, question = 0;
  app::MarkInput mark;
  bool skill = false;
};

void print_decision(const scheme::Decision& decision, bool json, Context& context) {
  std::cout << (json ? scheme::to_json(decision) + "\n" : scheme::describe(decision));
  if (decision.outcome != scheme::Outcome::kPass) context.exit_code = 1;
}

void add_exam_commands(CLI::App& app, Context& context) {
  CLI::App* group = app.add_subcommand("exam", "Question bank, marking, reconciliation and decision");
  group->require_subcommand(1);

  auto aq = std::make_shared<ExamOptions>();
  auto* add_question = leaf<ExamOptions>(group, context, "add-question", "Write a question with its criteria", aq,
      [](const app::Caller& caller, Qualifications& q, ExamOptions& opt) -> Status {
        const RecordId id = CANDOR_TRY(q.add_question(caller, opt.cohort, opt.area, opt.text, opt.criteria));
        std::cout << "question " << id << " added\n";
        return ok_status();
      });
  add_question->add_option("cohort", aq->cohort, "Cohort name")->required();
  add_question->add_option("--area", aq->area, "Main exam area")->required();
  add_question->add_option("--text", aq->text, "The question")->required();
  add_question->add_option("--criterion", aq->criteria, "A criterion of a satisfying answer (repeat)");

  auto bank = std::make_shared<ExamOptions>();
  auto* questions = leaf<ExamOptions>(group, context, "questions", "Read the question bank (journaled)", bank,
      [](const app::Caller& caller, Qualifications& q, ExamOptions& opt) -> Status {
        for (const auto& entry : CANDOR_TRY(q.question_bank(caller, opt.cohort))) {
          std::cout << "Q" << entry.question.id << " [" << entry.question.area << "] " << entry.question.text
                    << (entry.question.locked_on ? " (locked " + *entry.question.locked_on + ")" : "") << "\n"
                    << "  criteria: " << join(entry.question.criteria, "; ") << "\n"
                    << "  exposure: " << entry.exposure.candidates << " candidates, " << entry.exposure.cohorts
                    << " cohorts, " << entry.exposure.providers << " providers\n";
          for (const auto& warning : entry.warnings) std::cout << "  WARNING: " << warning << "\n";
        }
        return ok_status();
      });
  questions->add_option("cohort", bank->cohort, "Cohort name")->required();

  auto as = std::make_shared<ExamOptions>();
  auto* assign = leaf<ExamOptions>(group, context, "assign", "Assign a question to a candidate", as,
      [](const app::Caller& caller, Qualifications& q, ExamOptions& opt) -> Status {
        CANDOR_TRY(q.assign_question(caller, opt.candidate, opt.question));
        std::cout << "question " << opt.question << " assigned to candidate " << opt.candidate << "\n";
        return ok_status();
      });
  assign->add_option("candidate", as->candidate, "Candidate id")->required();
  assign->add_option("question", as->question, "Question id")->required();

  auto ss = std::make_shared<ExamOptions>();
  auto* start = leaf<ExamOptions>(group, context, "start-session", "Start the exam session; locks the questions", ss,
      [](const app::Caller& caller, Qualifications& q, ExamOptions& opt) -> Status {
        CANDOR_TRY(q.start_session(caller, opt.cohort, CANDOR_TRY(day_or_today(opt.on))));
        std::cout << "session of cohort " << opt.cohort << " started; its questions are locked\n";
        return ok_status();
      });
  start->add_option("cohort", ss->cohort, "Cohort name")->required();
  start->add_option("--on", ss->on, "Session date (default: today)");

  auto ja = std::make_shared<ExamOptions>();
  auto* judge = leaf<ExamOptions>(group, context, "judge-answer", "Judge an answer against its criteria", ja,
      [](const app::Caller& caller, Qualifications& q, ExamOptions& opt) -> Status {
        if (opt.verdict != "satisfied" && opt.verdict != "unsatisfied") {
          return Error::invalid_input("the verdict is satisfied or unsatisfied (found '" + opt.verdict + "')");
        }
        CANDOR_TRY(q.judge_answer(caller, opt.candidate, opt.question, opt.verdict == "satisfied"));
        std::cout << "answer to question " << opt.question << ": " << opt.verdict << "\n";
        return ok_status();
      });
  judge->add_option("candidate", ja->candidate, "Candidate id")->required();
  judge->add_option("question", ja->question, "Question id")->required();
  judge->add_option("verdict", ja->verdict, "satisfied | unsatisfied")->required();

  auto add_mark_options = [](CLI::App* command, ExamOptions& opt) {
    command->add_option("candidate", opt.candidate, "Candidate id")->required();
    command->add_option("--target", opt.mark.target, "Exam requirement (or skill with --skill) id")->required();
    command->add_option("--source", opt.mark.source, "Evidence source: cv, report, tutor-assessment, ...")->required();
    command->add_option("--degree", opt.mark.degree, "Degree of fulfilment")->required();
    command->add_flag("--skill", opt.skill, "The target is a skill requirement");
  };
  auto mk = std::make_shared<ExamOptions>();
  auto* mark = leaf<ExamOptions>(group, context, "mark", "Log evidence and its degree for a requirement", mk,
      [](const app::Caller& caller, Qualifications& q, ExamOptions& opt) -> Status {
        opt.mark.kind = opt.skill ? "skill" : "requirement";
        CANDOR_TRY(q.add_mark(caller, opt.candidate, opt.mark));
        std::cout << "marked " << opt.mark.target << " from " << opt.mark.source << ": " << opt.mark.degree << "\n";
        return ok_status();
      });
  add_mark_options(mark, *mk);
  mark->add_option("--note", mk->mark.note, "What was seen");

  auto ms = std::make_shared<ExamOptions>();
  auto* marks = leaf<ExamOptions>(group, context, "marks", "Your marks for a candidate", ms,
      [](const app::Caller& caller, Qualifications& q, ExamOptions& opt) -> Status {
        for (const auto& m : CANDOR_TRY(q.marks(caller, opt.candidate))) {
          std::cout << m.kind << " " << m.target << " from " << m.source << ": " << m.degree << " by " << m.examiner
                    << (m.reconciled ? " (reconciled)" : "") << "\n";
        }
        return ok_status();
      });
  marks->add_option("candidate", ms->candidate, "Candidate id")->required();

  auto dg = std::make_shared<ExamOptions>();
  auto* disagreements = leaf<ExamOptions>(group, context, "disagreements", "Where the examiners' marks differ", dg,
      [](const app::Caller& caller, Qualifications& q, ExamOptions& opt) -> Status {
        const auto list = CANDOR_TRY(q.disagreements(caller, opt.candidate));
        if (list.empty()) std::cout << "no disagreements\n";
        for (const auto& d : list) {
          std::cout << d.kind << " " << d.target << " from " << d.source << ":";
          for (const auto& [examiner, degree] : d.degrees) std::cout << " " << examiner << "=" << degree;
          std::cout << "\n";
        }
        return ok_status();
      });
  disagreements->add_option("candidate", dg->candidate, "Candidate id")->required();

  auto rc = std::make_shared<ExamOptions>();
  auto* reconcile = leaf<ExamOptions>(group, context, "reconcile", "Settle a disagreement (journaled)", rc,
      [](const app::Caller& caller, Qualifications& q, ExamOptions& opt) -> Status {
        opt.mark.kind = opt.skill ? "skill" : "requirement";
        CANDOR_TRY(q.reconcile(caller, opt.candidate, opt.mark, opt.reason));
        std::cout << "reconciled " << opt.mark.target << " from " << opt.mark.source << ": " << opt.mark.degree << "\n";
        return ok_status();
      });
  add_mark_options(reconcile, *rc);
  reconcile->add_option("--reason", rc->reason, "Why this degree")->required();

  auto de = std::make_shared<ExamOptions>();
  auto* decide = leaf<ExamOptions>(group, context, "decide", "Apply the decision rules and record the decision", de,
      [&context](const app::Caller& caller, Qualifications& q, ExamOptions& opt) -> Status {
        print_decision(CANDOR_TRY(q.decide(caller, opt.candidate)), opt.common.json, context);
        return ok_status();
      });
  decide->add_option("candidate", de->candidate, "Candidate id")->required();
  decide->add_flag("--json", de->common.json, "Print JSON");
}

}  // namespace

void add_qualification_commands(CLI::App& app, Context& context) {
  add_cohort_commands(app, context);
  add_candidate_commands(app, context);
  add_exam_commands(app, context);
}

}  // namespace candor::cli
