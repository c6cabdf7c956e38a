// An issuer of credentials, kept in a folder: its Ed25519 key pair
// (issuer-key.jwk, private, mode 0600; issuer.jwk, the public JWK to publish),
// and issuer.json with its identity, the status list's URL, the next status
// index and the revoked indexes. The status list file it publishes is
// produced from that state (status_list.h).
#pragma once

#include <set>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/result.h"
#include "scheme/credential.h"
#include "scheme/decision.h"
#include "scheme/jose.h"

namespace candor::scheme {

struct IssuedRecord {
  int index = 0;
  std::string credential_id;
  std::string recipient;
  std::string issued;
  std::string revoked_reason;  // empty while valid
};

struct Issuer {
  std::string dir;
  std::string id;  // a URI, e.g. https://exams.example
  std::string name;
  std::string status_list_url;
  SigningKey key;
  int next_index = 0;
  std::vector<IssuedRecord> issued;

  std::set<int> revoked() const;
};

// Creates the folder's files; refuses to overwrite an existing issuer.
Result<Issuer> create_issuer(const std::string& dir, const std::string& id, const std::string& name);
Result<Issuer> open_issuer(const std::string& dir);
Status save_issuer(const Issuer& issuer);

struct Recipient {
  std::string name;
  std::string email;
};

// Signs a credential for a passed decision (anything else is refused) and
// records it under the next status index; saves the issuer.
Result<std::string> issue_for_decision(Issuer& issuer, const Scheme& scheme, const ExaminerForm& form,
                                       const Decision& decision, const Recipient& recipient, Date issued);
// By status index or credential id; saves the issuer.
Status revoke(Issuer& issuer, const std::string& index_or_id, const std::string& reason);
// The signed status list credential.
Result<std::string> signed_status_list(const Issuer& issuer);

}  // namespace candor::scheme
