// CSRF, session fixation, sign-out, password change, throttling and uploads.
#include <gmock/gmock.h>

#include "server/identity_cache.h"
#include "server/server_fixture.h"

namespace candor {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class Security : public testing::ServerTest {
 protected:
  std::vector<app::Role> roles_to_create() const override {
    return {app::Role::kAssessor, app::Role::kProcessOwner, app::Role::kLeadAssessor};
  }

  int evidence_count() { return static_cast<int>(app_->view(*app_->local_caller("acme", "t"), assessment_)->record.evidence.size()); }

  httplib::Result add_claim(const testing::Login& login, const httplib::Headers& headers) {
    const nlohmann::json claim = {{"node", "8.6.1"}, {"level", 2}};
    return client().Post((assessment_path() + "/claims").c_str(), headers, claim.dump(), "application/json");
  }
};

TEST_F(Security, AStateChangingRequestWithoutTheCsrfTokenIsRefused) {
  const testing::Login owner = sign_in("process-owner");
  auto missing = add_claim(owner, headers_of(owner, false));
  EXPECT_EQ(missing->status, 403);
  EXPECT_THAT(missing->body, HasSubstr("security token"));
  auto wrong = add_claim(owner, {{"Cookie", owner.cookie}, {"X-CSRF-Token", std::string(64, 'a')}});
  EXPECT_EQ(wrong->status, 403);
  auto right = add_claim(owner, headers_of(owner));
  EXPECT_EQ(right->status, 201) << right->body;
}

TEST_F(Security, AnotherUsersCsrfTokenDoesNotWork) {
  const testing::Login owner = sign_in("process-owner");
  const testing::Login assessor = sign_in("assessor");
  auto res = add_claim(owner, {{"Cookie", owner.cookie}, {"X-CSRF-Token", assessor.csrf}});
  EXPECT_EQ(res->status, 403);
}

TEST_F(Security, AFormPostWithoutItsCsrfFieldIsRefused) {
  const testing::Login owner = sign_in("process-owner");
  httplib::Params form{{"level:8.6.1", "2"}};
  auto res = client().Post((assessment_path("/w/acme") + "/claims").c_str(), {{"Cookie", owner.cookie}}, form);
  EXPECT_EQ(res->status, 403);
  form.emplace("csrf", owner.csrf);
  res = client().Post((assessment_path("/w/acme") + "/claims").c_str(), {{"Cookie", owner.cookie}}, form);
  EXPECT_EQ(res->status, 303) << res->body;
}

TEST_F(Security, ACrossSiteOriginIsRefusedEvenWithTheToken) {
  const testing::Login owner = sign_in("process-owner");
  httplib::Headers headers = headers_of(owner);
  headers.emplace("Origin", "http://evil.example");
  EXPECT_EQ(add_claim(owner, headers)->status, 403);
}

TEST_F(Security, SignInIssuesAFreshSessionAndEndsAPlantedOne) {
  // An attacker plants a session id of their own (a real one, from signing in).
  const testing::Login attacker = sign_in("assessor");
  const testing::Login victim = sign_in("process-owner", attacker.cookie);
  EXPECT_NE(victim.cookie, attacker.cookie);
  EXPECT_EQ(client().Get("/api/account", headers_of(attacker))->status, 401);
  EXPECT_EQ(client().Get("/api/account", headers_of(victim))->status, 200);
  // A made-up id is never adopted either.
  const std::string made_up = "candor_session=" + std::string(64, 'f');
  const testing::Login other = sign_in("process-owner", made_up);
  EXPECT_NE(other.cookie, made_up);
  EXPECT_EQ(client().Get("/api/account", {{"Cookie", made_up}})->status, 401);
}

TEST_F(Security, TheSessionCookieIsHttpOnlyAndSameSiteStrict) {
  auto res = client().Post("/api/signin", nlohmann::json{{"user", "assessor"}, {"password", testing::kPassword}}.dump(),
                           "application/json");
  const std::string cookie = res->get_header_value("Set-Cookie");
  EXPECT_THAT(cookie, HasSubstr("HttpOnly"));
  EXPECT_THAT(cookie, HasSubstr("SameSite=Strict"));
  EXPECT_THAT(res->body, Not(HasSubstr(cookie.substr(15, 64))));  // the token is only in the cookie
}

TEST_F(Security, SigningOutEndsTheSession) {
  const testing::Login login = sign_in("assessor");
  EXPECT_EQ(client().Post("/api/signout", headers_of(login), "", "application/json")->status, 201);
  EXPECT_EQ(client().Get("/api/account", headers_of(login))->status, 401);
}

TEST_F(Security, ChangingThePasswordEndsOtherSessions) {
  const testing::Login first = sign_in("assessor");
  const testing::Login second = sign_in("assessor");
  const nlohmann::json change = {{"current_password", testing::kPassword}, {"new_password", "a new long password"}};
  auto res = client().Post("/api/account/password", headers_of(first), change.dump(), "application/json");
  ASSERT_EQ(res->status, 201) << res->body;
  EXPECT_EQ(client().Get("/api/account", headers_of(second))->status, 401);
  const std::string fresh = res->get_header_value("Set-Cookie");
  EXPECT_EQ(client().Get("/api/account", {{"Cookie", fresh.substr(0, fresh.find(';'))}})->status, 200);
}

TEST_F(Security, RepeatedWrongPasswordsAreThrottled) {
  int last = 0;
  for (int i = 0; i < app::kMaxFailedSignIns + 1; ++i) {
    last = client().Post("/api/signin", nlohmann::json{{"user", "assessor"}, {"password", "wrong password!"}}.dump(),
                         "application/json")->status;
  }
  EXPECT_EQ(last, 429);
  auto res = client().Post("/api/signin", nlohmann::json{{"user", "assessor"}, {"password", testing::kPassword}}.dump(),
                           "application/json");
  EXPECT_EQ(res->status, 429);
}

TEST_F(Security, AnUploadIsStoredAndServedBackWithItsType) {
  const testing::Login assessor = sign_in("assessor");
  httplib::MultipartFormDataItems items = {{"kind", "document", "", ""},
                                           {"title", "Change policy", "", ""},
                                           {"date", "2026-09-01", "", ""},
                                           {"nodes", "8.5.1", "", ""},
                                           {"file", "%PDF-1.4 policy", "../../etc/passwd", "application/pdf"}};
  auto res = client().Post((assessment_path() + "/evidence").c_str(), headers_of(assessor), items);
  ASSERT_EQ(res->status, 201) << res->body;
  const Id id = nlohmann::json::parse(res->body)["id"];
  auto file = client().Get((assessment_path() + "/evidence/" + std::to_string(id) + "/file").c_str(), headers_of(assessor));
  ASSERT_EQ(file->status, 200);
  EXPECT_EQ(file->body, "%PDF-1.4 policy");
  EXPECT_EQ(file->get_header_value("Content-Type"), "application/pdf");
  EXPECT_THAT(file->get_header_value("Content-Disposition"), Not(HasSubstr("/")));
}

class SmallUploads : public Security {
 protected:
  void SetUp() override {
    server::ServerOptions options;
    options.upload_limit = 64 << 10;
    start(options);
  }
};

TEST_F(SmallUploads, AnOversizeUploadIsRefusedAndNothingIsStored) {
  const testing::Login assessor = sign_in("assessor");
  const int before = evidence_count();
  httplib::MultipartFormDataItems items = {{"kind", "document", "", ""},
                                           {"title", "Huge", "", ""},
                                           {"date", "2026-09-01", "", ""},
                                           {"file", std::string(200 << 10, 'x'), "huge.bin", "application/octet-stream"}};
  auto res = client().Post((assessment_path() + "/evidence").c_str(), headers_of(assessor), items);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  // Just over the limit, so the size is only found while streaming.
  items.back().content = std::string((64 << 10) + 10, 'x');
  res = client().Post((assessment_path() + "/evidence").c_str(), headers_of(assessor), items);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  EXPECT_EQ(evidence_count(), before);
}

TEST_F(Security, ResultsFollowEveryChange) {
  const testing::Login lead = sign_in("lead-assessor");
  auto before = client().Get((assessment_path() + "/results").c_str(), headers_of(lead));
  ASSERT_EQ(before->status, 200);
  const nlohmann::json judgement = {{"node", "8.6.1"}, {"attribute", "PA1.1"}, {"rating", "F"},
                                    {"evidence", {evidence_}}, {"rationale", "seen"}};
  auto judged = client().Post((assessment_path() + "/judgements").c_str(), headers_of(lead), judgement.dump(),
                              "application/json");
  ASSERT_EQ(judged->status, 201) << judged->body;
  auto after = client().Get((assessment_path() + "/results").c_str(), headers_of(lead));
  EXPECT_NE(before->body, after->body);
  EXPECT_THAT(after->body, HasSubstr("\"rating\":\"F\""));
}

}  // namespace
}  // namespace candor

