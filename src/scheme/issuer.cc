#include "scheme/issuer.h"

#include <sys/stat.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "base/files.h"
#include "scheme/status_list.h"

namespace candor::scheme {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

std::string path_in(const std::string& dir, const char* name) { return (fs::path(dir) / name).string(); }

Json to_json(const Issuer& issuer) {
  Json issued = Json::array();
  for (const auto& record : issuer.issued) {
    issued.push_back({{"index", record.index},
                      {"credential_id", record.credential_id},
                      {"recipient", record.recipient},
                      {"issued", record.issued},
                      {"revoked_reason", record.revoked_reason}});
  }
  return {{"id", issuer.id},
          {"name", issuer.name},
          {"status_list_url", issuer.status_list_url},
          {"next_index", issuer.next_index},
          {"issued", issued}};
}

std::string text_of(const nlohmann::json& object, const char* key) {
  return object.contains(key) && object[key].is_string() ? object[key].get<std::string>() : std::string();
}

}  // namespace

std::set<int> Issuer::revoked() const {
  std::set<int> out;
  for (const auto& record : issued) {
    if (!record.revoked_reason.empty()) out.insert(record.index);
  }
  return out;
}

Result<Issuer> create_issuer(const std::string& dir, const std::string& id, const std::string& name) {
  if (fs::exists(path_in(dir, "issuer.json"))) {
    return Error::conflict(dir + " already holds an issuer; keys are never overwritten");
  }
  if (id.find(':') == std::string::npos) {
    return Error::invalid_input("the issuer id must be a URI such as https://exams.example (found '" + id + "')");
  }
  std::error_code error;
  fs::create_directories(dir, error);
  if (error) return Error::io("cannot create " + dir + ": " + error.message());
  Issuer issuer;
  issuer.dir = dir;
  issuer.id = id;
  issuer.name = name;
  issuer.status_list_url = id + (id.back() == '/' ? "" : "/") + "status/1";
  issuer.key = generate_signing_key(id + "#key-1");
  const std::string secret = path_in(dir, "issuer-key.jwk");
  CANDOR_TRY(write_file_atomic(secret, private_jwk(issuer.key)));
  ::chmod(secret.c_str(), 0600);
  CANDOR_TRY(write_file_atomic(path_in(dir, "issuer.jwk"), public_jwk(issuer.key)));
  CANDOR_TRY(save_issuer(issuer));
  return issuer;
}

Result<Issuer> open_issuer(const std::string& dir) {
  const std::string state_path = path_in(dir, "issuer.json");
  const std::string text = CANDOR_TRY(read_file(state_path, 64 << 20));
  const auto state = nlohmann::json::parse(text, nullptr, false);
  if (state.is_discarded() || !state.is_object()) {
    return Error::invalid_input("not an issuer state file (JSON object expected)", Location{state_path});
  }
  Issuer issuer;
  issuer.dir = dir;
  issuer.id = text_of(state, "id");
  issuer.name = text_of(state, "name");
  issuer.status_list_url = text_of(state, "status_list_url");
  issuer.next_index = state.value("next_index", 0);
  for (const auto& record : state.value("issued", nlohmann::json::array())) {
    issuer.issued.push_back({record.value("index", 0), text_of(record, "credential_id"),
                             text_of(record, "recipient"), text_of(record, "issued"),
                             text_of(record, "revoked_reason")});
  }
  const std::string key_path = path_in(dir, "issuer-key.jwk");
  const std::string key_text = CANDOR_TRY(read_file(key_path, 1 << 16));
  issuer.key = CANDOR_TRY(parse_jwk(key_text, key_path));
  return issuer;
}

Status save_issuer(const Issuer& issuer) {
  return write_file_atomic(path_in(issuer.dir, "issuer.json"), to_json(issuer).dump(2) + "\n");
}

Result<std::string> issue_for_decision(Issuer& issuer, const Scheme& scheme, const ExaminerForm& form,
                                       const Decision& decision, const Recipient& recipient, Date issued) {
  if (decision.outcome != Outcome::kPass) {
    return Error::invalid_input(std::string("no certificate: the decision is '") + to_string(decision.outcome) +
                                "', not a pass");
  }
  if (issuer.next_index >= kStatusListBits) {
    return Error::too_large("the issuer's status list is full; start a new list");
  }
  CredentialRequest request;
  request.issuer_id = issuer.id;
  request.issuer_name = issuer.name;
  request.recipient_name = recipient.name.empty() ? form.candidate : recipient.name;
  request.recipient_email = recipient.email.empty() ? form.candidate_email : recipient.email;
  request.issued = issued;
  request.report_title = form.report.title;
  request.report_sha256 = form.report.sha256;
  for (const auto& degree : decision.requirements) {
    request.results.push_back({degree.id, degree.title, degree.degree ? *degree.degree : "not assessed"});
  }
  request.status_list_url = issuer.status_list_url;
  request.status_index = issuer.next_index;
  const std::string payload = build_open_badge(request, scheme);
  const std::string token = CANDOR_TRY(sign_compact(payload, issuer.key, "vc+jwt"));
  const auto claims = nlohmann::json::parse(payload);
  issuer.issued.push_back({issuer.next_index, claims["id"].get<std::string>(), request.recipient_name,
                           issued.to_string(), ""});
  ++issuer.next_index;
  CANDOR_TRY(save_issuer(issuer));
  return token;
}

Status revoke(Issuer& issuer, const std::string& index_or_id, const std::string& reason) {
  for (auto& record : issuer.issued) {
    if (record.credential_id == index_or_id || std::to_string(record.index) == index_or_id) {
      record.revoked_reason = reason.empty() ? "revoked" : reason;
      return save_issuer(issuer);
    }
  }
  return Error::not_found("the issuer has issued no credential '" + index_or_id + "'");
}

Result<std::string> signed_status_list(const Issuer& issuer) {
  const std::string payload =
      status_list_credential(issuer.id, issuer.status_list_url, issuer.revoked(), utc_timestamp_now());
  return sign_compact(payload, issuer.key, "vc+jwt");
}

}  // namespace candor::scheme
