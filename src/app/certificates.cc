#include "app/certificates.h"

#include "scheme/issuer.h"
#include "scheme/jose.h"

namespace candor::app {

Result<scheme::Issuer> CertificateDesk::open() const {
  if (!enabled()) {
    return Error::not_found("this server has no certificate issuer: start it with --issuer-dir (candor credential keygen)");
  }
  return scheme::open_issuer(dir_);
}

Result<std::string> CertificateDesk::issue(Qualifications& qualifications, const Caller& caller, RecordId candidate,
                                           Date issued) {
  const std::lock_guard<std::mutex> lock(issuing_);
  scheme::Issuer issuer = CANDOR_TRY(open());
  return qualifications.certify(caller, candidate, issuer, issued);
}

Result<PublicVerification> CertificateDesk::verify(const std::string& token, Date today) const {
  const scheme::Issuer issuer = CANDOR_TRY(open());
  const std::string list = CANDOR_TRY(scheme::signed_status_list(issuer));
  PublicVerification out;
  auto checked = scheme::verify_credential(token, issuer.key, list, today);
  if (!checked.ok()) {
    out.verdict = "unreadable";
    out.problem = checked.error().message();
    return out;
  }
  out.verdict = checked->verdict();
  out.details = std::move(checked).value();
  return out;
}

Result<std::optional<RegisterEntry>> CertificateDesk::look_up(const std::string& credential_id) const {
  const scheme::Issuer issuer = CANDOR_TRY(open());
  for (const auto& record : issuer.issued) {
    if (record.credential_id == credential_id) {
      return std::optional<RegisterEntry>(RegisterEntry{record.credential_id, record.issued, !record.revoked_reason.empty()});
    }
  }
  return std::optional<RegisterEntry>();
}

Result<std::string> CertificateDesk::public_key() const { return scheme::public_jwk(CANDOR_TRY(open()).key); }

Result<std::string> CertificateDesk::status_list() const { return scheme::signed_status_list(CANDOR_TRY(open())); }

Result<std::string> credential_payload(const std::string& token) {
  const auto first = token.find('.');
  const auto second = token.find('.', first == std::string::npos ? 0 : first + 1);
  if (first == std::string::npos || second == std::string::npos) return Error::invalid_input("not a VC-JWT");
  return scheme::base64url_decode(std::string_view(token).substr(first + 1, second - first - 1));
}

Result<std::string> CertificateDesk::issuer_name() const { return CANDOR_TRY(open()).name; }

}  // namespace candor::app
