// The workspace dashboard and the assessing workflow: questionnaire, evidence,
// judgements, disagreements. Each handler reads its fields, calls app/ as the
// caller the route wrapper resolved, and answers.
#include <nlohmann/json.hpp>

#include "base/text.h"
#include "server/handlers.h"
#include "server/models.h"

namespace candor::server {
namespace {

using nlohmann::json;

bool may(const Exchange& x, app::Permission permission) { return app::authorize(*x.caller, permission).ok(); }

// The facts every assessment page shows, and what the caller may do there.
json assessment_frame(const Exchange& x, const app::AssessmentView& view) {
  const std::string url = x.assessment_url(view.record.assessment.id);
  return {{"assessment", assessment_json(view.record.assessment, url)},
          {"url", url},
          {"can_claim", may(x, app::Permission::kClaim)},
          {"can_add_evidence", may(x, app::Permission::kAddEvidence)},
          {"can_judge", may(x, app::Permission::kJudge)},
          {"can_reconcile", may(x, app::Permission::kReconcile)},
          {"can_assign_owners", may(x, app::Permission::kAssignOwners)},
          {"disagreement_count", view.results.disagreements.size()}};
}

Result<app::AssessmentView> view_of(Exchange& x) {
  const Id assessment = CANDOR_TRY(x.id("assessment"));
  return x.services.app.view(*x.caller, assessment);
}

std::optional<int> optional_int(const std::string& text) {
  if (trim(text).empty()) return std::nullopt;
  try {
    return std::stoi(std::string(trim(text)));
  } catch (const std::exception&) {
    return -1;  // refused by the application's rules, naming the field
  }
}

std::vector<Id> ids_of(const std::vector<std::string>& texts) {
  std::vector<Id> out;
  for (const auto& text : texts) {
    for (const auto& part : split(text, ',')) {
      const std::string trimmed(trim(part));
      if (trimmed.empty()) continue;
      try {
        out.push_back(std::stoll(trimmed));
      } catch (const std::exception&) {
        out.push_back(0);  // refused by the application as evidence that does not exist
      }
    }
  }
  return out;
}

// A judgement's fields, as the judgement and reconciliation forms send them.
app::JudgementInput judgement_input(const Exchange& x) {
  app::JudgementInput input;
  input.node = x.field("node");
  input.attribute = x.field("attribute");
  input.rating = x.field("rating");
  input.evidence = ids_of(x.fields("evidence"));
  input.rationale = x.field("rationale");
  input.justification = x.field("justification");
  return input;
}

// The questionnaire sends every process; only what the owner changed becomes a claim.
std::vector<app::ClaimInput> claims_from_form(const Exchange& x, const json& current) {
  std::vector<app::ClaimInput> out;
  for (const auto& process : current["processes"]) {
    const std::string node = process["id"];
    app::ClaimInput claim{node, optional_int(x.field("level:" + node)), x.field("conformity:" + node),
                          x.field("note:" + node)};
    if (!claim.level && claim.conformity.empty()) continue;
    const json level = claim.level ? json(*claim.level) : json(nullptr);
    const json conformity = claim.conformity.empty() ? json(nullptr) : json(claim.conformity);
    if (level == process["claimed_level"] && conformity == process["claimed_conformity"] &&
        claim.note == process["note"]) {
      continue;
    }
    out.push_back(std::move(claim));
  }
  return out;
}

std::vector<app::ClaimInput> claims_from_json(const json& body) {
  std::vector<app::ClaimInput> out;
  const json list = body.contains("claims") ? body["claims"] : json::array({body});
  for (const auto& item : list) {
    if (!item.is_object()) continue;
    app::ClaimInput claim;
    claim.node = item.value("node", "");
    if (item.contains("level") && item["level"].is_number_integer()) claim.level = item["level"].get<int>();
    claim.conformity = item.value("conformity", "");
    claim.note = item.value("note", "");
    out.push_back(std::move(claim));
  }
  return out;
}

}  // namespace

Status dashboard(Exchange& x) {
  json assessments = json::array();
  // Qualification roles read no assessments: their dashboard lists candidates.
  const bool reads_assessments = may(x, app::Permission::kReadAssessment);
  std::vector<AssessmentRow> rows;
  if (reads_assessments) rows = CANDOR_TRY(x.services.app.list_assessments(*x.caller));
  for (const auto& row : rows) {
    const app::AssessmentView view = CANDOR_TRY(x.services.app.view(*x.caller, row.assessment.id));
    const std::string url = x.assessment_url(row.assessment.id);
    json item = assessment_json(row.assessment, url);
    item["actions"] = next_actions(view, *x.caller, url);
    item["has_actions"] = !item["actions"].empty();
    item["readiness"] = view.results.readiness.ready ? "ready" : "not ready";
    assessments.push_back(std::move(item));
  }
  json frameworks = json::array();
  for (const auto& info : x.services.app.list_frameworks(&*x.caller)) {
    if (info.subject_kind == "organisation") frameworks.push_back({{"key", info.key}, {"title", info.title}});
  }
  json model = {{"workspace", x.caller->workspace},
                      {"role", app::to_string(x.caller->role)},
                      {"assessments", assessments},
                      {"can_create", may(x, app::Permission::kCreateAssessment)},
                      {"frameworks", frameworks},
                      {"today", Date::today().to_string()},
                      {"reads_assessments", reads_assessments},
                      {"candidates", CANDOR_TRY(candidate_list(x))}};
  model["has_candidates"] = !model["candidates"].empty();
  return x.respond(model, "dashboard", x.caller->workspace);
}

Status create_assessment(Exchange& x) {
  app::NewAssessment input;
  input.framework = x.field("framework");
  input.subject = x.field("subject");
  input.sector = x.field("sector");
  input.scope = x.field("scope");
  if (const auto size = optional_int(x.field("size"))) input.size = *size;
  if (const std::string date = x.field("date"); !date.empty()) {
    auto parsed = Date::parse(date);
    if (!parsed.ok()) return Error::invalid_input(parsed.error().message(), Location{"", 0, 0, "assessment.date"});
    input.assessed_on = *parsed;
  }
  if (const auto target = optional_int(x.field("target_level"))) input.target_level = *target;
  const Id id = CANDOR_TRY(x.services.app.create_assessment(*x.caller, input));
  return x.done(x.assessment_url(id), {{"id", id}, {"url", x.assessment_url(id)}});
}

Status assessment_page(Exchange& x) {
  const app::AssessmentView view = CANDOR_TRY(view_of(x));
  json model = assessment_frame(x, view);
  model["tree"] = framework_tree(view, model["url"]);
  model["actions"] = next_actions(view, *x.caller, model["url"]);
  model["counts"] = {{"claims", view.record.claims.size()},
                     {"evidence", view.record.evidence.size()},
                     {"judgements", view.record.judgements.size()}};
  return x.respond(model, "assessment", view.record.assessment.subject);
}

Status questionnaire_page(Exchange& x) {
  const app::AssessmentView view = CANDOR_TRY(view_of(x));
  json model = assessment_frame(x, view);
  model.update(questionnaire(view, *x.caller));
  if (const std::string saved = x.query("saved"); !saved.empty()) {
    model["saved"] = saved == "0" ? "Nothing changed, so nothing was saved."
                     : saved == "1" ? "Saved 1 new answer."
                                    : "Saved " + saved + " new answers.";
  }
  return x.respond(model, "questionnaire", "Self-assessment");
}

Status add_claims(Exchange& x) {
  const app::AssessmentView view = CANDOR_TRY(view_of(x));
  const std::vector<app::ClaimInput> claims =
      x.api ? claims_from_json(x.body) : claims_from_form(x, questionnaire(view, *x.caller));
  const auto ids = CANDOR_TRY(x.services.app.add_claims(*x.caller, view.record.assessment.id, claims));
  const std::string url = x.assessment_url(view.record.assessment.id);
  return x.done(url + "/questionnaire?saved=" + std::to_string(ids.size()), {{"claims", ids}});
}

Status owners_page(Exchange& x) {
  const app::AssessmentView view = CANDOR_TRY(view_of(x));
  json model = assessment_frame(x, view);
  model.update(process_owners(view));
  json members = json::array();
  if (may(x, app::Permission::kAssignOwners)) {
    for (const auto& member : CANDOR_TRY(x.services.app.process_owner_members(*x.caller))) {
      members.push_back({{"name", member.name}, {"display_name", member.display_name}});
    }
  }
  model["members"] = members;
  model["has_members"] = !members.empty();
  if (const std::string saved = x.query("saved"); !saved.empty()) model["saved"] = "Process owners saved.";
  return x.respond(model, "owners", "Process owners");
}

Status change_owners(Exchange& x) {
  const Id assessment = CANDOR_TRY(x.id("assessment"));
  const std::string user = x.field("user");
  const std::vector<std::string> processes = x.fields("processes");
  if (x.field("action") == "remove" || x.flag("remove")) {
    CANDOR_TRY(x.services.app.remove_owner(*x.caller, assessment, user, processes));
  } else {
    CANDOR_TRY(x.services.app.assign_owner(*x.caller, assessment, user, processes));
  }
  return x.done(x.assessment_url(assessment) + "/owners?saved=1", {{"user", user}, {"processes", processes}});
}

Status evidence_page(Exchange& x) {
  const app::AssessmentView view = CANDOR_TRY(view_of(x));
  json model = assessment_frame(x, view);
  model.update(evidence_list(view, model["url"]));
  model["today"] = Date::today().to_string();
  model["upload_limit_mib"] = x.services.upload_limit >> 20;
  return x.respond(model, "evidence", "Evidence");
}

Status add_evidence(Exchange& x) {
  const Id assessment = CANDOR_TRY(x.id("assessment"));
  app::EvidenceInput input;
  input.kind = x.field("kind");
  input.title = x.field("title");
  input.date = x.field("date");
  input.source = x.field("source");
  input.nodes = x.fields("nodes");
  for (const auto& file : x.files) {
    if (file.file_name.empty() && file.bytes.empty()) continue;  // the form's empty file input
    input.file_name = file.file_name;
    input.file_bytes = file.bytes;
    input.media_type = file.media_type;
    break;
  }
  const Id id = CANDOR_TRY(x.services.app.add_evidence(*x.caller, assessment, input));
  return x.done(x.assessment_url(assessment) + "/evidence#evidence-" + std::to_string(id), {{"id", id}});
}

Status evidence_file(Exchange& x) {
  const Id evidence_id = CANDOR_TRY(x.id("evidence"));
  const app::AssessmentView view = CANDOR_TRY(view_of(x));
  const std::string bytes = CANDOR_TRY(x.services.app.evidence_file(*x.caller, view.record.assessment.id, evidence_id));
  const Evidence* evidence = view.record.find_evidence(evidence_id);
  x.send(bytes, evidence->media_type.empty() ? "application/octet-stream" : evidence->media_type,
         evidence->file_name.empty() ? "evidence-" + std::to_string(evidence_id) : evidence->file_name);
  return {};
}

Status judge_page(Exchange& x) {
  const app::AssessmentView view = CANDOR_TRY(view_of(x));
  json model = assessment_frame(x, view);
  const std::string node = x.query("node");
  json form = judge_form(view, node);
  // One item (conformity or a process attribute) is judged at a time.
  const std::string item = x.query("item");
  for (auto& entry : form["items"]) {
    entry["selected"] = entry["attribute"] == item;
    entry["href"] = model["url"].get<std::string>() + "/judge?node=" + node + "&item=" + entry["attribute"].get<std::string>();
    if (entry["selected"]) form["item"] = entry;
  }
  model.update(form);
  return x.respond(model, "judge", "Judge " + node);
}

Status add_judgement(Exchange& x) {
  const Id assessment = CANDOR_TRY(x.id("assessment"));
  app::JudgementInput input = judgement_input(x);
  input.provisional = x.flag("provisional");
  const Id id = CANDOR_TRY(x.services.app.add_judgement(*x.caller, assessment, input));
  return x.done(x.assessment_url(assessment) + "/judge?node=" + input.node + "&item=" + input.attribute + "&saved=" +
                    std::to_string(id),
                {{"id", id}});
}

Status disagreements_page(Exchange& x) {
  const app::AssessmentView view = CANDOR_TRY(view_of(x));
  json model = assessment_frame(x, view);
  model.update(disagreement_list(view, model["url"]));
  return x.respond(model, "disagreements", "Disagreements");
}

Status reconcile(Exchange& x) {
  const Id assessment = CANDOR_TRY(x.id("assessment"));
  app::JudgementInput input = judgement_input(x);
  input.reconciliation = true;
  const Id id = CANDOR_TRY(x.services.app.add_judgement(*x.caller, assessment, input));
  return x.done(x.assessment_url(assessment) + "/disagreements", {{"id", id}});
}

}  // namespace candor::server
