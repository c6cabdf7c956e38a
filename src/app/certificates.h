// The certificates a deployment issues and lets anyone verify. The issuer is
// a folder made by `candor credential keygen` (scheme/issuer.h), named when
// the server starts; it is reopened for each use, so a revocation made with
// `candor credential revoke` shows at once, and issuing (which advances the
// issuer's status index) is serialised. Verification needs nothing of any
// workspace: only the credential, the issuer's public key and its status list.
#pragma once

#include <mutex>
#include <optional>
#include <string>

#include "app/qualifications.h"
#include "scheme/credential.h"

namespace candor::app {

struct PublicVerification {
  // valid | revoked | invalid | unknown (as scheme::CredentialVerification),
  // or "unreadable" when the text is no credential at all.
  std::string verdict;
  std::optional<scheme::CredentialVerification> details;
  std::string problem;  // why it was unreadable
};

// What the issuer's own register says about a credential id: for the
// verification link printed on a certificate. No recipient.
struct RegisterEntry {
  std::string credential_id;
  std::string issued;
  bool revoked = false;
};

class CertificateDesk {
 public:
  explicit CertificateDesk(std::string issuer_dir) : dir_(std::move(issuer_dir)) {}

  bool enabled() const { return !dir_.empty(); }
  // Issues the candidate's certificate (Qualifications::certify decides who may).
  Result<std::string> issue(Qualifications& qualifications, const Caller& caller, RecordId candidate, Date issued);
  // Checks a pasted VC-JWT against this issuer's key and current status list.
  Result<PublicVerification> verify(const std::string& token, Date today) const;
  Result<std::optional<RegisterEntry>> look_up(const std::string& credential_id) const;
  Result<std::string> public_key() const;    // the issuer's public JWK
  Result<std::string> status_list() const;   // the signed status list credential
  Result<std::string> issuer_name() const;

 private:
  Result<scheme::Issuer> open() const;
  std::string dir_;
  std::mutex issuing_;
};

// The credential's claims (the VC-JWT's payload) as JSON text, unverified:
// for downloading the certificate in JSON.
Result<std::string> credential_payload(const std::string& token);

}  // namespace candor::app
