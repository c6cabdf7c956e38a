#include "store/assessment_store.h"

#include <map>

namespace candor {
namespace {

constexpr const char* kAssessmentColumns =
    "SELECT a.id, f.framework_key, f.sha256, a.subject, a.sector, a.size, a.scope, a.assessed_on, "
    "a.window_months, a.target_level, a.status, a.previous_id, a.created_at, a.framework_id "
    "FROM assessments a JOIN frameworks f ON f.id = a.framework_id AND f.workspace_id = a.workspace_id ";

AssessmentRow assessment_from(const Row& row) {
  AssessmentRow out;
  Assessment& a = out.assessment;
  a.id = row.integer(0);
  a.framework_key = row.text(1);
  a.framework_sha256 = row.text(2);
  a.subject = row.text(3);
  a.sector = row.text(4);
  if (auto size = row.optional_integer(5)) a.size = static_cast<int>(*size);
  a.scope = row.text(6);
  if (auto date = Date::parse(row.text(7))) a.assessed_on = *date;
  a.window_months = static_cast<int>(row.integer(8));
  a.target_level = static_cast<int>(row.integer(9));
  a.status = row.text(10);
  a.previous = row.optional_integer(11);
  a.created_at = row.text(12);
  out.framework_id = row.integer(13);
  return out;
}

Value optional_value(const std::optional<int>& value) {
  if (!value) return nullptr;
  return std::int64_t{*value};
}

}  // namespace

Result<Id> insert_assessment(Database& database, std::int64_t workspace_id, std::int64_t framework_id,
                             const Assessment& a) {
  Value previous = nullptr;
  if (a.previous) previous = *a.previous;
  return database.insert(
      "INSERT INTO assessments (workspace_id, framework_id, subject, sector, size, scope, assessed_on, "
      "window_months, target_level, status, previous_id, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {workspace_id, framework_id, a.subject, a.sector, optional_value(a.size), a.scope,
       a.assessed_on.to_string(), std::int64_t{a.window_months}, std::int64_t{a.target_level}, a.status,
       previous, a.created_at});
}

Result<AssessmentRow> find_assessment(Database& database, std::int64_t workspace_id, Id id) {
  const Rows rows = CANDOR_TRY(database.query(
      std::string(kAssessmentColumns) + "WHERE a.workspace_id = ? AND a.id = ?", {workspace_id, id}));
  if (rows.empty()) return Error::not_found("no assessment " + std::to_string(id) + " in this workspace");
  return assessment_from(rows.front());
}

Result<std::vector<AssessmentRow>> list_assessments(Database& database, std::int64_t workspace_id) {
  const Rows rows = CANDOR_TRY(database.query(
      std::string(kAssessmentColumns) + "WHERE a.workspace_id = ? ORDER BY a.id", {workspace_id}));
  std::vector<AssessmentRow> out;
  for (const auto& row : rows) out.push_back(assessment_from(row));
  return out;
}

Result<Id> insert_claim(Database& database, std::int64_t workspace_id, Id assessment_id, const Claim& c) {
  return database.insert(
      "INSERT INTO claims (workspace_id, assessment_id, node_id, level, conformity, note, actor, "
      "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {workspace_id, assessment_id, c.node_id, optional_value(c.level), c.conformity, c.note, c.by, c.at});
}

Result<Id> insert_evidence(Database& database, std::int64_t workspace_id, Id assessment_id,
                           const Evidence& e) {
  const Id id = CANDOR_TRY(database.insert(
      "INSERT INTO evidence (workspace_id, assessment_id, kind, title, observed_on, source, file_sha256, "
      "file_name, media_type, payload, actor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "RETURNING id",
      {workspace_id, assessment_id, std::string(to_string(e.kind)), e.title, e.observed_on.to_string(),
       e.source, e.file_sha256, e.file_name, e.media_type, e.payload_json, e.by, e.at}));
  for (const auto& node_id : e.node_ids) CANDOR_TRY(link_evidence(database, id, node_id));
  return id;
}

Status link_evidence(Database& database, Id evidence_id, const std::string& node_id) {
  const Rows rows = CANDOR_TRY(database.query(
      "SELECT 1 FROM evidence_nodes WHERE evidence_id = ? AND node_id = ?", {evidence_id, node_id}));
  if (!rows.empty()) return {};
  return database.execute("INSERT INTO evidence_nodes (evidence_id, node_id) VALUES (?, ?)",
                          {evidence_id, node_id});
}

Result<Id> insert_judgement(Database& database, std::int64_t workspace_id, Id assessment_id,
                            const Judgement& j) {
  Value percent = nullptr;
  if (j.percent) percent = *j.percent;
  const Id id = CANDOR_TRY(database.insert(
      "INSERT INTO judgements (workspace_id, assessment_id, node_id, attribute_id, rating, percent, basis, "
      "rationale, justification, reconciliation, actor, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {workspace_id, assessment_id, j.node_id, j.attribute_id, j.rating, percent,
       std::string(j.basis == Basis::kVerified ? "verified" : "provisional"), j.rationale,
       j.justification, std::int64_t{j.reconciliation ? 1 : 0}, j.by, j.at}));
  for (Id evidence_id : j.evidence_ids) {
    CANDOR_TRY(database.execute("INSERT INTO judgement_evidence (judgement_id, evidence_id) VALUES (?, ?)",
                                {id, evidence_id}));
  }
  return id;
}

