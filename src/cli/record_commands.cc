// candor claim | evidence add/list/get | judge — what goes into an assessment.
#include <CLI/CLI.hpp>
#include <cstring>
#include <iostream>
#include <nlohmann/json.hpp>

#include "base/files.h"
#include "cli/commands.h"
#include "cli/context.h"
#include "report/record_json.h"
#include "store/blob_store.h"

namespace candor::cli {
namespace {

std::string media_type_of(const std::string& name) {
  static const std::pair<const char*, const char*> kTypes[] = {
      {".pdf", "application/pdf"},
      {".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
      {".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
      {".odt", "application/vnd.oasis.opendocument.text"},
      {".csv", "text/csv"}, {".txt", "text/plain"}, {".md", "text/markdown"},
      {".png", "image/png"}, {".jpg", "image/jpeg"}, {".json", "application/json"}};
  for (const auto& [extension, type] : kTypes) {
    if (name.size() > std::strlen(extension) &&
        name.compare(name.size() - std::strlen(extension), std::string::npos, extension) == 0) {
      return type;
    }
  }
  return "application/octet-stream";
}

struct ClaimOptions {
  Id assessment = 0;
  app::ClaimInput input;
  int level = -1;
};

struct EvidenceOptions {
  Id assessment = 0;
  app::EvidenceInput input;
  std::string file;
};

struct JudgeOptions {
  Id assessment = 0;
  app::JudgementInput input;
};

Status add_evidence(Context& context, EvidenceOptions& options) {
  app::Application* app = CANDOR_TRY(context.application());
  const app::Caller caller = CANDOR_TRY(context.caller());
  if (!options.file.empty()) {
    options.input.file_bytes = CANDOR_TRY(read_file(options.file, kMaxBlobBytes));
    options.input.file_name = options.file.substr(options.file.find_last_of('/') + 1);
    options.input.media_type = media_type_of(options.input.file_name);
  }
  std::cout << CANDOR_TRY(app->add_evidence(caller, options.assessment, options.input)) << "\n";
  return {};
}

Status list_evidence(Context& context, Id assessment, bool json) {
  app::Application* app = CANDOR_TRY(context.application());
  const app::Caller caller = CANDOR_TRY(context.caller());
  const app::AssessmentView view = CANDOR_TRY(app->view(caller, assessment));
  if (json) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& evidence : view.record.evidence) out.push_back(to_json(evidence));
    print_json(out.dump(2));
    return {};
  }
  for (const auto& e : view.record.evidence) {
    std::cout << e.id << "\t" << to_string(e.kind) << "\t" << e.observed_on.to_string() << "\t" << e.title;
    if (!e.file_sha256.empty()) std::cout << "\t" << e.file_name << " sha256:" << e.file_sha256.substr(0, 12);
    std::cout << "\n";
  }
  return {};
}

}  // namespace

void add_record_commands(CLI::App& app, Context& context) {
  auto claim = std::make_shared<ClaimOptions>();
  auto* claim_command = app.add_subcommand("claim", "Record a process owner's self-assessment (a claim)");
  claim_command->add_option("ASSESSMENT", claim->assessment, "Assessment id")->required();
  claim_command->add_option("--node", claim->input.node, "Requirement or process id")->required();
  claim_command->add_option("--level", claim->level, "Claimed capability level (processes)");
  claim_command->add_option("--conformity", claim->input.conformity, "Claimed conformity");
  claim_command->add_option("--note", claim->input.note, "What the owner says");
  claim_command->callback([&context, claim] {
    context.run([&]() -> Status {
      app::Application* app = CANDOR_TRY(context.application());
      const app::Caller caller = CANDOR_TRY(context.caller());
      if (claim->level >= 0) claim->input.level = claim->level;
      std::cout << CANDOR_TRY(app->add_claim(caller, claim->assessment, claim->input)) << "\n";
      return {};
    });
  });

  auto* evidence_group = app.add_subcommand("evidence", "Add and list evidence");
  evidence_group->require_subcommand(1);
  auto evidence = std::make_shared<EvidenceOptions>();
  auto* add = evidence_group->add_subcommand("add", "Record evidence; prints its id");
  add->add_option("ASSESSMENT", evidence->assessment, "Assessment id")->required();
  add->add_option("--kind", evidence->input.kind, evidence_kind_choices())->required();
  add->add_option("--title", evidence->input.title, "What it is")->required();
  add->add_option("--date", evidence->input.date, "When it was seen or issued (YYYY-MM-DD)")->required();
  add->add_option("--source", evidence->input.source, "Who or what it came from");
  add->add_option("--node", evidence->input.nodes, "Requirement or process it bears on (repeatable)");
  add->add_option("--file", evidence->file, "Attach a file (stored by SHA-256)");
  add->callback([&context, evidence] { context.run([&] { return add_evidence(context, *evidence); }); });

  struct ListOptions {
    Id assessment = 0;
    bool json = false;
  };
  auto list_options = std::make_shared<ListOptions>();
  auto* list = evidence_group->add_subcommand("list", "List an assessment's evidence");
  list->add_option("ASSESSMENT", list_options->assessment, "Assessment id")->required();
  list->add_flag("--json", list_options->json, "Print JSON");
  list->callback([&context, list_options] {
    context.run([&] { return list_evidence(context, list_options->assessment, list_options->json); });
  });

  struct GetOptions {
    Id assessment = 0;
    Id evidence = 0;
    std::string output;
  };
  auto get_options = std::make_shared<GetOptions>();
  auto* get = evidence_group->add_subcommand("get", "Write an evidence file out (verified against its SHA-256)");
  get->add_option("ASSESSMENT", get_options->assessment, "Assessment id")->required();
  get->add_option("EVIDENCE", get_options->evidence, "Evidence id")->required();
  get->add_option("-o,--output", get_options->output, "Output file")->required();
  get->callback([&context, get_options] {
    context.run([&]() -> Status {
      app::Application* app = CANDOR_TRY(context.application());
      const app::Caller caller = CANDOR_TRY(context.caller());
      const std::string bytes = CANDOR_TRY(app->evidence_file(caller, get_options->assessment, get_options->evidence));
      return write_file_atomic(get_options->output, bytes);
    });
  });

  auto judge = std::make_shared<JudgeOptions>();
  auto* judge_command = app.add_subcommand("judge", "Rate a requirement's conformity or a process attribute");
  judge_command->add_option("ASSESSMENT", judge->assessment, "Assessment id")->required();
  judge_command->add_option("--node", judge->input.node, "Requirement or process id")->required();
  judge_command->add_option("--attribute", judge->input.attribute, "Process attribute, e.g. PA2.1");
  judge_command->add_option("--rating", judge->input.rating,
                            "N, P-, P, P+, L-, L, L+, F or a percentage (attributes); "
                            "conforming, minor, major, not-applicable (conformity)")->required();
  judge_command->add_option("--evidence", judge->input.evidence, "Evidence ids it rests on (repeatable)");
  judge_command->add_option("--rationale", judge->input.rationale, "Why this rating");
  judge_command->add_option("--justification", judge->input.justification, "Required for not-applicable");
  judge_command->add_flag("--provisional", judge->input.provisional, "A working opinion: not counted in results");
  judge_command->add_flag("--reconcile", judge->input.reconciliation, "The lead assessor's settlement of a disagreement");
  judge_command->callback([&context, judge] {
    context.run([&]() -> Status {
      app::Application* app = CANDOR_TRY(context.application());
      const app::Caller caller = CANDOR_TRY(context.caller());
      std::cout << CANDOR_TRY(app->add_judgement(caller, judge->assessment, judge->input)) << "\n";
      return {};
    });
  });
}

}  // namespace candor::cli
