#include "core/input_rules.h"

#include "base/text.h"
#include "core/rating.h"

namespace candor {
namespace {

Error refuse(const std::string& field, std::string message) {
  return Error::invalid_input(std::move(message), Location{"", 0, 0, field});
}

Status check_text(const std::string& field, const std::string& text, std::size_t limit, bool required) {
  if (required && trim(text).empty()) return refuse(field, "must not be empty");
  if (text.size() > limit) {
    return refuse(field, "is " + std::to_string(text.size()) + " characters long; the limit is " +
                             std::to_string(limit));
  }
  if (!is_valid_utf8(text)) return refuse(field, "is not valid UTF-8 text");
  return {};
}

Result<const Node*> assessable_node(const Framework& framework, const std::string& field,
                                    const std::string& node_id) {
  const Node* node = framework.find(node_id);
  if (node == nullptr) {
    return refuse(field, "'" + node_id + "' is not a node of " + framework.key());
  }
  if (!node->assessable()) {
    return refuse(field, "'" + node_id + "' is a group; judge its requirements or processes instead");
  }
  return node;
}

Status check_rating_level(const RatingScale& scale, Judgement& judgement) {
  if (judgement.percent) {
    if (!judgement.rating.empty()) {
      return refuse("judgement.rating", "give either a level or a percentage, not both");
    }
    auto level = level_for_percent(scale, *judgement.percent);
    if (!level.ok()) return refuse("judgement.rating", level.error().message());
    judgement.rating = *level;
  }
  const ScaleLevel* level = scale.find(judgement.rating);
  if (level == nullptr) {
    std::string allowed;
    for (const auto& known : scale.levels) allowed += (allowed.empty() ? "" : ", ") + known.id;
    return refuse("judgement.rating", "'" + judgement.rating + "' is not a level of the " + scale.id +
                                          " scale (" + allowed + ")");
  }
  if (level->requires_justification && trim(judgement.justification).empty()) {
    return refuse("judgement.justification",
                  "a rating of '" + level->id + "' must say why (give a justification)");
  }
  return {};
}

}  // namespace

Status check_claim(const Framework& framework, const Claim& claim) {
  const Node* node = CANDOR_TRY(assessable_node(framework, "claim.node", claim.node_id));
  if (!claim.level && claim.conformity.empty()) {
    return refuse("claim", "say a capability level, a conformity, or both");
  }
  if (claim.level) {
    const AttributeSet* set = framework.attributes_of(*node);
    if (set == nullptr) return refuse("claim.level", "'" + node->id + "' is not a process; claim its conformity");
    if (*claim.level < 0 || *claim.level > set->max_level()) {
      return refuse("claim.level", "must lie between 0 and " + std::to_string(set->max_level()));
    }
  }
  if (!claim.conformity.empty()) {
    const RatingScale* scale = framework.conformity_scale_of(*node);
    if (scale == nullptr || scale->find(claim.conformity) == nullptr) {
      return refuse("claim.conformity", "'" + claim.conformity + "' is not a conformity level");
    }
  }
  return check_text("claim.note", claim.note, kMaxTextLength, false);
}

Status check_evidence(const Framework& framework, const Evidence& evidence, Date today) {
  CANDOR_TRY(check_text("evidence.title", evidence.title, kMaxTitleLength, true));
  CANDOR_TRY(check_text("evidence.source", evidence.source, kMaxTitleLength, false));
  if (evidence.observed_on > today) {
    return refuse("evidence.date", evidence.observed_on.to_string() + " is in the future");
  }
  for (const auto& node_id : evidence.node_ids) {
    if (framework.find(node_id) == nullptr) {
      return refuse("evidence.nodes", "'" + node_id + "' is not a node of " + framework.key());
    }
  }
  return {};
}

Status check_judgement(const Framework& framework, const AssessmentRecord& record, Judgement& judgement) {
  const Node* node = CANDOR_TRY(assessable_node(framework, "judgement.node", judgement.node_id));
  if (!judgement.attribute_id.empty()) {
    const AttributeSet* set = framework.attributes_of(*node);
    if (set == nullptr) {
      return refuse("judgement.attribute", "'" + node->id + "' is not a process, so it has no process attributes");
    }
    if (set->find(judgement.attribute_id) == nullptr) {
      return refuse("judgement.attribute", "'" + judgement.attribute_id + "' is not an attribute of " + set->id);
    }
    const RatingScale* scale = framework.find_scale(set->scale);
    if (scale == nullptr) return Error::internal("attribute set without a scale");
    CANDOR_TRY(check_rating_level(*scale, judgement));
  } else {
    const RatingScale* scale = framework.conformity_scale_of(*node);
    if (scale == nullptr) return Error::internal("assessable node without a scale");
    CANDOR_TRY(check_rating_level(*scale, judgement));
  }
  CANDOR_TRY(check_text("judgement.rationale", judgement.rationale, kMaxTextLength, false));
  CANDOR_TRY(check_text("judgement.justification", judgement.justification, kMaxTextLength, false));
  if (judgement.basis == Basis::kVerified && judgement.evidence_ids.empty()) {
    return refuse("judgement.evidence",
                  "a verified judgement must cite evidence; without evidence it is only a claim "
                  "(cite evidence ids, or record it as provisional)");
  }
  for (Id id : judgement.evidence_ids) {
    if (record.find_evidence(id) == nullptr) {
      return refuse("judgement.evidence", "evidence " + std::to_string(id) + " does not belong to assessment " +
                                              std::to_string(record.assessment.id));
    }
  }
  return {};
}

}  // namespace candor