namespace candor {
namespace {

TEST_F(Security, ASessionEndedByAnotherProcessStopsWorkingWithinASecond) {
  const testing::Login login = sign_in("assessor");
  ASSERT_EQ(client().Get("/api/account", headers_of(login))->status, 200);
  // `candor user passwd` in another process ends the sessions in the store.
  ASSERT_TRUE(app::Accounts(*app_).set_password("assessor", "another long password").ok());
  std::this_thread::sleep_for(server::IdentityCache::kLifetime + std::chrono::milliseconds(100));
  EXPECT_EQ(client().Get("/api/account", headers_of(login))->status, 401);
}

}  // namespace
}  // namespace candor

namespace candor {
namespace {

using ::testing::HasSubstr;

class Qualification : public testing::ServerTest {
 protected:
  std::vector<app::Role> roles_to_create() const override { return {app::Role::kCandidate, app::Role::kViewer}; }
  std::string record_path() const { return "/api/w/acme/candidates/" + std::to_string(candidate_); }
};

TEST_F(Qualification, TheCandidateSubmitsHerReportAndSeesTheCheckersResult) {
  const testing::Login candidate = sign_in("candidate");
  auto record = client().Get(record_path().c_str(), headers_of(candidate));
  ASSERT_EQ(record->status, 200) << record->body;
  EXPECT_THAT(record->body, HasSubstr("Jane Candidate"));
  httplib::MultipartFormDataItems items = {
      {"artefact", "report", "", ""},
      {"title", "Improving incident management", "", ""},
      {"file", "# Introduction\n\nToo short to pass.\n", "../my report.md", "text/markdown"}};
  auto res = client().Post((record_path() + "/submissions").c_str(), headers_of(candidate), items);
  ASSERT_EQ(res->status, 201) << res->body;
  const auto body = nlohmann::json::parse(res->body);
  EXPECT_FALSE(body["passed"].get<bool>());
  EXPECT_FALSE(body["check"]["problems"].empty());
  record = client().Get(record_path().c_str(), headers_of(candidate));
  EXPECT_THAT(record->body, HasSubstr("\"file\":\"report.md\""));  // candor's name, not the upload's
}

TEST_F(Qualification, AViewerMayNotReadACandidatesRecord) {
  const testing::Login viewer = sign_in("viewer");
  auto record = client().Get(record_path().c_str(), headers_of(viewer));
  EXPECT_EQ(record->status, 403);
  EXPECT_THAT(record->body, ::testing::Not(HasSubstr("Jane")));
}

}  // namespace
}  // namespace candor
