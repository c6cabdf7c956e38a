#include "scheme/credential.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "scheme/issuer.h"
#include "scheme/status_list.h"
#include "scheme_test_support.h"

namespace candor::scheme {
namespace {

using testing::master_scheme;

const Date kIssued = Date::from_civil(2025, 6, 20);
const Date kLater = Date::from_civil(2025, 7, 1);

ExaminerForm passing_form() {
  ExaminerForm form;
  form.candidate = "Jane Candidate";
  form.candidate_email = "jane@example.org";
  form.report = {"Improving change management at Example Ltd", "", std::string(64, 'a')};
  return form;
}

Decision passing_decision() {
  Decision decision;
  decision.outcome = Outcome::kPass;
  decision.requirements = {{"ER-1", "Setting the direction for the IT organization", true, "fully", 3, {}},
                           {"ER-2", "Directing the IT organization", true, "largely", 2, {}}};
  return decision;
}

struct IssuerFixture : ::testing::Test {
  void SetUp() override {
    dir = std::filesystem::temp_directory_path() /
          ("candor-issuer-" + std::to_string(getpid()) + "-" +
           ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir);
    auto created = create_issuer(dir.string(), "https://exams.example", "Example Exam Institute");
    ASSERT_TRUE(created.ok()) << created.error().to_string();
    issuer = *created;
    auto token = issue_for_decision(issuer, master_scheme(), passing_form(), passing_decision(), {}, kIssued);
    ASSERT_TRUE(token.ok()) << token.error().to_string();
    credential = *token;
  }
  void TearDown() override { std::filesystem::remove_all(dir); }

  CredentialVerification verify(const std::string& token, std::optional<std::string> list, Date at = kLater) {
    auto verification = verify_credential(token, issuer.key, list, at);
    EXPECT_TRUE(verification.ok()) << verification.error().to_string();
    return verification.ok() ? *verification : CredentialVerification{};
  }
  std::string status_list() { return *signed_status_list(issuer); }

