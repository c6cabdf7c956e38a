// The public side of certificates, open without signing in: the
// verification page (paste or open a credential; or follow the verification
// link, which names a credential id), the issuer's public key and its status
// list. Everything shown comes from the credential the visitor brings or
// from the issuer's own register (app/certificates.h): nothing of any
// workspace.
#include <nlohmann/json.hpp>

#include "app/certificates.h"
#include "server/handlers.h"

namespace candor::server {
namespace {

using nlohmann::json;

constexpr std::size_t kLargestCredential = 256u << 10;

std::string headline(const std::string& verdict) {
  if (verdict == "valid") return "Valid: issued by this issuer, unaltered, in date and not revoked.";
  if (verdict == "revoked") return "Revoked: the issuer has withdrawn this certificate.";
  if (verdict == "unknown") return "Not confirmed: its revocation status could not be established.";
  if (verdict == "unreadable") return "Not valid: this is not a certificate this issuer can read.";
  return "Not valid: forged, altered or out of date.";
}

json verification_json(const app::PublicVerification& result) {
  json out = {{"verdict", result.verdict}, {"valid", result.verdict == "valid"}, {"headline", headline(result.verdict)}};
  if (!result.problem.empty()) out["problem"] = result.problem;
  if (!result.details) return out;
  const auto& d = *result.details;
  out["checks"] = json::array({
      {{"check", "signature"}, {"result", scheme::to_string(d.signature)}, {"detail", d.signature_detail}},
      {{"check", "dates"}, {"result", scheme::to_string(d.dates)}, {"detail", d.dates_detail}},
      {{"check", "revocation"}, {"result", scheme::to_string(d.status)}, {"detail", d.status_detail}},
  });
  // What the credential claims is shown only when the issuer's signature holds.
  if (d.signature != scheme::Check::kValid) return out;
  json results = json::array();
  for (const auto& r : d.results) results.push_back({{"requirement", r.requirement}, {"title", r.title}, {"degree", r.degree}});
  out["credential"] = {{"id", d.id}, {"name", d.name}, {"issuer", d.issuer}, {"subject", d.subject},
                       {"valid_from", d.valid_from}, {"valid_until", d.valid_until},
                       {"achievement_type", d.achievement_type}, {"results", results}, {"evidence", d.evidence}};
  return out;
}

Status answer_verification(Exchange& x, json model) {
  model["issuer"] = CANDOR_TRY(x.services.certificates.issuer_name());
  if (!x.api && model.contains("verdict")) {
    model["is_valid"] = model["verdict"] == "valid";
    model["has_result"] = true;
    model["has_checks"] = model.contains("checks");
  }
  return x.respond(model, "verify", "Verify a certificate");
}

}  // namespace

Status verify_page(Exchange& x) {
  json model = json::object();
  const std::string id = x.query("id");
  if (!id.empty()) {
    // The verification link: what the issuer's register says about this id.
    const auto entry = CANDOR_TRY(x.services.certificates.look_up(id));
    model["lookup"] = {{"id", id}, {"known", entry.has_value()}};
    if (entry) {
      model["lookup"]["issued"] = entry->issued;
      model["lookup"]["revoked"] = entry->revoked;
    }
  }
  return answer_verification(x, model);
}

Status verify_credential(Exchange& x) {
  std::string token = x.field("credential");
  for (const auto& file : x.files) {
    if (file.field == "file" && !file.bytes.empty()) token = file.bytes;
  }
  if (token.size() > kLargestCredential) return Error::too_large("a credential is at most 256 KiB");
  while (!token.empty() && std::isspace(static_cast<unsigned char>(token.back()))) token.pop_back();
  while (!token.empty() && std::isspace(static_cast<unsigned char>(token.front()))) token.erase(0, 1);
  if (token.empty()) {
    return Error::invalid_input("paste a certificate (VC-JWT) or choose its file", Location{"", 0, 0, "credential"});
  }
  const app::PublicVerification result = CANDOR_TRY(x.services.certificates.verify(token, Date::today()));
  return answer_verification(x, verification_json(result));
}

Status issuer_key(Exchange& x) {
  x.send(CANDOR_TRY(x.services.certificates.public_key()), "application/jwk+json");
  return {};
}

Status status_list(Exchange& x) {
  if (x.path["list"] != "1") return Error::not_found("no status list '" + x.path["list"] + "'");
  x.send(CANDOR_TRY(x.services.certificates.status_list()), "application/vc+jwt");
  return {};
}

}  // namespace candor::server
