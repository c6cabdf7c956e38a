// The YAML import format (docs/import.md).
#include <yaml-cpp/yaml.h>

#include "app/import_batch.h"
#include "framework/yaml_reader.h"

namespace candor::app {
namespace {

constexpr std::size_t kMaxText = 20000;

class YamlImport {
 public:
  explicit YamlImport(const std::string& file) : reader_(file) {}

  Result<ImportBatch> run(std::string_view text) {
    const YAML::Node root = CANDOR_TRY(reader_.parse(text));
    if (!reader_.expect_map(root, "an import file")) return Error::many(reader_.problems());
    reader_.check_keys(root, {"assessment", "claims", "evidence", "judgements"}, "an import file");
    if (root["assessment"].IsDefined()) read_assessment(root["assessment"]);
    for_each(root, "claims", [&](const YAML::Node& node) { read_claim(node); });
    for_each(root, "evidence", [&](const YAML::Node& node) { read_evidence(node); });
    for_each(root, "judgements", [&](const YAML::Node& node) { read_judgement(node); });
    if (reader_.failed()) return Error::many(reader_.problems());
    return std::move(batch_);
  }

 private:
  template <class Read>
  void for_each(const YAML::Node& root, const char* key, Read read) {
    const YAML::Node list = root[key];
    if (!list.IsDefined() || list.IsNull()) return;
    if (!reader_.expect_list(list, std::string("'") + key + "'")) return;
    for (const auto& node : list) {
      if (reader_.expect_map(node, std::string("an item of '") + key + "'")) read(node);
    }
  }

  void read_assessment(const YAML::Node& node) {
    if (!reader_.expect_map(node, "'assessment'")) return;
    reader_.check_keys(node, {"framework", "subject", "sector", "size", "scope", "date", "window_months",
                              "target_level"},
                       "'assessment'");
    NewAssessment a;
    a.framework = reader_.text(node, "framework", true).value_or("");
    a.subject = reader_.text(node, "subject", true).value_or("");
    a.sector = reader_.text(node, "sector", false).value_or("");
    a.size = reader_.integer(node, "size", false);
    a.scope = reader_.text(node, "scope", false, kMaxText).value_or("");
    if (auto date = reader_.text(node, "date", false)) {
      auto parsed = Date::parse(*date);
      if (parsed.ok()) a.assessed_on = *parsed;
      else reader_.problem(node["date"], parsed.error().message());
    }
    a.window_months = reader_.integer(node, "window_months", false).value_or(12);
    a.target_level = reader_.integer(node, "target_level", false).value_or(3);
    batch_.assessment = a;
    batch_.assessment_where = reader_.at(node);
  }

  void read_claim(const YAML::Node& node) {
    reader_.check_keys(node, {"node", "level", "conformity", "note", "by"}, "a claim");
    ImportedClaim claim{reader_.at(node), reader_.text(node, "by", false).value_or("")};
    claim.input.node = reader_.text(node, "node", true).value_or("");
    claim.input.level = reader_.integer(node, "level", false);
    claim.input.conformity = reader_.text(node, "conformity", false).value_or("");
    claim.input.note = reader_.text(node, "note", false, kMaxText).value_or("");
    batch_.claims.push_back(std::move(claim));
  }

  void read_evidence(const YAML::Node& node) {
    reader_.check_keys(node, {"ref", "kind", "title", "date", "source", "nodes", "file", "by"}, "an evidence item");
    ImportedEvidence evidence{reader_.at(node), reader_.text(node, "by", false).value_or("")};
    evidence.ref = reader_.text(node, "ref", false).value_or("");
    evidence.file = reader_.text(node, "file", false, 1000).value_or("");
    evidence.input.kind = reader_.text(node, "kind", true).value_or("");
    evidence.input.title = reader_.text(node, "title", true, 1000).value_or("");
    evidence.input.date = reader_.text(node, "date", true).value_or("");
    evidence.input.source = reader_.text(node, "source", false, 1000).value_or("");
    evidence.input.nodes = reader_.text_list(node, "nodes");
    batch_.evidence.push_back(std::move(evidence));
  }

  void read_judgement(const YAML::Node& node) {
    reader_.check_keys(node, {"node", "attribute", "rating", "evidence", "rationale", "justification", "by",
                              "provisional", "reconcile"},
                       "a judgement");
    ImportedJudgement judgement{reader_.at(node), reader_.text(node, "by", false).value_or("")};
    judgement.input.node = reader_.text(node, "node", true).value_or("");
    judgement.input.attribute = reader_.text(node, "attribute", false).value_or("");
    judgement.input.rating = reader_.text(node, "rating", true).value_or("");
    judgement.evidence_refs = reader_.text_list(node, "evidence");
    judgement.input.rationale = reader_.text(node, "rationale", false, kMaxText).value_or("");
    judgement.input.justification = reader_.text(node, "justification", false, kMaxText).value_or("");
    judgement.input.provisional = reader_.boolean(node, "provisional").value_or(false);
    judgement.input.reconciliation = reader_.boolean(node, "reconcile").value_or(false);
    batch_.judgements.push_back(std::move(judgement));
  }

  YamlReader reader_;
  ImportBatch batch_;
};

}  // namespace

Result<ImportBatch> parse_yaml_import(std::string_view text, const std::string& file) {
  return YamlImport(file).run(text);
}

}  // namespace candor::app
