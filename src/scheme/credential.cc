#include "scheme/credential.h"

#include <sodium.h>

#include <nlohmann/json.hpp>

#include "base/sha256.h"
#include "scheme/status_list.h"

namespace candor::scheme {
namespace {

using Json = nlohmann::ordered_json;

std::string timestamp(Date day) { return day.to_string() + "T00:00:00Z"; }

std::string random_uuid() {
  unsigned char bytes[16];
  randombytes_buf(bytes, sizeof bytes);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;  // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80;  // RFC 4122 variant
  const std::string hex = to_hex(bytes, sizeof bytes);
  return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" +
         hex.substr(16, 4) + "-" + hex.substr(20);
}

Json achievement(const CredentialRequest& request, const Scheme& scheme) {
  const CertificateSpec& spec = scheme.certificate;
  Json descriptions = Json::array();
  for (const auto& result : request.results) {
    descriptions.push_back({{"id", spec.achievement_id + "#" + result.requirement},
                            {"type", {"ResultDescription"}},
                            {"name", result.requirement + " " + result.title},
                            {"resultType", "RubricCriterionLevel"}});
  }
  return {{"id", spec.achievement_id},
          {"type", {"Achievement"}},
          {"achievementType", spec.achievement_type},
          {"name", spec.name},
          {"description", spec.description},
          {"criteria", {{"narrative", spec.criteria}}},
          {"resultDescription", descriptions}};
}

Json subject(const CredentialRequest& request, const Scheme& scheme) {
  unsigned char salt_bytes[8];
  randombytes_buf(salt_bytes, sizeof salt_bytes);
  const std::string salt = to_hex(salt_bytes, sizeof salt_bytes);
  Json results = Json::array();
  for (const auto& result : request.results) {
    results.push_back({{"type", {"Result"}},
                       {"resultDescription", scheme.certificate.achievement_id + "#" + result.requirement},
                       {"value", result.degree}});
  }
  Json out{{"type", {"AchievementSubject"}}};
  if (!request.recipient_name.empty()) out["name"] = request.recipient_name;
  if (!request.recipient_email.empty()) {
    out["identifier"] = {{{"type", "IdentityObject"},
                          {"identityHash", "sha256$" + sha256_hex(request.recipient_email + salt)},
                          {"identityType", "emailAddress"},
                          {"hashed", true},
                          {"salt", salt}}};
  }
  out["achievement"] = achievement(request, scheme);
  out["result"] = results;
  return out;
}

}  // namespace

std::string build_open_badge(const CredentialRequest& request, const Scheme& scheme) {
  const std::string id = request.credential_id.empty() ? "urn:uuid:" + random_uuid() : request.credential_id;
  const Date until = request.issued.add_months(scheme.certificate.validity_months);
  Json credential{
      {"@context",
       {"https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"}},
      {"id", id},
      {"type", {"VerifiableCredential", "OpenBadgeCredential"}},
      {"issuer", {{"id", request.issuer_id}, {"type", {"Profile"}}, {"name", request.issuer_name}}},
      {"validFrom", timestamp(request.issued)}};
  if (scheme.certificate.validity_months > 0) credential["validUntil"] = timestamp(until);
  credential["name"] = scheme.certificate.name;
  credential["credentialSubject"] = subject(request, scheme);
  if (!request.report_sha256.empty()) {
    std::string raw;  // the digest's bytes, for the RFC 6920 "ni" URI
    for (std::size_t i = 0; i + 1 < request.report_sha256.size(); i += 2) {
      raw += static_cast<char>(std::stoi(request.report_sha256.substr(i, 2), nullptr, 16));
    }
    credential["evidence"] = {{{"id", "ni:///sha-256;" + base64url_encode(raw)},
                               {"type", {"Evidence"}},
                               {"name", request.report_title},
                               {"genre", "Project report"},
                               {"description", "SHA-256 of the report file: " + request.report_sha256}}};
  }
  if (!request.status_list_url.empty() && request.status_index >= 0) {
    const std::string index = std::to_string(request.status_index);
    credential["credentialStatus"] = {{"id", request.status_list_url + "#" + index},
                                      {"type", "BitstringStatusListEntry"},
                                      {"statusPurpose", "revocation"},
                                      {"statusListIndex", index},
                                      {"statusListCredential", request.status_list_url}};
  }
  // Registered JWT claims mirror the credential, so generic JOSE libraries
  // check issuer, identity and validity period too.
  credential["iss"] = request.issuer_id;
  credential["jti"] = id;
  credential["nbf"] = request.issued.days() * 86400;
  if (scheme.certificate.validity_months > 0) credential["exp"] = until.days() * 86400;
  return credential.dump();
}

Result<std::string> issue_credential(const CredentialRequest& request, const Scheme& scheme,
                                     const SigningKey& key) {
  return sign_compact(build_open_badge(request, scheme), key, "vc+jwt");
}

const char* to_string(Check check) {
  switch (check) {
    case Check::kValid: return "valid";
    case Check::kInvalid: return "invalid";
    case Check::kUnknown: return "unknown";
  }
  return "?";
}

std::string CredentialVerification::verdict() const {
  if (signature != Check::kValid || dates == Check::kInvalid) return "invalid";
  if (status == Check::kInvalid) return "revoked";
  if (dates != Check::kValid || status != Check::kValid) return "unknown";
  return "valid";
}

}  // namespace candor::scheme
