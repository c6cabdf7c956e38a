// Verifiable certificates: an Open Badges 3.0 OpenBadgeCredential (W3C
// Verifiable Credentials 2.0 data model) for a passed qualification, secured
// as a VC-JWT (compact JWS, "typ":"vc+jwt", Ed25519 / "alg":"EdDSA"), and its
// offline verification: signature, validity dates and revocation through the
// issuer's status list. The format is documented in docs/schemes.md.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/result.h"
#include "scheme/jose.h"
#include "scheme/scheme.h"

namespace candor::scheme {

struct CredentialResult {
  std::string requirement;  // exam requirement id
  std::string title;
  std::string degree;  // the degree the decision found, or "not assessed"
};

struct CredentialRequest {
  std::string issuer_id;    // a URI
  std::string issuer_name;
  std::string credential_id;  // a URI; empty: a fresh urn:uuid
  std::string recipient_name;
  std::string recipient_email;  // stored only as a salted SHA-256 identity hash
  Date issued;
  std::string report_title;
  std::string report_sha256;
  std::vector<CredentialResult> results;
  std::string status_list_url;  // empty: no revocation entry
  int status_index = -1;
};

// The credential as JSON text (the JWT payload).
std::string build_open_badge(const CredentialRequest& request, const Scheme& scheme);
// Signs it as a VC-JWT.
Result<std::string> issue_credential(const CredentialRequest& request, const Scheme& scheme,
                                     const SigningKey& key);

// How a check came out. Unknown is never valid: a revocation status that
// cannot be established is reported as such.
enum class Check { kValid, kInvalid, kUnknown };
const char* to_string(Check check);

struct CredentialVerification {
  Check signature = Check::kInvalid;
  Check dates = Check::kInvalid;
  Check status = Check::kUnknown;  // kValid: not revoked; kInvalid: revoked
  std::string signature_detail;
  std::string dates_detail;
  std::string status_detail;
  // What the credential says, for display (empty when it cannot be read).
  std::string id, name, issuer, subject, valid_from, valid_until, achievement_type;
  std::string status_list_url;
  int status_index = -1;
  std::vector<CredentialResult> results;
  std::string evidence;
  // "valid" only when all three are valid; "revoked", "invalid" or "unknown".
  std::string verdict() const;
};

// `status_list_token`: the issuer's signed status list, if the verifier has
// it; without it the revocation status is unknown.
Result<CredentialVerification> verify_credential(const std::string& token, const SigningKey& key,
                                                 const std::optional<std::string>& status_list_token,
                                                 Date today);

std::string describe(const CredentialVerification& verification);
std::string to_json(const CredentialVerification& verification);

}  // namespace candor::scheme
