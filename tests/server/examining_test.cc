// Examining through the JSON API: the examiner marks on the form, the
// decision the rules give is recorded, an admin issues the certificate, the
// candidate downloads it, and anyone verifies it on the public page (valid;
// one byte changed: not valid; revoked: revoked) without seeing anything else
// of the workspace.
#include <gmock/gmock.h>

#include <algorithm>

#include "app/certificates.h"
#include "store/journal.h"
#include "scheme/document_fixtures.h"
#include "server/server_fixture.h"

namespace candor {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using nlohmann::json;

class Examining : public testing::ServerTest {
 protected:
  void SetUp() override {
    ServerTest::SetUp();
    const app::Caller admin = *app_->local_caller("acme", "setup");
    const app::Caller examiner{admin.workspace_id, "acme", "examiner", app::Role::kExaminer};
    app::Qualifications q(*app_);
    const std::string report = (folder_ / "report.md").string();
    std::ofstream(report) << scheme::testing::to_markdown(scheme::testing::report_fixture());
    auto submitted = q.submit(admin, candidate_, "report", report, "Improving change management");
    ASSERT_TRUE(submitted.ok()) << submitted.error().to_string();
    ASSERT_TRUE(submitted->check.passed());
    auto question = q.add_question(examiner, "M2025", "certification", "How would you scope the certification?",
                                   {"names the scope statement"});
    ASSERT_TRUE(question.ok()) << question.error().to_string();
    question_ = *question;
    ASSERT_TRUE(q.assign_question(examiner, candidate_, question_).ok());
    ASSERT_TRUE(q.start_session(examiner, "M2025", Date::today().add_days(1)).ok());
  }

  std::string candidate_path(const std::string& tail = "") const {
    return "/api/w/acme/candidates/" + std::to_string(candidate_) + tail;
  }

  httplib::Result post(const testing::Login& login, const std::string& path, const json& body = json::object()) {
    return client().Post(path.c_str(), headers_of(login), body.dump(), "application/json");
  }

  // Marks that satisfy every decision rule of the Master scheme.
  json passing_marks() const {
    json marks = json::array();
    const auto add = [&](const char* kind, const char* target, const char* source, const char* degree) {
      marks.push_back({{"kind", kind}, {"target", target}, {"source", source}, {"degree", degree}});
    };
    add("requirement", "ER-1", "report", "fully");
    add("requirement", "ER-1", "presentation", "fully");
    add("requirement", "ER-2", "report", "largely");
    add("requirement", "ER-2", "interview", "largely");
    for (const char* skill : {"business-it-alignment", "process-improvement", "evaluation", "new-ideas"}) {
      add("skill", skill, "report", "partly");
      add("skill", skill, "presentation", "largely");
    }
    return {{"marks", marks}, {"answers", json::array({{{"question", question_}, {"satisfied", true}}})}};
  }

  // Marks, decides and issues; returns the credential.
  std::string certified() {
    const testing::Login examiner = sign_in("examiner");
    auto marked = post(examiner, candidate_path("/marks"), passing_marks());
    EXPECT_EQ(marked->status, 201) << marked->body;
    auto decided = post(examiner, candidate_path("/decision"));
    EXPECT_EQ(decided->status, 201) << decided->body;
    auto issued = post(sign_in("admin"), candidate_path("/certificate"));
    EXPECT_EQ(issued->status, 201) << issued->body;
    return json::parse(issued->body).value("token", "");
  }

  json verify(const std::string& token) {
    auto res = client().Post("/api/verify", json{{"credential", token}}.dump(), "application/json");
    EXPECT_EQ(res->status, 200) << res->body;
    EXPECT_THAT(res->body, Not(HasSubstr("ACME Secret")));
    return json::parse(res->body);
  }