  std::filesystem::path dir;
  Issuer issuer;
  std::string credential;
};

TEST_F(IssuerFixture, IssuedCredentialIsAnOpenBadgeWithResultsAndEvidence) {
  const std::string payload = *base64url_decode(credential.substr(credential.find('.') + 1,
                                                                  credential.rfind('.') - credential.find('.') - 1));
  const auto json = nlohmann::json::parse(payload);
  EXPECT_EQ(json["type"][1], "OpenBadgeCredential");
  EXPECT_EQ(json["@context"][0], "https://www.w3.org/ns/credentials/v2");
  EXPECT_EQ(json["validFrom"], "2025-06-20T00:00:00Z");
  EXPECT_EQ(json["validUntil"], "2028-06-20T00:00:00Z");  // 36 months, the scheme's validity
  EXPECT_EQ(json["credentialSubject"]["achievement"]["achievementType"], "Certification");
  EXPECT_EQ(json["credentialSubject"]["result"][1]["value"], "largely");
  EXPECT_EQ(json["evidence"][0]["name"], "Improving change management at Example Ltd");
  EXPECT_NE(json["evidence"][0]["description"].get<std::string>().find(std::string(64, 'a')), std::string::npos);
  EXPECT_EQ(json["credentialStatus"]["statusListIndex"], "0");
  EXPECT_EQ(payload.find("jane@example.org"), std::string::npos);  // only a salted hash
  const auto header = nlohmann::json::parse(*base64url_decode(credential.substr(0, credential.find('.'))));
  EXPECT_EQ(header["alg"], "EdDSA");
  EXPECT_EQ(header["typ"], "vc+jwt");
}

TEST_F(IssuerFixture, GenuineCredentialWithAFreshStatusListIsValid) {
  const auto verification = verify(credential, status_list());
  EXPECT_EQ(verification.signature, Check::kValid);
  EXPECT_EQ(verification.dates, Check::kValid);
  EXPECT_EQ(verification.status, Check::kValid);
  EXPECT_EQ(verification.verdict(), "valid");
}

TEST_F(IssuerFixture, OneChangedByteBreaksTheSignature) {
  for (std::size_t at : {credential.find('.') + 40, credential.size() / 2, credential.rfind('.') - 5}) {
    std::string tampered = credential;
    tampered[at] = tampered[at] == 'A' ? 'B' : 'A';
    const auto verification = verify(tampered, status_list());
    EXPECT_EQ(verification.signature, Check::kInvalid) << at;
    EXPECT_EQ(verification.verdict(), "invalid") << at;
  }
}

TEST_F(IssuerFixture, WithoutAStatusListTheStatusIsUnknownNeverValid) {
  const auto verification = verify(credential, std::nullopt);
  EXPECT_EQ(verification.status, Check::kUnknown);
  EXPECT_EQ(verification.verdict(), "unknown");
}

TEST_F(IssuerFixture, RevokedCredentialIsReportedRevoked) {
  const std::string before = status_list();
  ASSERT_TRUE(revoke(issuer, "0", "report plagiarised").ok());
  EXPECT_EQ(verify(credential, status_list()).verdict(), "revoked");
  // An old list still says valid: the verifier sees the date it was published.
  EXPECT_EQ(verify(credential, before).status, Check::kValid);
  // The revocation was saved with the issuer.
  EXPECT_EQ(open_issuer(dir.string())->revoked(), std::set<int>{0});
}

TEST_F(IssuerFixture, StatusListSignedByAnotherKeyLeavesTheStatusUnknown) {
  SigningKey other = generate_signing_key("https://forger.example#key-1");
  const std::string forged = *sign_compact(
      status_list_credential(issuer.id, issuer.status_list_url, {}, "2025-07-01T00:00:00Z"), other, "vc+jwt");
  const auto verification = verify(credential, forged);
  EXPECT_EQ(verification.status, Check::kUnknown);
  EXPECT_NE(verification.status_detail.find("signature"), std::string::npos);
}

TEST_F(IssuerFixture, ExpiredAndNotYetValidCredentialsAreInvalid) {
  EXPECT_EQ(verify(credential, status_list(), Date::from_civil(2028, 6, 21)).dates, Check::kInvalid);
  EXPECT_EQ(verify(credential, status_list(), Date::from_civil(2025, 6, 19)).dates, Check::kInvalid);
  EXPECT_EQ(verify(credential, status_list(), Date::from_civil(2028, 6, 21)).verdict(), "invalid");
}

TEST_F(IssuerFixture, CredentialSignedByAnotherIssuerDoesNotVerify) {
  SigningKey other = generate_signing_key("https://forger.example#key-1");
  auto verification = verify_credential(credential, other, status_list(), kLater);
  ASSERT_TRUE(verification.ok());
  EXPECT_EQ(verification->signature, Check::kInvalid);
}

TEST_F(IssuerFixture, NoCertificateForADecisionThatIsNotAPass) {
  Decision decision = passing_decision();
  decision.outcome = Outcome::kIncomplete;
  auto token = issue_for_decision(issuer, master_scheme(), passing_form(), decision, {}, kIssued);
  ASSERT_FALSE(token.ok());
  EXPECT_NE(token.error().message().find("not a pass"), std::string::npos);
}

TEST_F(IssuerFixture, IssuerIsNeverOverwritten) {
  EXPECT_EQ(create_issuer(dir.string(), "https://exams.example", "Again").error().code(), ErrorCode::kConflict);
}

TEST(Jose, PrivateJwkRoundTripsAndPublicJwkCannotSign) {
  const SigningKey key = generate_signing_key("urn:test#1");
  auto reread = parse_jwk(private_jwk(key), "key.jwk");
  ASSERT_TRUE(reread.ok());
  EXPECT_EQ(reread->secret_key, key.secret_key);
  auto public_only = parse_jwk(public_jwk(key), "pub.jwk");
  ASSERT_TRUE(public_only.ok());
  EXPECT_FALSE(public_only->can_sign());
  EXPECT_FALSE(sign_compact("{}", *public_only, "JWT").ok());
}

TEST(Jose, RsaKeyIsRefusedWithTheField) {
  auto key = parse_jwk(R"({"kty":"RSA","n":"x","e":"AQAB"})", "rsa.jwk");
  ASSERT_FALSE(key.ok());
  EXPECT_NE(key.error().to_string().find("rsa.jwk"), std::string::npos);
}

TEST(Jose, MalformedTokenIsRefused) {
  const SigningKey key = generate_signing_key("urn:test#1");
  EXPECT_FALSE(verify_compact("not-a-token", key).ok());
  EXPECT_FALSE(verify_compact("a.b.c.d", key).ok());
}

TEST(StatusList, BitsRoundTripThroughGzipAndBase64url) {
  const std::string encoded = encode_status_list({0, 7, 8, 131071});
  EXPECT_EQ(encoded[0], 'u');
  auto bits = decode_status_list(encoded);
  ASSERT_TRUE(bits.ok());
  EXPECT_EQ(bits->size(), 16384u);
  for (int index : {0, 7, 8, 131071}) EXPECT_TRUE(status_bit(*bits, index)) << index;
  for (int index : {1, 6, 9, 131070}) EXPECT_FALSE(status_bit(*bits, index)) << index;
}

}  // namespace
}  // namespace candor::scheme
