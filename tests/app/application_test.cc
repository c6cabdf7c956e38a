#include "app/application.h"

#include <gmock/gmock.h>

#include "app/accounts.h"
#include "app/app_fixture.h"

namespace candor {
namespace {

using ::testing::HasSubstr;
using app::Role;

class Application : public testing::AppTest {
 protected:
  // A signed-up process owner of the workspace, owning `processes`.
  app::Caller owner_of(Id assessment, const std::vector<std::string>& processes, const std::string& name = "dana") {
    app::Accounts accounts(*app_);
    EXPECT_TRUE(accounts.add_user(name, "a long enough password", "").ok());
    EXPECT_TRUE(accounts.grant(name, "acme", Role::kProcessOwner, "alice").ok());
    if (!processes.empty()) {
      const Status assigned = app_->assign_owner(admin_, assessment, name, processes);
      EXPECT_TRUE(assigned.ok()) << assigned.error().to_string();
    }
    return as(Role::kProcessOwner, name);
  }
};

TEST_F(Application, AProcessOwnerMayClaimButNotJudge) {
  const Id assessment = new_assessment(admin_);
  const Id evidence = new_evidence(admin_, assessment);
  const app::Caller owner = owner_of(assessment, {"8.6.1"});
  EXPECT_TRUE(app_->add_claim(owner, assessment, {"8.6.1", 3, "", "we follow ITIL"}).ok());
  const auto judged = app_->add_judgement(owner, assessment, {"8.6.1", "PA1.1", "F", {evidence}});
  ASSERT_FALSE(judged.ok());
  EXPECT_EQ(judged.error().code(), ErrorCode::kPermissionDenied);
  EXPECT_THAT(judged.error().message(), HasSubstr("a process-owner may not judge requirements"));
}

TEST_F(Application, AProcessOwnerClaimsOnlyForTheProcessesAssignedToHim) {
  const Id assessment = new_assessment(admin_);
  const app::Caller dana = owner_of(assessment, {"8.6.1", "8.6.3"});
  const app::Caller erik = owner_of(assessment, {"8.5.1"}, "erik");
  EXPECT_TRUE(app_->add_claim(dana, assessment, {"8.6.3", 2, "", ""}).ok());
  const auto refused = app_->add_claim(dana, assessment, {"8.5.1", 2, "", ""});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code(), ErrorCode::kPermissionDenied);
  EXPECT_THAT(refused.error().message(), HasSubstr("dana is not an owner of 8.5.1"));
  EXPECT_TRUE(app_->add_claim(erik, assessment, {"8.5.1", 2, "", ""}).ok());
  // A questionnaire with one process not hers records nothing.
  const auto batch = app_->add_claims(dana, assessment, {{"8.6.1", 1, "", ""}, {"8.5.1", 1, "", ""}});
  ASSERT_FALSE(batch.ok());
  EXPECT_EQ(app_->view(admin_, assessment)->record.claims.size(), 2u);
  // Taken away, the process is no longer hers; the admin may enter any claim.
  ASSERT_TRUE(app_->remove_owner(admin_, assessment, "dana", {"8.6.3"}).ok());
  EXPECT_FALSE(app_->add_claim(dana, assessment, {"8.6.3", 3, "", ""}).ok());
  EXPECT_TRUE(app_->add_claim(admin_, assessment, {"8.6.3", 3, "", ""}).ok());
  const auto owners = app_->view(admin_, assessment)->record.owners;
  ASSERT_EQ(owners.size(), 2u);
  EXPECT_EQ(owners[0].node_id, "8.5.1");
  EXPECT_EQ(owners[0].actor, "erik");
  EXPECT_EQ(owners[1].node_id, "8.6.1");
  EXPECT_EQ(owners[1].assigned_by, "alice");
}

TEST_F(Application, OnlyTheLeadAssignsProcessesToProcessOwners) {
  const Id assessment = new_assessment(admin_);
  owner_of(assessment, {});
  const Status by_assessor = app_->assign_owner(as(Role::kAssessor), assessment, "dana", {"8.6.1"});
  ASSERT_FALSE(by_assessor.ok());
  EXPECT_EQ(by_assessor.error().code(), ErrorCode::kPermissionDenied);
  EXPECT_TRUE(app_->assign_owner(as(Role::kLeadAssessor), assessment, "dana", {"8.6.1"}).ok());
  const Status stranger = app_->assign_owner(admin_, assessment, "zoe", {"8.6.1"});
  ASSERT_FALSE(stranger.ok());
  EXPECT_THAT(stranger.error().message(), HasSubstr("'zoe' is not a process owner in workspace 'acme'"));
  const Status not_processes = app_->assign_owner(admin_, assessment, "dana", {"4.1", "9.9.9"});
  ASSERT_FALSE(not_processes.ok());
  EXPECT_EQ(not_processes.error().problems().size(), 2u);
  EXPECT_THAT(not_processes.error().to_string(), HasSubstr("4.1 is not a process"));
  EXPECT_THAT(not_processes.error().to_string(), HasSubstr("no node '9.9.9'"));
  EXPECT_FALSE(app_->remove_owner(admin_, assessment, "dana", {"8.6.2"}).ok());  // never hers
  const auto entries = *app_->journal(admin_);
  EXPECT_EQ(std::count_if(entries.begin(), entries.end(), [](const JournalEntry& e) { return e.action == "owner.assign"; }), 1);
}

TEST_F(Application, OnlyALeadAssessorMayReconcile) {
  const Id assessment = new_assessment(admin_);
  const Id evidence = new_evidence(admin_, assessment);
  app::JudgementInput settle{"8.6.1", "PA1.1", "L", {evidence}};
  settle.reconciliation = true;
  EXPECT_EQ(app_->add_judgement(as(Role::kAssessor), assessment, settle).error().code(),
            ErrorCode::kPermissionDenied);
  EXPECT_TRUE(app_->add_judgement(as(Role::kLeadAssessor), assessment, settle).ok());
}

TEST_F(Application, AViewerMayReadButNotAddEvidence) {
  const Id assessment = new_assessment(admin_);
  EXPECT_TRUE(app_->view(as(Role::kViewer), assessment).ok());
  app::EvidenceInput input{"document", "x", "2026-09-01"};
  EXPECT_EQ(app_->add_evidence(as(Role::kViewer), assessment, input).error().code(), ErrorCode::kPermissionDenied);
}

TEST_F(Application, AnotherWorkspaceCannotSeeOrChangeTheAssessment) {
  const Id assessment = new_assessment(admin_);
  ASSERT_TRUE(app_->create_workspace("globex", "gary").ok());
  const app::Caller other = *app_->local_caller("globex", "gary");
  EXPECT_EQ(app_->view(other, assessment).error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(app_->add_claim(other, assessment, {"8.6.1", 2}).error().code(), ErrorCode::kNotFound);
  EXPECT_TRUE(app_->list_assessments(other)->empty());
}

TEST_F(Application, EvidenceOfAnotherAssessmentCannotBeCited) {
  const Id first = new_assessment(admin_);
  const Id second = new_assessment(admin_);
  const Id evidence = new_evidence(admin_, first);
  const auto judged = app_->add_judgement(admin_, second, {"8.6.1", "PA1.1", "F", {evidence}});
  ASSERT_FALSE(judged.ok());
  EXPECT_THAT(judged.error().to_string(), HasSubstr("does not belong to assessment"));
}

TEST_F(Application, EveryChangeIsJournaledWithItsActor) {
  const Id assessment = new_assessment(admin_);
  new_evidence(as(Role::kAssessor, "ben"), assessment);
  const auto entries = *app_->journal(admin_);
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[1].action, "assessment.create");
  EXPECT_EQ(entries[2].action, "evidence.add");
  EXPECT_EQ(entries[2].actor, "ben");
  EXPECT_THAT(entries[2].after, HasSubstr("Incident procedure"));
}

TEST_F(Application, AnAttachedFileIsStoredAndReadBackVerified) {
  const Id assessment = new_assessment(admin_);
  app::EvidenceInput input{"document", "Policy", "2026-09-01"};
  input.file_bytes = "the change policy";
  input.file_name = "policy.txt";
  const Id evidence = *app_->add_evidence(admin_, assessment, input);
  EXPECT_EQ(*app_->evidence_file(admin_, assessment, evidence), "the change policy");
}

TEST_F(Application, TheAssessmentKeepsTheFrameworkTextItWasMadeWith) {
  const Id assessment = new_assessment(admin_);
  const auto view = *app_->view(admin_, assessment);
  EXPECT_EQ(view.record.assessment.framework_key, "iso20000-1:2018");
  EXPECT_EQ(view.record.assessment.framework_sha256.size(), 64u);
  EXPECT_EQ(view.results.processes.size(), view.framework->processes().size());
}

TEST_F(Application, ImportIsAllOrNothing) {
  const std::string path = write("mixed.yaml", R"(assessment:
  framework: iso20000-1
  subject: Half Ltd
  date: 2026-10-15
evidence:
  - {ref: E1, kind: document, title: Policy, date: 2026-09-01}
judgements:
  - {node: "8.6.1", attribute: PA1.1, rating: F, evidence: [E1]}
  - {node: "8.6.1", attribute: PA2.1, rating: X, evidence: [E1]}
  - {node: "8.6.3", rating: major}
)");
  const auto imported = app_->import_file(admin_, path, std::nullopt);
  ASSERT_FALSE(imported.ok());
  ASSERT_EQ(imported.error().problems().size(), 2u) << imported.error().to_string();
  EXPECT_THAT(imported.error().problems()[0].to_string(), HasSubstr("mixed.yaml:9:5: judgement.rating"));
  EXPECT_THAT(imported.error().problems()[1].to_string(), HasSubstr("mixed.yaml:10:5: judgement.evidence"));
  EXPECT_TRUE(app_->list_assessments(admin_)->empty());
  EXPECT_EQ(app_->journal(admin_)->size(), 1u);  // only the workspace's creation
}

TEST_F(Application, ImportedRecordsKeepTheirAuthors) {
  const std::string path = write("ok.yaml", R"(assessment: {framework: iso20000-1, subject: Co, date: 2026-10-15}
evidence:
  - {ref: E1, kind: interview, title: Desk lead, date: 2026-09-01, by: Ben Okafor}
judgements:
  - {node: "8.6.1", attribute: PA1.1, rating: "70%", evidence: [E1], by: Ben Okafor}
)");
  const auto summary = app_->import_file(admin_, path, std::nullopt);
  ASSERT_TRUE(summary.ok()) << summary.error().to_string();
  const auto view = *app_->view(admin_, summary->assessment);
  ASSERT_EQ(view.record.judgements.size(), 1u);
  EXPECT_EQ(view.record.judgements[0].by, "Ben Okafor");
  EXPECT_EQ(view.record.judgements[0].rating, "L");  // 70 % lies in L's range
  EXPECT_EQ(app_->journal(admin_)->back().action, "assessment.import");
}

}  // namespace
}  // namespace candor
