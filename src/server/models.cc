#include "server/models.h"

#include <algorithm>
#include <set>

#include "report/record_json.h"

namespace candor::server {
namespace {

using nlohmann::json;

int depth_of(const Framework& framework, const Node& node) {
  int depth = 0;
  for (const Node* at = &node; !at->parent.empty(); at = framework.find(at->parent)) ++depth;
  return depth;
}

json scale_json(const RatingScale& scale) {
  json levels = json::array();
  for (const auto& level : scale.levels) {
    levels.push_back({{"id", level.id},
                      {"label", level.label},
                      {"help", level.help},
                      {"requires_justification", level.requires_justification}});
  }
  return {{"id", scale.id}, {"title", scale.title}, {"levels", levels}};
}

const ConformityResult* conformity_of(const Results& results, const std::string& node_id) {
  for (const auto& c : results.conformity) {
    if (c.node_id == node_id) return &c;
  }
  return nullptr;
}

const ProcessResult* process_of(const Results& results, const std::string& node_id) {
  for (const auto& p : results.processes) {
    if (p.node_id == node_id) return &p;
  }
  return nullptr;
}

std::string status_of(const ConformityResult* conformity) {
  if (conformity == nullptr) return "";
  if (conformity->verdict.status == ItemStatus::kDisputed) return "disputed";
  return conformity->evidenced.empty() ? "not-assessed" : conformity->evidenced;
}

// Capability levels 0..max with their names and what each asks, for the
// owner's questionnaire.
json capability_levels(const AttributeSet& set) {
  json levels = json::array();
  levels.push_back({{"value", 0}, {"name", "Incomplete"}, {"help", "The process is not carried out, or misses its purpose."}});
  for (int level = 1; level <= set.max_level(); ++level) {
    std::string help;
    for (const auto* attribute : set.attributes_at(level)) {
      help += (help.empty() ? "" : " ") + attribute->title + ": " + attribute->help;
    }
    const auto name = set.level_names.find(level);
    levels.push_back({{"value", level}, {"name", name == set.level_names.end() ? "" : name->second}, {"help", help}});
  }
  return levels;
}

// Who owns a process: "dana, erik".
std::string owners_text(const AssessmentRecord& record, const std::string& node_id) {
  std::string text;
  for (const auto& owner : record.owners) {
    if (owner.node_id == node_id) text += (text.empty() ? "" : ", ") + owner.actor;
  }
  return text;
}

}  // namespace

json process_owners(const app::AssessmentView& view) {
  json processes = json::array();
  for (const Node* node : view.framework->processes()) {
    json users = json::array();
    for (const auto& owner : view.record.owners) {
      if (owner.node_id == node->id) users.push_back(owner.actor);
    }
    processes.push_back({{"id", node->id}, {"title", node->title}, {"owners", users},
                         {"owners_text", owners_text(view.record, node->id)}});
  }
  return {{"processes", processes}};
}

json assessment_json(const Assessment& a, const std::string& url) {
  json out = to_json(a);
  out["url"] = url;
  return out;
}

json framework_tree(const app::AssessmentView& view, const std::string& url) {
  const Framework& framework = *view.framework;
  json nodes = json::array();
  for (const Node& node : framework.nodes) {
    const ConformityResult* conformity = conformity_of(view.results, node.id);
    const ProcessResult* process = process_of(view.results, node.id);
    json item = {{"id", node.id},
                 {"title", node.title},
                 {"depth", depth_of(framework, node)},
                 {"kind", to_string(node.kind)},
                 {"assessable", node.assessable()},
                 {"mandatory", node.obligation == Obligation::kMandatory},
                 {"status", status_of(conformity)},
                 {"judge_url", url + "/judge?node=" + node.id}};
    if (process != nullptr) {
      item["claimed_level"] = process->claimed_level ? json(*process->claimed_level) : json(nullptr);
      item["evidenced_level"] = process->evidenced_level ? json(*process->evidenced_level) : json(nullptr);
      item["level_text"] = process->evidenced_level
                               ? (process->level_is_lower_bound ? "≥ " : "") + std::to_string(*process->evidenced_level)
                               : "not assessed";
    }
    nodes.push_back(std::move(item));
  }
  return {{"framework", {{"key", framework.key()}, {"title", framework.title}}}, {"nodes", nodes}};
}

json questionnaire(const app::AssessmentView& view, const app::Caller& caller) {
  const Framework& framework = *view.framework;
  const std::string& actor = caller.actor;
  json processes = json::array();
  json help = nullptr;
  json conformity_scale = nullptr;
  for (const Node* node : framework.processes()) {
    const AttributeSet* set = framework.attributes_of(*node);
    const RatingScale* scale = framework.conformity_scale_of(*node);
    if (set == nullptr || !app::answers_for(caller, view.record.owners, node->id)) continue;
    if (help.is_null()) help = capability_levels(*set);
    if (conformity_scale.is_null() && scale != nullptr) conformity_scale = scale_json(*scale);
    std::optional<int> my_level;
    std::string my_conformity, my_note;
    for (const Claim& claim : view.record.claims) {
      if (claim.node_id != node->id || claim.by != actor) continue;
      if (claim.level) my_level = claim.level;
      if (!claim.conformity.empty()) my_conformity = claim.conformity;
      my_note = claim.note;
    }
    json levels = json::array();
    for (int level = 0; level <= set->max_level(); ++level) {
      levels.push_back({{"value", level}, {"selected", my_level == level}});
    }
    json conformity_options = json::array();
    if (scale != nullptr) {
      for (const auto& level : scale->levels) {
        if (level.requires_justification) continue;
        conformity_options.push_back({{"id", level.id}, {"label", level.label}, {"selected", level.id == my_conformity}});
      }
    }
    processes.push_back({{"id", node->id},
                         {"title", node->title},
                         {"description", node->description},
                         {"claimed_level", my_level ? json(*my_level) : json(nullptr)},
                         {"claimed_conformity", my_conformity.empty() ? json(nullptr) : json(my_conformity)},
                         {"note", my_note},
                         {"owners", owners_text(view.record, node->id)},
                         {"levels", levels},
                         {"conformity_options", conformity_options}});
  }
  return {{"processes", processes},
          {"capability_levels", help},
          {"conformity_scale", conformity_scale},
          {"none_assigned", processes.empty()}};
}

json evidence_list(const app::AssessmentView& view, const std::string& url) {
  json items = json::array();
  for (const Evidence& evidence : view.record.evidence) {
    json item = to_json(evidence);
    item["nodes_text"] = [&] {
      std::string text;
      for (const auto& id : evidence.node_ids) text += (text.empty() ? "" : ", ") + id;
      return text;
    }();
    if (!evidence.file_sha256.empty()) item["file_url"] = url + "/evidence/" + std::to_string(evidence.id) + "/file";
    items.push_back(std::move(item));
  }
  json kinds = json::array();
  for (const char* kind : {"interview", "document", "observation", "record", "measurement", "certificate",
                           "reference", "report", "presentation", "other"}) {
    kinds.push_back(kind);
  }
  json nodes = json::array();
  for (const Node* node : view.framework->assessable()) nodes.push_back({{"id", node->id}, {"title", node->title}});
  return {{"evidence", items}, {"kinds", kinds}, {"nodes", nodes}};
}

json judge_form(const app::AssessmentView& view, const std::string& node_id) {
  const Framework& framework = *view.framework;
  json nodes = json::array();
  for (const Node* node : framework.assessable()) {
    nodes.push_back({{"id", node->id}, {"title", node->title}, {"selected", node->id == node_id}});
  }
  json out = {{"nodes", nodes}, {"node", nullptr}};
  const Node* node = framework.find(node_id);
  if (node == nullptr || !node->assessable()) return out;
  json items = json::array();
  if (const RatingScale* scale = framework.conformity_scale_of(*node)) {
    items.push_back({{"attribute", ""}, {"label", "Conformity"}, {"help", node->description}, {"scale", scale_json(*scale)}});
  }
  if (const AttributeSet* set = framework.attributes_of(*node)) {
    const RatingScale* scale = framework.find_scale(set->scale);
    for (const auto& attribute : set->attributes) {
      if (scale == nullptr) break;
      items.push_back({{"attribute", attribute.id},
                       {"label", attribute.id + " " + attribute.title},
                       {"help", attribute.help},
                       {"scale", scale_json(*scale)}});
    }
  }
  json evidence = json::array();
  json others = json::array();
  for (const Evidence& e : view.record.evidence) {
    const bool bears = std::find(e.node_ids.begin(), e.node_ids.end(), node_id) != e.node_ids.end();
    json item = {{"id", e.id}, {"title", e.title}, {"kind", to_string(e.kind)}, {"date", e.observed_on.to_string()}};
    (bears ? evidence : others).push_back(std::move(item));
  }
  json judgements = json::array();
  for (const Judgement& j : view.record.judgements) {
    if (j.node_id == node_id) judgements.push_back(to_json(j));
  }
  out["node"] = {{"id", node->id}, {"title", node->title}, {"description", node->description}};
  out["typical_evidence"] = node->typical_evidence;
  out["items"] = items;
  out["evidence"] = evidence;  // what bears on the node
  out["other_evidence"] = others;
  out["other_evidence_count"] = others.size();
  out["has_other_evidence"] = !others.empty();
  out["judgements"] = judgements;
  return out;
}

json disagreement_list(const app::AssessmentView& view, const std::string& url) {
  const Framework& framework = *view.framework;
  json list = json::array();
  for (const Disagreement& d : view.results.disagreements) {
    const Node* node = framework.find(d.node_id);
    if (node == nullptr) continue;
    json views = json::array();
    std::set<Id> evidence_ids;
    for (std::size_t i = 0; i < d.judgement_ids.size(); ++i) {
      for (const Judgement& j : view.record.judgements) {
        if (j.id != d.judgement_ids[i]) continue;
        views.push_back({{"judgement", j.id}, {"assessor", j.by}, {"rating", j.percent ? std::to_string(*j.percent) + "%" : j.rating},
                         {"rationale", j.rationale}});
        evidence_ids.insert(j.evidence_ids.begin(), j.evidence_ids.end());
      }
    }
    const RatingScale* scale = d.attribute_id.empty()
                                   ? framework.conformity_scale_of(*node)
                                   : framework.find_scale(framework.attributes_of(*node) ? framework.attributes_of(*node)->scale : "");
    list.push_back({{"node", d.node_id},
                    {"title", node->title},
                    {"attribute", d.attribute_id},
                    {"item", d.attribute_id.empty() ? "conformity" : d.attribute_id},
                    {"views", views},
                    {"evidence", std::vector<Id>(evidence_ids.begin(), evidence_ids.end())},
                    {"evidence_text", [&] {
                       std::string text;
                       for (Id id : evidence_ids) text += (text.empty() ? "" : ",") + std::to_string(id);
                       return text;
                     }()},
                    {"scale", scale ? scale_json(*scale) : json(nullptr)},
                    {"judge_url", url + "/judge?node=" + d.node_id}});
  }
  return {{"disagreements", list}};
}

json next_actions(const app::AssessmentView& view, const app::Caller& caller, const std::string& url) {
  json actions = json::array();
  const auto add = [&](int count, const std::string& text, const std::string& href) {
    if (count > 0) actions.push_back({{"count", count}, {"text", text}, {"href", href}});
  };
  if (app::authorize(caller, app::Permission::kClaim).ok()) {
    int unclaimed = 0;
    for (const Node* node : view.framework->processes()) {
      if (!app::answers_for(caller, view.record.owners, node->id)) continue;
      const bool claimed = std::any_of(view.record.claims.begin(), view.record.claims.end(), [&](const Claim& c) {
        return c.node_id == node->id && c.by == caller.actor;
      });
      unclaimed += claimed ? 0 : 1;
    }
    add(unclaimed, "processes without your self-assessment", url + "/questionnaire");
  }
  if (app::authorize(caller, app::Permission::kJudge).ok()) {
    add(static_cast<int>(view.results.readiness.not_assessed.size()), "mandatory requirements not yet judged", url);
  }
  if (app::authorize(caller, app::Permission::kReconcile).ok()) {
    add(static_cast<int>(view.results.disagreements.size()), "disagreements to reconcile", url + "/disagreements");
  }
  return actions;
}

}  // namespace candor::server
