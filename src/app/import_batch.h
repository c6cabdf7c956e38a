// An import file, parsed but not yet applied: the assessment to create (or
// none, when importing into an existing one) and its claims, evidence and
// judgements, each remembering where in the file it was written so a refusal
// can name the line. Formats are documented in docs/import.md.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/application.h"

namespace candor::app {

struct ImportedClaim {
  Location where;
  std::string by;
  ClaimInput input;
};

struct ImportedEvidence {
  Location where;
  std::string by;
  std::string ref;   // how judgements in the same file cite it
  std::string file;  // attached file, relative to the import file
  EvidenceInput input;
};

struct ImportedJudgement {
  Location where;
  std::string by;
  std::vector<std::string> evidence_refs;  // refs in this file, or ids of stored evidence
  JudgementInput input;
};

struct ImportBatch {
  std::optional<NewAssessment> assessment;
  Location assessment_where;
  std::vector<ImportedClaim> claims;
  std::vector<ImportedEvidence> evidence;
  std::vector<ImportedJudgement> judgements;
};

// Parses a YAML import file; every problem found is reported.
Result<ImportBatch> parse_yaml_import(std::string_view text, const std::string& file);

// A table as read from CSV or XLSX: the header, then rows with their line
// (CSV) or row number (XLSX).
struct Table {
  std::vector<std::string> header;
  std::vector<std::pair<int, std::vector<std::string>>> rows;
};
Result<ImportBatch> parse_table_import(const Table& table, const std::string& file);

}  // namespace candor::app
