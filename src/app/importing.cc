// Applies an import file: all or nothing. Every record is checked by the same
// rules as when entered by hand; every refusal is collected with its line, and
// if there is any, the transaction is rolled back so nothing is imported.
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "app/application.h"
#include "app/csv_table.h"
#include "app/import_batch.h"
#include "base/files.h"
#include "base/sha256.h"
#include "base/text.h"

namespace candor::app {
namespace {

constexpr std::uint64_t kMaxImportBytes = 64 << 20;

bool ends_with(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() && to_lower(text.substr(text.size() - suffix.size())) == suffix;
}

Result<ImportBatch> parse_import(const std::string& path, const std::string& bytes) {
  if (ends_with(path, ".yaml") || ends_with(path, ".yml")) return parse_yaml_import(bytes, path);
  if (ends_with(path, ".csv")) return parse_table_import(CANDOR_TRY(read_csv_table(bytes, path)), path);
  if (ends_with(path, ".xlsx")) return parse_table_import(CANDOR_TRY(read_xlsx_table(bytes, path)), path);
  return Error::unsupported("import files are .yaml, .csv or .xlsx", Location{path});
}

// The caller acting as the record's author (`by`), for assessments imported
// from another tool; the import itself is journaled under the importer.
Caller as_author(const Caller& importer, const std::string& by) {
  Caller author = importer;
  if (!by.empty()) author.actor = by;
  return author;
}

}  // namespace

Result<ImportSummary> Application::import_file(const Caller& caller, const std::string& path,
                                               std::optional<Id> into_assessment) {
  CANDOR_TRY(authorize(caller, Permission::kCreateAssessment));
  const std::string bytes = CANDOR_TRY(read_file(path, kMaxImportBytes));
  const ImportBatch batch = CANDOR_TRY(parse_import(path, bytes));
  if (batch.assessment.has_value() == into_assessment.has_value()) {
    return Error::invalid_input(into_assessment ? "the file creates an assessment; drop --assessment to import it as new"
                                                : "the file has no 'assessment' section: name one with --assessment",
                                Location{path});
  }
  const std::string folder = std::filesystem::path(path).parent_path().string();
  ImportSummary summary;
  std::vector<Error> problems;
  // A refused record is a problem in the file (exit code 2), whatever the
  // rule that refused it; only failures of the machine keep their own code.
  const auto refuse = [&](const Location& where, const Error& error) {
    Location place = where;
    if (!error.where().field.empty()) place.field = error.where().field;
    const bool machine = error.code() == ErrorCode::kIo || error.code() == ErrorCode::kIntegrity ||
                         error.code() == ErrorCode::kInternal;
    problems.push_back(Error(machine ? error.code() : ErrorCode::kInvalidInput, error.message(), place));
  };
  const Status applied = db().transaction([&]() -> Status {
    if (batch.assessment) {
      auto created = create_assessment(caller, *batch.assessment);
      if (!created.ok()) {
        refuse(batch.assessment_where, created.error());
        return Error::many(problems);
      }
      summary.assessment = *created;
    } else {
      summary.assessment = *into_assessment;
    }
    const AssessmentRow row = CANDOR_TRY(find_assessment(db(), caller.workspace_id, summary.assessment));
    const auto framework = CANDOR_TRY(framework_of(caller, row));
    for (const auto& claim : batch.claims) {
      auto added = add_claim(as_author(caller, claim.by), summary.assessment, claim.input);
      if (added.ok()) ++summary.claims; else refuse(claim.where, added.error());
    }
    std::map<std::string, Id> evidence_ids;
    for (const auto& item : batch.evidence) {
      EvidenceInput input = item.input;
      if (!item.file.empty()) {
        const std::string file = (std::filesystem::path(folder) / item.file).string();
        auto content = read_file(file, 256 << 20);
        if (!content.ok()) {
          refuse(item.where, content.error());
          continue;
        }
        input.file_bytes = std::move(content).value();
        input.file_name = std::filesystem::path(item.file).filename().string();
      }
      auto added = add_evidence_in_transaction(as_author(caller, item.by), *framework, summary.assessment, input);
      if (!added.ok()) {
        refuse(item.where, added.error());
        continue;
      }
      ++summary.evidence;
      if (!item.ref.empty()) evidence_ids[item.ref] = *added;
    }
    AssessmentRecord record = CANDOR_TRY(load_assessment_record(db(), caller.workspace_id, summary.assessment));
    for (const auto& item : batch.judgements) {
      JudgementInput input = item.input;
      bool resolved = true;
      for (const auto& ref : item.evidence_refs) {
        if (const auto it = evidence_ids.find(ref); it != evidence_ids.end()) {
          input.evidence.push_back(it->second);
        } else if (!ref.empty() && ref.find_first_not_of("0123456789") == std::string::npos) {
          input.evidence.push_back(std::stoll(ref));  // an id of stored evidence
        } else {
          refuse(item.where, Error::invalid_input("cites unknown evidence '" + ref + "'", Location{"", 0, 0, "evidence"}));
          resolved = false;
        }
      }
      if (!resolved) continue;
      auto added = add_judgement_in_transaction(as_author(caller, item.by), *framework, record, input);
      if (added.ok()) ++summary.judgements; else refuse(item.where, added.error());
    }
    if (!problems.empty()) return Error::many(problems);
    return journal(caller, {"assessment.import", "assessment", std::to_string(summary.assessment), "",
                            nlohmann::json{{"file", path}, {"sha256", sha256_hex(bytes)}, {"claims", summary.claims},
                                           {"evidence", summary.evidence}, {"judgements", summary.judgements}}
                                .dump()});
  });
  if (!applied.ok()) return applied.error();
  return summary;
}

}  // namespace candor::app