Status insert_process_owner(Database& database, std::int64_t workspace_id, Id assessment_id,
                            const ProcessOwner& owner) {
  return database.execute(
      "INSERT INTO process_owners (workspace_id, assessment_id, node_id, actor, assigned_by, assigned_at) "
      "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
      {workspace_id, assessment_id, owner.node_id, owner.actor, owner.assigned_by, owner.assigned_at});
}

Status delete_process_owner(Database& database, std::int64_t workspace_id, Id assessment_id,
                            const std::string& node_id, const std::string& actor) {
  const std::vector<Value> key{workspace_id, assessment_id, node_id, actor};
  const std::string where = " FROM process_owners WHERE workspace_id = ? AND assessment_id = ? AND node_id = ? AND actor = ?";
  if (CANDOR_TRY(database.query("SELECT 1" + where, key)).empty()) {
    return Error::not_found(actor + " is not an owner of " + node_id + " in assessment " + std::to_string(assessment_id));
  }
  return database.execute("DELETE" + where, key);
}

Result<std::vector<ProcessOwner>> list_process_owners(Database& database, std::int64_t workspace_id,
                                                      Id assessment_id) {
  std::vector<ProcessOwner> owners;
  for (const auto& row : CANDOR_TRY(database.query(
           "SELECT node_id, actor, assigned_by, assigned_at FROM process_owners "
           "WHERE workspace_id = ? AND assessment_id = ? ORDER BY node_id, actor",
           {workspace_id, assessment_id}))) {
    owners.push_back({row.text(0), row.text(1), row.text(2), row.text(3)});
  }
  return owners;
}

Result<AssessmentRecord> load_assessment_record(Database& database, std::int64_t workspace_id, Id id) {
  AssessmentRecord record;
  record.assessment = CANDOR_TRY(find_assessment(database, workspace_id, id)).assessment;
  record.owners = CANDOR_TRY(list_process_owners(database, workspace_id, id));
  const std::vector<Value> scope{workspace_id, id};
  for (const auto& row : CANDOR_TRY(database.query(
           "SELECT id, node_id, level, conformity, note, actor, created_at FROM claims "
           "WHERE workspace_id = ? AND assessment_id = ? ORDER BY id", scope))) {
    Claim c{row.integer(0), row.text(1), std::nullopt, row.text(3), row.text(4), row.text(5), row.text(6)};
    if (auto level = row.optional_integer(2)) c.level = static_cast<int>(*level);
    record.claims.push_back(std::move(c));
  }
  std::map<Id, std::size_t> evidence_index;
  for (const auto& row : CANDOR_TRY(database.query(
           "SELECT id, kind, title, observed_on, source, file_sha256, file_name, media_type, payload, "
           "actor, created_at FROM evidence WHERE workspace_id = ? AND assessment_id = ? ORDER BY id", scope))) {
    Evidence e;
    e.id = row.integer(0);
    e.kind = parse_evidence_kind(row.text(1)).ok() ? *parse_evidence_kind(row.text(1)) : EvidenceKind::kOther;
    e.title = row.text(2);
    if (auto date = Date::parse(row.text(3))) e.observed_on = *date;
    e.source = row.text(4);
    e.file_sha256 = row.text(5);
    e.file_name = row.text(6);
    e.media_type = row.text(7);
    e.payload_json = row.text(8);
    e.by = row.text(9);
    e.at = row.text(10);
    evidence_index[e.id] = record.evidence.size();
    record.evidence.push_back(std::move(e));
  }
  for (const auto& row : CANDOR_TRY(database.query(
           "SELECT en.evidence_id, en.node_id FROM evidence_nodes en JOIN evidence e ON e.id = en.evidence_id "
           "WHERE e.workspace_id = ? AND e.assessment_id = ? ORDER BY en.evidence_id, en.node_id", scope))) {
    record.evidence[evidence_index.at(row.integer(0))].node_ids.push_back(row.text(1));
  }
  std::map<Id, std::size_t> judgement_index;
  for (const auto& row : CANDOR_TRY(database.query(
           "SELECT id, node_id, attribute_id, rating, percent, basis, rationale, justification, "
           "reconciliation, actor, created_at FROM judgements WHERE workspace_id = ? AND assessment_id = ? "
           "ORDER BY id", scope))) {
    Judgement j;
    j.id = row.integer(0);
    j.node_id = row.text(1);
    j.attribute_id = row.text(2);
    j.rating = row.text(3);
    j.percent = row.optional_real(4);
    j.basis = row.text(5) == "provisional" ? Basis::kProvisional : Basis::kVerified;
    j.rationale = row.text(6);
    j.justification = row.text(7);
    j.reconciliation = row.integer(8) != 0;
    j.by = row.text(9);
    j.at = row.text(10);
    judgement_index[j.id] = record.judgements.size();
    record.judgements.push_back(std::move(j));
  }
  for (const auto& row : CANDOR_TRY(database.query(
           "SELECT je.judgement_id, je.evidence_id FROM judgement_evidence je JOIN judgements j "
           "ON j.id = je.judgement_id WHERE j.workspace_id = ? AND j.assessment_id = ? "
           "ORDER BY je.judgement_id, je.evidence_id", scope))) {
    record.judgements[judgement_index.at(row.integer(0))].evidence_ids.push_back(row.integer(1));
  }
  return record;
}

}  // namespace candor
