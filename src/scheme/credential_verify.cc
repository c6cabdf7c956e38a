// Offline verification of a VC-JWT credential: the signature against the
// issuer's public JWK, the validity period against a given day, and the
// revocation bit in the issuer's signed status list.
#include <nlohmann/json.hpp>

#include "scheme/credential.h"
#include "scheme/status_list.h"

namespace candor::scheme {
namespace {

using Json = nlohmann::json;

std::string text_of(const Json& object, const char* key) {
  return object.is_object() && object.contains(key) && object[key].is_string() ? object[key].get<std::string>()
                                                                              : std::string();
}

// "2025-06-10T00:00:00Z" -> its day; dates here are day-precise.
std::optional<Date> day_of(const std::string& timestamp) {
  if (timestamp.size() < 10) return std::nullopt;
  auto parsed = Date::parse(timestamp.substr(0, 10));
  if (!parsed.ok()) return std::nullopt;
  return *parsed;
}

void read_claims(const Json& credential, CredentialVerification& out) {
  out.id = text_of(credential, "id");
  out.name = text_of(credential, "name");
  out.issuer = credential.contains("issuer") && credential["issuer"].is_object()
                   ? text_of(credential["issuer"], "id")
                   : text_of(credential, "issuer");
  out.valid_from = text_of(credential, "validFrom");
  out.valid_until = text_of(credential, "validUntil");
  const Json subject = credential.value("credentialSubject", Json::object());
  out.subject = text_of(subject, "name");
  const Json achievement = subject.value("achievement", Json::object());
  out.achievement_type = text_of(achievement, "achievementType");
  std::map<std::string, std::string> titles;
  for (const auto& description : achievement.value("resultDescription", Json::array())) {
    titles[text_of(description, "id")] = text_of(description, "name");
  }
  for (const auto& result : subject.value("result", Json::array())) {
    const std::string ref = text_of(result, "resultDescription");
    const auto hash = ref.rfind('#');
    out.results.push_back({hash == std::string::npos ? ref : ref.substr(hash + 1), titles[ref],
                           text_of(result, "value")});
  }
  for (const auto& evidence : credential.value("evidence", Json::array())) {
    out.evidence = text_of(evidence, "name") + " (" + text_of(evidence, "description") + ")";
  }
  const Json status = credential.value("credentialStatus", Json::object());
  out.status_list_url = text_of(status, "statusListCredential");
  const std::string index = text_of(status, "statusListIndex");
  if (!index.empty() && index.find_first_not_of("0123456789") == std::string::npos && index.size() < 10) {
    out.status_index = std::stoi(index);
  }
}

void check_dates(CredentialVerification& out, Date today) {
  const auto from = day_of(out.valid_from);
  const auto until = out.valid_until.empty() ? std::nullopt : day_of(out.valid_until);
  if (!from || (!out.valid_until.empty() && !until)) {
    out.dates = Check::kInvalid;
    out.dates_detail = "validFrom/validUntil missing or not a date";
  } else if (today < *from) {
    out.dates = Check::kInvalid;
    out.dates_detail = "not valid before " + out.valid_from;
  } else if (until && today > *until) {
    out.dates = Check::kInvalid;
    out.dates_detail = "expired on " + out.valid_until;
  } else {
    out.dates = Check::kValid;
    out.dates_detail = "valid on " + today.to_string() + " (" + out.valid_from + " .. " +
                       (out.valid_until.empty() ? "no end" : out.valid_until) + ")";
  }
}

void check_status(CredentialVerification& out, const SigningKey& key,
                  const std::optional<std::string>& list_token) {
  out.status = Check::kUnknown;
  if (out.status_list_url.empty() || out.status_index < 0) {
    out.status_detail = "the credential names no status list: revocation cannot be checked";
    return;
  }
  if (!list_token) {
    out.status_detail = "no status list given (" + out.status_list_url + ")";
    return;
  }
  auto list = verify_compact(*list_token, key);
  if (!list.ok() || !list->signature_valid) {
    out.status_detail = "the status list's signature does not verify with the issuer's key";
    return;
  }
  const Json credential = Json::parse(list->payload, nullptr, false);
  if (text_of(credential, "id") != out.status_list_url) {
    out.status_detail = "the status list given is " + text_of(credential, "id") + ", not " + out.status_list_url;
    return;
  }
  const Json subject = credential.value("credentialSubject", Json::object());
  if (text_of(subject, "statusPurpose") != "revocation") {
    out.status_detail = "the status list is not for revocation";
    return;
  }
  auto bits = decode_status_list(text_of(subject, "encodedList"));
  if (!bits.ok() || static_cast<std::size_t>(out.status_index) >= bits->size() * 8) {
    out.status_detail = "the status list cannot be read or is too short for index " +
                        std::to_string(out.status_index);
    return;
  }
  const bool revoked = status_bit(*bits, out.status_index);
  out.status = revoked ? Check::kInvalid : Check::kValid;
  out.status_detail = std::string(revoked ? "revoked" : "not revoked") + " in the status list of " +
                      text_of(credential, "validFrom");
}

}  // namespace

Result<CredentialVerification> verify_credential(const std::string& token, const SigningKey& key,
                                                 const std::optional<std::string>& status_list_token,
                                                 Date today) {
  const VerifiedJws jws = CANDOR_TRY(verify_compact(token, key));
  CredentialVerification out;
  const Json header = Json::parse(jws.header, nullptr, false);
  Json credential = Json::parse(jws.payload, nullptr, false);
  // A tampered payload may not even be JSON: the signature check still runs
  // and reports it, rather than the verification failing as unreadable.
  if (credential.is_discarded() || !credential.is_object()) credential = Json::object();
  read_claims(credential, out);
  out.signature = jws.signature_valid ? Check::kValid : Check::kInvalid;
  out.signature_detail = jws.signature_valid ? "Ed25519 signature verifies with key " + key.kid
                                             : "the signature does not verify with key " + key.kid +
                                                   ": the credential was altered or signed by another key";
  if (jws.signature_valid && text_of(header, "kid") != key.kid) {
    out.signature_detail += " (the token names key " + text_of(header, "kid") + ")";
  }
  const Json types = credential.value("type", Json::array());
  if (std::find(types.begin(), types.end(), "OpenBadgeCredential") == types.end()) {
    out.signature = Check::kInvalid;
    out.signature_detail = "not an OpenBadgeCredential";
  }
  check_dates(out, today);
  if (out.signature == Check::kValid) {
    check_status(out, key, status_list_token);
  } else {
    out.status_detail = "not checked: the signature is invalid";
  }
  return out;
}

std::string describe(const CredentialVerification& v) {
  std::string out = "credential " + v.id + "\n";
  out += "  " + v.name + " (" + v.achievement_type + ")" + (v.subject.empty() ? "" : " for " + v.subject) + "\n";
  out += "  issuer    " + v.issuer + "\n";
  out += std::string("  signature ") + to_string(v.signature) + ": " + v.signature_detail + "\n";
  out += std::string("  dates     ") + to_string(v.dates) + ": " + v.dates_detail + "\n";
  out += std::string("  status    ") +
         (v.status == Check::kValid ? "valid" : v.status == Check::kInvalid ? "revoked" : "unknown") + ": " +
         v.status_detail + "\n";
  if (!v.evidence.empty()) out += "  evidence  " + v.evidence + "\n";
  for (const auto& result : v.results) {
    out += "  result    " + result.requirement + " " + result.degree + "\n";
  }
  out += "verdict: " + v.verdict() + "\n";
  return out;
}

std::string to_json(const CredentialVerification& v) {
  nlohmann::ordered_json results = nlohmann::ordered_json::array();
  for (const auto& result : v.results) {
    results.push_back({{"requirement", result.requirement}, {"title", result.title}, {"degree", result.degree}});
  }
  nlohmann::ordered_json out{
      {"verdict", v.verdict()},
      {"signature", {{"result", to_string(v.signature)}, {"detail", v.signature_detail}}},
      {"dates", {{"result", to_string(v.dates)}, {"detail", v.dates_detail}}},
      {"status",
       {{"result", v.status == Check::kValid ? "not_revoked" : v.status == Check::kInvalid ? "revoked" : "unknown"},
        {"detail", v.status_detail},
        {"list", v.status_list_url},
        {"index", v.status_index}}},
      {"id", v.id},
      {"name", v.name},
      {"achievement_type", v.achievement_type},
      {"issuer", v.issuer},
      {"subject", v.subject},
      {"valid_from", v.valid_from},
      {"valid_until", v.valid_until},
      {"evidence", v.evidence},
      {"results", results}};
  return out.dump(2);
}

}  // namespace candor::scheme
