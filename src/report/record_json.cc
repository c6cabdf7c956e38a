#include "report/record_json.h"

#include <nlohmann/json.hpp>

namespace candor {

nlohmann::json to_json(const Assessment& a) {
  nlohmann::json out = {{"id", a.id},
                        {"framework", a.framework_key},
                        {"framework_sha256", a.framework_sha256},
                        {"subject", a.subject},
                        {"sector", a.sector},
                        {"size", a.size ? nlohmann::json(*a.size) : nlohmann::json(nullptr)},
                        {"scope", a.scope},
                        {"assessed_on", a.assessed_on.to_string()},
                        {"window_months", a.window_months},
                        {"target_level", a.target_level},
                        {"status", a.status},
                        {"created_at", a.created_at}};
  if (a.previous) out["previous"] = *a.previous;
  return out;
}

nlohmann::json to_json(const Claim& c) {
  return {{"id", c.id},
          {"node", c.node_id},
          {"level", c.level ? nlohmann::json(*c.level) : nlohmann::json(nullptr)},
          {"conformity", c.conformity},
          {"note", c.note},
          {"by", c.by},
          {"at", c.at}};
}

nlohmann::json to_json(const Evidence& e) {
  nlohmann::json out = {{"id", e.id},
                        {"kind", to_string(e.kind)},
                        {"title", e.title},
                        {"date", e.observed_on.to_string()},
                        {"source", e.source},
                        {"nodes", e.node_ids},
                        {"by", e.by},
                        {"at", e.at}};
  if (!e.file_sha256.empty()) {
    out["file"] = {{"sha256", e.file_sha256}, {"name", e.file_name}, {"media_type", e.media_type}};
  }
  if (!e.payload_json.empty()) {
    // A payload that is not JSON is kept as text: a discarded value would
    // serialise as "<discarded>" and make the whole document invalid.
    nlohmann::json payload = nlohmann::json::parse(e.payload_json, nullptr, false);
    if (payload.is_discarded()) out["payload_text"] = e.payload_json;
    else out["payload"] = std::move(payload);
  }
  return out;
}

nlohmann::json to_json(const Judgement& j) {
  nlohmann::json out = {{"id", j.id},
                        {"node", j.node_id},
                        {"rating", j.rating},
                        {"basis", j.basis == Basis::kVerified ? "verified" : "provisional"},
                        {"rationale", j.rationale},
                        {"evidence", j.evidence_ids},
                        {"reconciliation", j.reconciliation},
                        {"by", j.by},
                        {"at", j.at}};
  if (!j.attribute_id.empty()) out["attribute"] = j.attribute_id;
  if (j.percent) out["percent"] = *j.percent;
  if (!j.justification.empty()) out["justification"] = j.justification;
  return out;
}

}  // namespace candor