  RecordId question_ = 0;
};

TEST_F(Examining, TheExaminersFormOffersTheSchemesRequirementsSourcesDegreesAndTheAssignedQuestion) {
  auto res = client().Get(candidate_path("/exam").c_str(), headers_of(sign_in("examiner")));
  ASSERT_EQ(res->status, 200) << res->body;
  const json sheet = json::parse(res->body);
  EXPECT_EQ(sheet["requirements"].size(), 5u);
  EXPECT_EQ(sheet["skills"].size(), 4u);
  EXPECT_EQ(sheet["sources"].size(), 6u);
  EXPECT_EQ(sheet["degrees"][3]["title"], "Fully fulfilled");
  EXPECT_TRUE(sheet["requirements"][0]["addressed"].get<bool>());  // the report names ER-1 -> ES-1.1
  EXPECT_EQ(sheet["questions"][0]["criteria"][0], "names the scope statement");
  auto page = client().Get(("/w/acme/candidates/" + std::to_string(candidate_) + "/exam").c_str(),
                           headers_of(sign_in("examiner"), false));
  ASSERT_EQ(page->status, 200);
  EXPECT_THAT(page->body, HasSubstr("<label for=\"m-ER-1-report\">Project report</label>"));
}

TEST_F(Examining, OnlyTheCohortsExaminersSeeTheFormAndItsQuestions) {
  for (const char* who : {"candidate", "admin", "tutor", "viewer"}) {
    auto res = client().Get(candidate_path("/exam").c_str(), headers_of(sign_in(who)));
    EXPECT_EQ(res->status, 403) << who;
    EXPECT_THAT(res->body, Not(HasSubstr("scope the certification"))) << who;
  }
}

TEST_F(Examining, MarksSentAgainUnchangedAreNotRecordedTwice) {
  const testing::Login examiner = sign_in("examiner");
  auto first = post(examiner, candidate_path("/marks"), passing_marks());
  ASSERT_EQ(first->status, 201) << first->body;
  EXPECT_EQ(json::parse(first->body)["recorded"], 12);
  auto again = post(examiner, candidate_path("/marks"), passing_marks());
  EXPECT_EQ(json::parse(again->body)["recorded"], 0);
  json bad = passing_marks();
  bad["marks"][0]["degree"] = "brilliant";
  auto refused = post(examiner, candidate_path("/marks"), bad);
  EXPECT_EQ(refused->status, 400);
  EXPECT_THAT(refused->body, HasSubstr("unknown degree 'brilliant'"));
}

TEST_F(Examining, TheDecisionPageShowsWhatTheRulesGiveAndRecordsIt) {
  const testing::Login examiner = sign_in("examiner");
  ASSERT_EQ(post(examiner, candidate_path("/marks"), passing_marks())->status, 201);
  auto view = client().Get(candidate_path("/decision").c_str(), headers_of(examiner));
  ASSERT_EQ(view->status, 200) << view->body;
  EXPECT_EQ(json::parse(view->body)["decision"]["outcome"], "pass") << view->body;
  EXPECT_TRUE(json::parse(view->body)["recorded"].is_null());
  auto recorded = post(examiner, candidate_path("/decision"));
  ASSERT_EQ(recorded->status, 201) << recorded->body;
  view = client().Get(candidate_path("/decision").c_str(), headers_of(sign_in("admin")));
  EXPECT_EQ(json::parse(view->body)["recorded"]["outcome"], "pass");
  EXPECT_EQ(post(sign_in("candidate"), candidate_path("/decision"))->status, 403);
}

TEST_F(Examining, ASecondExaminersDisagreementBlocksTheDecisionUntilReconciled) {
  app::Accounts accounts(*app_);
  ASSERT_TRUE(accounts.add_user("eva", testing::kPassword, "").ok());
  ASSERT_TRUE(accounts.grant("eva", "acme", app::Role::kExaminer, "setup").ok());
  ASSERT_TRUE(app::Qualifications(*app_).add_member(*app_->local_caller("acme", "setup"), "M2025", "eva", "examiner").ok());
  const testing::Login examiner = sign_in("examiner");
  const testing::Login eva = sign_in("eva");
  ASSERT_EQ(post(examiner, candidate_path("/marks"), passing_marks())->status, 201);
  json eva_marks = passing_marks();
  eva_marks["marks"][3]["degree"] = "partly";  // ER-2 from the interview
  ASSERT_EQ(post(eva, candidate_path("/marks"), eva_marks)->status, 201);
  auto view = json::parse(client().Get(candidate_path("/decision").c_str(), headers_of(eva))->body);
  EXPECT_TRUE(view["decision"].is_null());
  EXPECT_THAT(view["blocked"].get<std::string>(), HasSubstr("reconcile first"));
  ASSERT_EQ(view["disagreements"].size(), 1u);
  EXPECT_EQ(view["disagreements"][0]["target"], "ER-2");
  EXPECT_EQ(post(examiner, candidate_path("/decision"))->status, 409);
  auto settled = post(examiner, candidate_path("/reconcile"),
                      {{"kind", "requirement"}, {"target", "ER-2"}, {"source", "interview"},
                       {"degree", "largely"}, {"reason", "both parts answered"}});
  ASSERT_EQ(settled->status, 201) << settled->body;
  view = json::parse(client().Get(candidate_path("/decision").c_str(), headers_of(eva))->body);
  EXPECT_EQ(view["decision"]["outcome"], "pass");
}

TEST_F(Examining, OnlyAnAdminIssuesTheCertificateAndOnlyOnARecordedPass) {
  const testing::Login admin = sign_in("admin");
  EXPECT_EQ(post(admin, candidate_path("/certificate"))->status, 409);
  const testing::Login examiner = sign_in("examiner");
  ASSERT_EQ(post(examiner, candidate_path("/marks"), passing_marks())->status, 201);
  ASSERT_EQ(post(examiner, candidate_path("/decision"))->status, 201);
  EXPECT_EQ(post(examiner, candidate_path("/certificate"))->status, 403);
  EXPECT_EQ(post(admin, candidate_path("/certificate"))->status, 201);
}

TEST_F(Examining, TheCandidateDownloadsHerCertificateInBothFormats) {
  const std::string token = certified();
  ASSERT_FALSE(token.empty());
  const testing::Login candidate = sign_in("candidate");
  auto jwt = client().Get(("/w/acme/candidates/" + std::to_string(candidate_) + "/certificate.jwt").c_str(),
                          headers_of(candidate, false));
  ASSERT_EQ(jwt->status, 200) << jwt->body;
  EXPECT_EQ(jwt->get_header_value("Content-Type"), "application/vc+jwt");
  EXPECT_THAT(jwt->get_header_value("Content-Disposition"), HasSubstr("attachment"));
  EXPECT_EQ(jwt->body, token + "\n");
  auto claims = client().Get(candidate_path("/certificate.json").c_str(), headers_of(candidate));
  ASSERT_EQ(claims->status, 200);
  EXPECT_EQ(claims->get_header_value("Content-Type"), "application/json");
  EXPECT_THAT(claims->body, HasSubstr("OpenBadgeCredential"));
  EXPECT_EQ(client().Get(candidate_path("/certificate.pdf").c_str(), headers_of(candidate))->status, 404);
  EXPECT_EQ(client().Get(candidate_path("/certificate.jwt").c_str(), headers_of(sign_in("viewer")))->status, 403);
  EXPECT_EQ(client().Get(candidate_path("/certificate.jwt").c_str(), headers_of(sign_in("mallory")))->status, 404);
}

TEST_F(Examining, AnyoneVerifiesTheCertificateAndAForgeryOrRevocationShows) {
  const std::string token = certified();
  json result = verify(token);
  EXPECT_EQ(result["verdict"], "valid") << result.dump();
  EXPECT_EQ(result["credential"]["name"], "Master in IT Service Management based on ISO/IEC 20000");

  std::string tampered = token;
  const std::size_t payload = tampered.find('.') + 10;
  tampered[payload] = tampered[payload] == 'A' ? 'B' : 'A';
  result = verify(tampered);
  EXPECT_NE(result["verdict"], "valid");
  EXPECT_FALSE(result.contains("credential"));  // nothing a forgery claims is shown
  EXPECT_EQ(verify("not a credential at all")["verdict"], "unreadable");

  const std::string id = json::parse(*app::credential_payload(token))["id"];
  auto link = client().Get(("/api/verify?id=" + id).c_str());
  ASSERT_EQ(link->status, 200);
  EXPECT_TRUE(json::parse(link->body)["lookup"]["known"].get<bool>());
  EXPECT_THAT(link->body, Not(HasSubstr("Jane")));

  scheme::Issuer issuer = *scheme::open_issuer((folder_ / "issuer").string());
  ASSERT_TRUE(scheme::revoke(issuer, id, "withdrawn").ok());
  EXPECT_EQ(verify(token)["verdict"], "revoked");
}

TEST_F(Examining, TheIssuersPublicKeyAndStatusListArePublicAndThePrivateKeyIsNot) {
  auto key = client().Get("/issuer.jwk");
  ASSERT_EQ(key->status, 200);
  EXPECT_EQ(key->get_header_value("Content-Type"), "application/jwk+json");
  EXPECT_EQ(json::parse(key->body).count("d"), 0u);
  auto list = client().Get("/status/1");
  ASSERT_EQ(list->status, 200);
  EXPECT_EQ(list->get_header_value("Content-Type"), "application/vc+jwt");
  EXPECT_EQ(client().Get("/status/2")->status, 404);
  auto page = client().Get("/verify");
  ASSERT_EQ(page->status, 200);
  EXPECT_THAT(page->body, HasSubstr("Example Exam Institute"));
  EXPECT_THAT(page->body, Not(HasSubstr("Jane")));
}

TEST_F(Examining, OnlyTheCohortsExaminersReadTheQuestionBankAndEveryReadIsJournaled) {
  for (const char* who : {"candidate", "admin", "tutor", "viewer"}) {
    auto res = client().Get("/api/w/acme/cohorts/M2025/questions", headers_of(sign_in(who)));
    EXPECT_EQ(res->status, 403) << who;
    EXPECT_THAT(res->body, Not(HasSubstr("scope the certification"))) << who;
  }
  auto bank = client().Get("/api/w/acme/cohorts/M2025/questions", headers_of(sign_in("examiner")));
  ASSERT_EQ(bank->status, 200) << bank->body;
  const json model = json::parse(bank->body);
  EXPECT_EQ(model["questions"][0]["exposure"]["candidates"], 1);
  EXPECT_EQ(model["main_areas"].size(), 4u);
  auto journal = read_journal(app_->db(), app_->local_caller("acme", "setup")->workspace_id);
  ASSERT_TRUE(journal.ok());
  EXPECT_EQ(std::count_if(journal->begin(), journal->end(),
                          [](const auto& entry) { return entry.action == "question_bank.read"; }),
            1);
}

TEST_F(Examining, TheExaminerWritesAndAssignsAQuestionUntilTheSessionLocksThem) {
  // A cohort of its own, whose session has not started.
  const app::Caller admin = *app_->local_caller("acme", "setup");
  app::Qualifications q(*app_);
  ASSERT_TRUE(q.create_cohort(admin, {"N2026", "master-itsm-iso20000", "classroom", "2026-03-02", "Acme Training"}).ok());
  ASSERT_TRUE(q.add_member(admin, "N2026", "examiner", "examiner").ok());
  const RecordId joe = *q.add_candidate(admin, "N2026", "joe", (folder_ / "application.yaml").string());
  const testing::Login examiner = sign_in("examiner");
  auto added = post(examiner, "/api/w/acme/cohorts/N2026/questions",
                    {{"area", "organisational-change"}, {"text", "How did you win the service desk over?"},
                     {"criteria", json::array({"names the resistance", "shows what changed it"})}});
  ASSERT_EQ(added->status, 201) << added->body;
  const RecordId question = json::parse(added->body)["id"];
  EXPECT_EQ(post(examiner, "/api/w/acme/cohorts/N2026/questions", {{"area", "nowhere"}, {"text", "Q"}})->status, 400);
  auto assigned = post(examiner, "/api/w/acme/candidates/" + std::to_string(joe) + "/questions", {{"question", question}});
  ASSERT_EQ(assigned->status, 201) << assigned->body;
  ASSERT_EQ(post(examiner, "/api/w/acme/cohorts/N2026/session", {{"on", "2026-06-01"}})->status, 201);
  auto locked = post(examiner, "/api/w/acme/candidates/" + std::to_string(joe) + "/questions", {{"question", question}});
  EXPECT_EQ(locked->status, 409);
  EXPECT_THAT(locked->body, HasSubstr("locked"));
}

TEST_F(Examining, TheDashboardListsTheCandidateRecordsEachRoleMayOpen) {
  const auto dashboard = [&](const char* who) {
    auto res = client().Get("/api/w/acme", headers_of(sign_in(who)));
    EXPECT_EQ(res->status, 200) << who << " " << res->body;
    return json::parse(res->body);
  };
  EXPECT_EQ(dashboard("candidate")["candidates"].size(), 1u);
  EXPECT_TRUE(dashboard("candidate")["assessments"].empty());  // a candidate reads no assessments
  EXPECT_EQ(dashboard("examiner")["candidates"][0]["capacity"], "examiner");
  EXPECT_EQ(dashboard("admin")["candidates"].size(), 1u);
  EXPECT_EQ(dashboard("admin")["assessments"].size(), 1u);
  EXPECT_TRUE(dashboard("tutor")["candidates"].empty());  // not a tutor of the cohort
  EXPECT_TRUE(dashboard("viewer")["candidates"].empty());
  EXPECT_THAT(client().Get("/api/w/acme", headers_of(sign_in("viewer")))->body, Not(HasSubstr("Jane")));
}

}  // namespace
}  // namespace candor
