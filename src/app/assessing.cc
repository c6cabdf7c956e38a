// Use cases of an organisation assessment: create it, record claims, evidence
// and judgements, and derive its results and roadmap.
#include <nlohmann/json.hpp>

#include "app/application.h"
#include "base/sha256.h"
#include "base/text.h"
#include "core/input_rules.h"
#include "report/record_json.h"
#include "store/blob_store.h"
#include "store/framework_store.h"

namespace candor::app {
namespace {

Error field_error(const std::string& field, std::string message) {
  return Error::invalid_input(std::move(message), Location{"", 0, 0, field});
}

// "70%" or "70 %" -> 70; anything else is a level id.
void read_rating(const std::string& text, Judgement& judgement) {
  const std::string_view trimmed = trim(text);
  if (!trimmed.empty() && trimmed.back() == '%') {
    try {
      std::size_t used = 0;
      const std::string number(trim(trimmed.substr(0, trimmed.size() - 1)));
      const double value = std::stod(number, &used);
      if (used == number.size()) {
        judgement.percent = value;
        return;
      }
    } catch (const std::exception&) {
    }
  }
  judgement.rating = std::string(trimmed);
}

}  // namespace

Result<std::shared_ptr<const Framework>> Application::framework_of(const Caller& caller,
                                                                   const AssessmentRow& row) {
  const StoredFramework stored =
      CANDOR_TRY(load_stored_framework(db(), caller.workspace_id, row.framework_id));
  return parse_framework(stored.sha256, stored.source, stored.key);
}

Result<Id> Application::create_assessment(const Caller& caller, const NewAssessment& input) {
  CANDOR_TRY(authorize(caller, Permission::kCreateAssessment));
  if (trim(input.subject).empty()) return field_error("assessment.subject", "must not be empty");
  if (input.subject.size() > kMaxTitleLength) {
    return field_error("assessment.subject", "is longer than " + std::to_string(kMaxTitleLength) + " characters");
  }
  if (input.scope.size() > kMaxTextLength) return field_error("assessment.scope", "is too long");
  if (input.size && *input.size < 1) return field_error("assessment.size", "must be at least 1 person");
  if (input.window_months < 1) return field_error("assessment.window", "must be at least 1 month");
  const FrameworkSource source = CANDOR_TRY(framework_source(&caller, input.framework));
  const auto framework = CANDOR_TRY(parse_framework(sha256_hex(source.text), source.text, source.origin));
  const int max_level = framework->attribute_sets.empty() ? 0 : framework->attribute_sets.front().max_level();
  if (input.target_level < 1 || (max_level > 0 && input.target_level > max_level)) {
    return field_error("assessment.target_level", "must lie between 1 and " + std::to_string(max_level));
  }
  Assessment assessment;
  assessment.subject = std::string(trim(input.subject));
  assessment.sector = input.sector;
  assessment.size = input.size;
  assessment.scope = input.scope;
  assessment.assessed_on = input.assessed_on.value_or(Date::today());
  assessment.window_months = input.window_months;
  assessment.target_level = input.target_level;
  assessment.created_at = utc_timestamp_now();
  assessment.framework_key = framework->key();
  CANDOR_TRY(db().transaction([&]() -> Status {
    // The assessment keeps the exact framework text it was made with, so its
    // results can always be recomputed against it.
    const StoredFramework stored = CANDOR_TRY(store_framework(
        db(), caller.workspace_id, source.key, source.title, source.text, source.origin));
    assessment.framework_sha256 = stored.sha256;
    assessment.id = CANDOR_TRY(insert_assessment(db(), caller.workspace_id, stored.id, assessment));
    return journal(caller, {"assessment.create", "assessment", std::to_string(assessment.id), "",
                            to_json(assessment).dump()});
  }));
  return assessment.id;
}

Result<std::vector<AssessmentRow>> Application::list_assessments(const Caller& caller) {
  CANDOR_TRY(authorize(caller, Permission::kReadAssessment));
  return candor::list_assessments(db(), caller.workspace_id);
}

Result<Id> Application::add_claim(const Caller& caller, Id assessment_id, const ClaimInput& input) {
  CANDOR_TRY(authorize(caller, Permission::kClaim));
  const AssessmentRow row = CANDOR_TRY(find_assessment(db(), caller.workspace_id, assessment_id));
  const auto framework = CANDOR_TRY(framework_of(caller, row));
  Claim claim{0, input.node, input.level, input.conformity, input.note, caller.actor, utc_timestamp_now()};
  CANDOR_TRY(check_claim(*framework, claim));
  if (!answers_for(caller, CANDOR_TRY(list_process_owners(db(), caller.workspace_id, assessment_id)), input.node)) {
    return Error::permission_denied(caller.actor + " is not an owner of " + input.node +
                                    " in this assessment; the lead assessor assigns process owners");
  }
  CANDOR_TRY(db().transaction([&]() -> Status {
    claim.id = CANDOR_TRY(insert_claim(db(), caller.workspace_id, assessment_id, claim));
    return journal(caller, {"claim.add", "claim", std::to_string(claim.id), "", to_json(claim).dump()});
  }));
  return claim.id;
}

Result<std::vector<Id>> Application::add_claims(const Caller& caller, Id assessment_id,
                                                const std::vector<ClaimInput>& inputs) {
  CANDOR_TRY(authorize(caller, Permission::kClaim));
  std::vector<Id> ids;
  CANDOR_TRY(db().transaction([&]() -> Status {
    for (std::size_t i = 0; i < inputs.size(); ++i) {
      auto id = add_claim(caller, assessment_id, inputs[i]);
      if (!id.ok()) return std::move(id).error().with_context("claim " + std::to_string(i + 1) + " (" + inputs[i].node + ")");
      ids.push_back(*id);
    }
    return {};
  }));
  return ids;
}

namespace {

// Every node named must be a process of the framework; all are named at once.
Status check_processes(const Framework& framework, const std::vector<std::string>& processes) {
  if (processes.empty()) return Error::invalid_input("name at least one process", Location{"", 0, 0, "processes"});
  std::vector<Error> problems;
  for (const auto& id : processes) {
    const Node* node = framework.find(id);
    if (node == nullptr) {
      problems.push_back(Error::invalid_input("no node '" + id + "' in " + framework.id, Location{"", 0, 0, "processes"}));
    } else if (node->kind != NodeKind::kProcess) {
      problems.push_back(Error::invalid_input(id + " is not a process: owners answer for processes",
                                              Location{"", 0, 0, "processes"}));
    }
  }
  if (!problems.empty()) return Error::many(problems);
  return {};
}

}  // namespace

Status Application::assign_owner(const Caller& caller, Id assessment_id, const std::string& actor,
                                 const std::vector<std::string>& processes) {
  const auto members = CANDOR_TRY(process_owner_members(caller));
  if (std::none_of(members.begin(), members.end(), [&](const MemberRow& m) { return m.name == actor; })) {
    return Error::invalid_input("'" + actor + "' is not a process owner in workspace '" + caller.workspace +
                                    "': add the user with that role first (candor user add NAME --role process-owner)",
                                Location{"", 0, 0, "user"});
  }
  const std::string now = utc_timestamp_now();
  return change_owner(caller, assessment_id, actor, processes, "owner.assign", [&](const std::string& node) {
    return insert_process_owner(db(), caller.workspace_id, assessment_id, {node, actor, caller.actor, now});
  });
}

Result<std::vector<MemberRow>> Application::process_owner_members(const Caller& caller) {
  CANDOR_TRY(authorize(caller, Permission::kAssignOwners));
  std::vector<MemberRow> owners;
  for (auto& member : CANDOR_TRY(list_members(db(), caller.workspace_id))) {
    if (member.role == to_string(Role::kProcessOwner)) owners.push_back(std::move(member));
  }
  return owners;
}

Status Application::remove_owner(const Caller& caller, Id assessment_id, const std::string& actor,
                                 const std::vector<std::string>& processes) {
  CANDOR_TRY(authorize(caller, Permission::kAssignOwners));
  return change_owner(caller, assessment_id, actor, processes, "owner.remove", [&](const std::string& node) {
    return delete_process_owner(db(), caller.workspace_id, assessment_id, node, actor);
  });
}

// Checks the processes against the assessment's framework, then changes each
// and journals the change, in one transaction.
Status Application::change_owner(const Caller& caller, Id assessment_id, const std::string& actor,
                                 const std::vector<std::string>& processes, const std::string& action,
                                 const std::function<Status(const std::string&)>& change) {
  const AssessmentRow row = CANDOR_TRY(find_assessment(db(), caller.workspace_id, assessment_id));
  const auto framework = CANDOR_TRY(framework_of(caller, row));
  CANDOR_TRY(check_processes(*framework, processes));
  return db().transaction([&]() -> Status {
    for (const auto& node : processes) CANDOR_TRY(change(node));
    return journal(caller, {action, "assessment", std::to_string(assessment_id), "",
                            nlohmann::json{{"actor", actor}, {"processes", processes}}.dump()});
  });
}

Result<Id> Application::add_evidence(const Caller& caller, Id assessment_id, const EvidenceInput& input) {
  CANDOR_TRY(authorize(caller, Permission::kAddEvidence));
  const AssessmentRow row = CANDOR_TRY(find_assessment(db(), caller.workspace_id, assessment_id));
  const auto framework = CANDOR_TRY(framework_of(caller, row));
  Id id = 0;
  CANDOR_TRY(db().transaction([&]() -> Status {
    id = CANDOR_TRY(add_evidence_in_transaction(caller, *framework, assessment_id, input));
    return {};
  }));
  return id;
}

Result<Id> Application::add_evidence_in_transaction(const Caller& caller, const Framework& framework,
                                                    Id assessment_id, const EvidenceInput& input) {
  Evidence evidence;
  evidence.kind = CANDOR_TRY(parse_evidence_kind(input.kind));
  evidence.title = input.title;
  auto date = Date::parse(input.date);
  if (!date.ok()) return field_error("evidence.date", date.error().message());
  evidence.observed_on = *date;
  evidence.source = input.source;
  evidence.node_ids = input.nodes;
  evidence.payload_json = input.payload_json;
  evidence.by = caller.actor;
  evidence.at = utc_timestamp_now();
  CANDOR_TRY(check_evidence(framework, evidence, Date::today()));
  if (!input.payload_json.empty() && !nlohmann::json::accept(input.payload_json)) {
    return field_error("evidence.payload", "is not valid JSON");
  }
  if (input.file_bytes) {
    evidence.file_sha256 = CANDOR_TRY(put_blob(db(), caller.workspace_id, *input.file_bytes));
    evidence.file_name = input.file_name;
    evidence.media_type = input.media_type.empty() ? "application/octet-stream" : input.media_type;
  }
  evidence.id = CANDOR_TRY(insert_evidence(db(), caller.workspace_id, assessment_id, evidence));
  CANDOR_TRY(journal(caller, {"evidence.add", "evidence", std::to_string(evidence.id), "", to_json(evidence).dump()}));
  return evidence.id;
}

Result<Id> Application::add_judgement(const Caller& caller, Id assessment_id, const JudgementInput& input) {
  CANDOR_TRY(authorize(caller, input.reconciliation ? Permission::kReconcile : Permission::kJudge));
  const AssessmentRow row = CANDOR_TRY(find_assessment(db(), caller.workspace_id, assessment_id));
  const auto framework = CANDOR_TRY(framework_of(caller, row));
  AssessmentRecord record = CANDOR_TRY(load_assessment_record(db(), caller.workspace_id, assessment_id));
  Id id = 0;
  CANDOR_TRY(db().transaction([&]() -> Status {
    id = CANDOR_TRY(add_judgement_in_transaction(caller, *framework, record, input));
    return {};
  }));
  return id;
}

Result<Id> Application::add_judgement_in_transaction(const Caller& caller, const Framework& framework,
                                                     AssessmentRecord& record, const JudgementInput& input) {
  Judgement judgement;
  judgement.node_id = input.node;
  judgement.attribute_id = input.attribute;
  read_rating(input.rating, judgement);
  judgement.basis = input.provisional ? Basis::kProvisional : Basis::kVerified;
  judgement.rationale = input.rationale;
  judgement.justification = input.justification;
  judgement.evidence_ids = input.evidence;
  judgement.reconciliation = input.reconciliation;
  judgement.by = caller.actor;
  judgement.at = utc_timestamp_now();
  CANDOR_TRY(check_judgement(framework, record, judgement));
  const Id assessment_id = record.assessment.id;
  judgement.id = CANDOR_TRY(insert_judgement(db(), caller.workspace_id, assessment_id, judgement));
  // Evidence a judgement rests on bears on the judged node.
  for (Id evidence_id : judgement.evidence_ids) CANDOR_TRY(link_evidence(db(), evidence_id, judgement.node_id));
  CANDOR_TRY(journal(caller, {input.reconciliation ? "judgement.reconcile" : "judgement.add", "judgement",
                              std::to_string(judgement.id), "", to_json(judgement).dump()}));
  record.judgements.push_back(judgement);
  return judgement.id;
}

Result<std::string> Application::evidence_file(const Caller& caller, Id assessment_id, Id evidence_id) {
  CANDOR_TRY(authorize(caller, Permission::kReadAssessment));
  const AssessmentRecord record = CANDOR_TRY(load_assessment_record(db(), caller.workspace_id, assessment_id));
  const Evidence* evidence = record.find_evidence(evidence_id);
  if (evidence == nullptr) {
    return Error::not_found("no evidence " + std::to_string(evidence_id) + " in assessment " + std::to_string(assessment_id));
  }
  if (evidence->file_sha256.empty()) {
    return Error::not_found("evidence " + std::to_string(evidence_id) + " has no file");
  }
  return get_blob(db(), caller.workspace_id, evidence->file_sha256);
}

Result<AssessmentView> Application::view(const Caller& caller, Id assessment_id) {
  CANDOR_TRY(authorize(caller, Permission::kReadAssessment));
  const AssessmentRow row = CANDOR_TRY(find_assessment(db(), caller.workspace_id, assessment_id));
  AssessmentView out;
  out.framework = CANDOR_TRY(framework_of(caller, row));
  out.record = CANDOR_TRY(load_assessment_record(db(), caller.workspace_id, assessment_id));
  out.results = evaluate(*out.framework, out.record);
  out.workspace = caller.workspace;
  out.journal_head = CANDOR_TRY(candor::journal_head(db(), caller.workspace_id));
  return out;
}

Result<std::string> Application::journal_head(const Caller& caller) {
  CANDOR_TRY(authorize(caller, Permission::kReadAssessment));
  return candor::journal_head(db(), caller.workspace_id);
}

Result<Roadmap> Application::roadmap(const Caller& caller, const AssessmentView& view,
                                     const RoadmapRequest& request) {
  CANDOR_TRY(authorize(caller, Permission::kReadAssessment));
  RoadmapOptions options;
  options.capacity_days_per_month = request.capacity_days_per_month;
  options.target_level = request.target_level.value_or(view.record.assessment.target_level);
  options.start = request.start.value_or(view.record.assessment.assessed_on);
  return plan_roadmap(*view.framework, view.results, options);
}

}  // namespace candor::app
