// `candor scheme ...`: validate scheme files, check a proposal or report,
// check a candidate's entry requirements, date a cohort's timeline and
// evaluate an examiner's form against the decision rules. Parse, call
// scheme/, print.
#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "base/date.h"
#include "cli/commands.h"
#include "cli/context.h"
#include "scheme/artefact_check.h"
#include "scheme/candidate.h"
#include "scheme/decision.h"
#include "scheme/document_reader.h"
#include "scheme/entry_check.h"
#include "scheme/scheme_loader.h"
#include "scheme/text_output.h"
#include "scheme/timeline.h"

namespace candor::cli {
namespace {

using namespace candor::scheme;

struct CheckOptions {
  std::string file;
  std::string scheme;
  std::string artefact;
  bool json = false;
};

Status run_check(const CheckOptions& options, Context& context) {
  const Scheme scheme = CANDOR_TRY(find_scheme(options.scheme));
  const Artefact* artefact = scheme.find_artefact(options.artefact);
  if (!artefact) {
    return Error::invalid_input("scheme '" + scheme.id + "' has no artefact '" +
                                options.artefact + "'");
  }
  const Document document = CANDOR_TRY(read_document(options.file));
  const ArtefactCheck check = check_artefact(document, scheme, *artefact);
  std::cout << (options.json ? to_json(check) + "\n" : describe(check, *artefact));
  if (!check.passed()) context.exit_code = 1;
  return ok_status();
}

struct EntryOptions {
  std::string candidate;
  std::string scheme;
  std::string seminar;
  bool json = false;
};

Status run_entry_check(const EntryOptions& options, Context& context) {
  const Scheme scheme = CANDOR_TRY(find_scheme(options.scheme));
  const Date seminar = CANDOR_TRY(Date::parse(options.seminar));
  const Candidate candidate = CANDOR_TRY(load_candidate(options.candidate));
  const EntryCheck check = check_entry(candidate, scheme, seminar);
  std::cout << (options.json ? to_json(check) + "\n" : describe(check));
  if (!check.eligible) context.exit_code = 1;
  return ok_status();
}

struct TimelineOptions {
  std::string scheme;
  std::string seminar;
  std::string mode = "classroom";
  std::string today;
  std::vector<std::string> done;
  bool json = false;
};

Status run_timeline(const TimelineOptions& options, Context& context) {
  const Scheme scheme = CANDOR_TRY(find_scheme(options.scheme));
  const Date seminar = CANDOR_TRY(Date::parse(options.seminar));
  const Date today = options.today.empty() ? Date::today() : CANDOR_TRY(Date::parse(options.today));
  const Timeline* timeline = scheme.find_timeline(options.mode);
  if (!timeline) {
    return Error::invalid_input("scheme '" + scheme.id + "' has no timeline for mode '" +
                                options.mode + "'");
  }
  const DatedTimeline dated = CANDOR_TRY(date_timeline(*timeline, seminar));
  const TimelineStatus status = CANDOR_TRY(timeline_status(dated, today, options.done));
  std::cout << (options.json ? to_json(dated, status) + "\n" : describe(dated, status));
  if (!status.late.empty()) context.exit_code = 1;
  return ok_status();
}

struct DecideOptions {
  std::string form;
  std::string scheme;
  bool json = false;
};

Status run_decide(const DecideOptions& options, Context& context) {
  const Scheme scheme = CANDOR_TRY(find_scheme(options.scheme));
  const ExaminerForm form = CANDOR_TRY(load_examiner_form(options.form, scheme));
  const Decision decision = decide(form, scheme);
  std::cout << (options.json ? to_json(decision) + "\n" : describe(decision));
  if (decision.outcome != Outcome::kPass) context.exit_code = 1;
  return ok_status();
}

Status run_validate(const std::vector<std::string>& files) {
  std::vector<Error> problems;
  for (const auto& file : files) {
    auto scheme = load_scheme(file);
    if (!scheme.ok()) {
      for (const auto& problem : scheme.error().problems()) problems.push_back(problem);
      continue;
    }
    std::cout << file << ": scheme " << scheme->id << " " << scheme->version << " is valid ("
              << scheme->exam_requirements.size() << " exam requirements, "
              << scheme->artefacts.size() << " artefacts)\n";
  }
  if (!problems.empty()) return Error::many(std::move(problems));
  return ok_status();
}

}  // namespace

void add_scheme_commands(CLI::App& app, Context& context) {
  CLI::App* scheme = app.add_subcommand("scheme", "Qualification schemes and their checks");
  scheme->require_subcommand(1);

  auto files = std::make_shared<std::vector<std::string>>();
  CLI::App* validate = scheme->add_subcommand("validate", "Validate scheme files");
  validate->add_option("files", *files, "Scheme YAML files")->required();
  validate->callback([files, &context] { context.run([&] { return run_validate(*files); }); });

  auto check = std::make_shared<CheckOptions>();
  CLI::App* check_command =
      scheme->add_subcommand("check", "Check a proposal or report (DOCX, ODT, PDF, Markdown, text)");
  check_command->add_option("file", check->file, "The document")->required();
  check_command->add_option("--scheme", check->scheme, "Scheme id or file")->required();
  check_command->add_option("--artefact", check->artefact, "proposal | report")->required();
  check_command->add_flag("--json", check->json, "Print JSON");
  check_command->callback([check, &context] { context.run([&] { return run_check(*check, context); }); });

  auto entry = std::make_shared<EntryOptions>();
  CLI::App* entry_command =
      scheme->add_subcommand("entry-check", "Check a candidate file against the entry requirements");
  entry_command->add_option("candidate", entry->candidate, "Candidate YAML file")->required();
  entry_command->add_option("--scheme", entry->scheme, "Scheme id or file")->required();
  entry_command->add_option("--seminar", entry->seminar, "Seminar date YYYY-MM-DD")->required();
  entry_command->add_flag("--json", entry->json, "Print JSON");
  entry_command->callback([entry, &context] { context.run([&] { return run_entry_check(*entry, context); }); });

  auto timeline = std::make_shared<TimelineOptions>();
  CLI::App* timeline_command =
      scheme->add_subcommand("timeline", "Dated stages and deadlines from a seminar date");
  timeline_command->add_option("--scheme", timeline->scheme, "Scheme id or file")->required();
  timeline_command->add_option("--seminar", timeline->seminar, "Seminar date YYYY-MM-DD")->required();
  timeline_command->add_option("--mode", timeline->mode, "classroom | distance")->capture_default_str();
  timeline_command->add_option("--today", timeline->today, "Judge lateness as of this date (default: today)");
  timeline_command->add_option("--done", timeline->done, "Deadlines already met (ids)")->delimiter(',');
  timeline_command->add_flag("--json", timeline->json, "Print JSON");
  timeline_command->callback([timeline, &context] { context.run([&] { return run_timeline(*timeline, context); }); });

  auto decide_options = std::make_shared<DecideOptions>();
  CLI::App* decide_command =
      scheme->add_subcommand("decide", "Apply the scheme's decision rules to an examiner's form");
  decide_command->add_option("form", decide_options->form, "Examiner form YAML file")->required();
  decide_command->add_option("--scheme", decide_options->scheme, "Scheme id or file")->required();
  decide_command->add_flag("--json", decide_options->json, "Print JSON");
  decide_command->callback([decide_options, &context] {
    context.run([&] { return run_decide(*decide_options, context); });
  });
}

}  // namespace candor::cli
