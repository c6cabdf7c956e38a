#include <gmock/gmock.h>

#include "store/assessment_store.h"
#include "store/blob_store.h"
#include "store/framework_store.h"
#include "store/migrations.h"
#include "store/store_fixture.h"
#include "store/workspace_store.h"

namespace candor {
namespace {

using ::testing::HasSubstr;

class Store : public testing::StoreTest {
 protected:
  Id make_assessment(std::int64_t workspace, const std::string& subject) {
    const auto framework = store_framework(*db_, workspace, "f:1", "F", "id: f", "test");
    Assessment assessment;
    assessment.subject = subject;
    assessment.assessed_on = Date::from_civil(2026, 11, 1);
    return *insert_assessment(*db_, workspace, framework->id, assessment);
  }
};

TEST_F(Store, MigrationsAreAppliedOnceAndRecorded) {
  const Rows rows = *db_->query("SELECT COUNT(*), MAX(version) FROM schema_migrations");
  EXPECT_EQ(rows[0].integer(1), latest_schema_version());
  ASSERT_TRUE(apply_migrations(*db_).ok());  // a second run changes nothing
  EXPECT_EQ((*db_->query("SELECT COUNT(*) FROM schema_migrations"))[0].integer(0), rows[0].integer(0));
}

TEST_F(Store, SqliteUsesWalAndForeignKeys) {
  if (on_postgres()) GTEST_SKIP() << "SQLite only";
  EXPECT_EQ((*db_->query("PRAGMA journal_mode"))[0].text(0), "wal");
  EXPECT_EQ((*db_->query("PRAGMA foreign_keys"))[0].integer(0), 1);
}

TEST_F(Store, ForeignKeysAreEnforced) {
  const Status orphan =
      db_->execute("INSERT INTO actors (workspace_id, name, created_at) VALUES (?, ?, ?)",
                   {std::int64_t{999}, std::string("ghost"), std::string("2026-01-01T00:00:00Z")});
  ASSERT_FALSE(orphan.ok());
  EXPECT_EQ(orphan.error().code(), ErrorCode::kInvalidInput);
}

TEST_F(Store, AFailedTransactionLeavesNothingBehind) {
  const Status status = db_->transaction([&]() -> Status {
    CANDOR_TRY(create_workspace(*db_, "half"));
    return Error::invalid_input("refused");
  });
  EXPECT_FALSE(status.ok());
  EXPECT_FALSE(find_workspace(*db_, "half").ok());
}

TEST_F(Store, WorkspaceNamesAreUnique) {
  ASSERT_TRUE(create_workspace(*db_, "acme").ok());
  EXPECT_EQ(create_workspace(*db_, "acme").error().code(), ErrorCode::kConflict);
}

TEST_F(Store, AnAssessmentIsInvisibleFromAnotherWorkspace) {
  const auto acme = create_workspace(*db_, "acme")->id;
  const auto globex = create_workspace(*db_, "globex")->id;
  const Id id = make_assessment(acme, "ACME IT");
  EXPECT_TRUE(find_assessment(*db_, acme, id).ok());
  EXPECT_EQ(find_assessment(*db_, globex, id).error().code(), ErrorCode::kNotFound);
  EXPECT_TRUE(list_assessments(*db_, globex)->empty());
  EXPECT_FALSE(load_assessment_record(*db_, globex, id).ok());
}

TEST_F(Store, ARecordRoundTripsWithLinksInOrder) {
  const auto ws = create_workspace(*db_, "acme")->id;
  const Id id = make_assessment(ws, "ACME IT");
  Evidence evidence;
  evidence.kind = EvidenceKind::kDocument;
  evidence.title = "Change policy";
  evidence.observed_on = Date::from_civil(2026, 10, 2);
  evidence.node_ids = {"8.5.1", "8.5.1.1"};
  evidence.by = "alice";
  const Id evidence_id = *insert_evidence(*db_, ws, id, evidence);
  Judgement judgement;
  judgement.node_id = "8.5.1";
  judgement.attribute_id = "PA1.1";
  judgement.rating = "L";
  judgement.percent = 70;
  judgement.evidence_ids = {evidence_id};
  judgement.by = "alice";
  ASSERT_TRUE(insert_judgement(*db_, ws, id, judgement).ok());
  const AssessmentRecord record = *load_assessment_record(*db_, ws, id);
  ASSERT_EQ(record.evidence.size(), 1u);
  EXPECT_EQ(record.evidence[0].node_ids, (std::vector<std::string>{"8.5.1", "8.5.1.1"}));
  EXPECT_EQ(record.evidence[0].observed_on.to_string(), "2026-10-02");
  ASSERT_EQ(record.judgements.size(), 1u);
  EXPECT_EQ(record.judgements[0].evidence_ids, std::vector<Id>{evidence_id});
  EXPECT_EQ(record.judgements[0].percent, 70);
}

TEST_F(Store, BlobsAreStoredOncePerContent) {
  const auto ws = create_workspace(*db_, "acme")->id;
  const std::string first = *put_blob(*db_, ws, "policy text");
  EXPECT_EQ(*put_blob(*db_, ws, "policy text"), first);
  EXPECT_EQ((*db_->query("SELECT COUNT(*) FROM blobs"))[0].integer(0), 1);
  EXPECT_EQ(*get_blob(*db_, ws, first), "policy text");
}

TEST_F(Store, ACorruptBlobIsRefusedOnRead) {
  const auto ws = create_workspace(*db_, "acme")->id;
  const std::string digest = *put_blob(*db_, ws, "policy text");
  ASSERT_TRUE(db_->execute("UPDATE blobs SET content = ? WHERE sha256 = ?", {Bytes{"policy t3xt"}, digest}).ok());
  const auto read = get_blob(*db_, ws, digest);
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().code(), ErrorCode::kIntegrity);
}

TEST_F(Store, ABlobIsInvisibleFromAnotherWorkspace) {
  const auto acme = create_workspace(*db_, "acme")->id;
  const auto globex = create_workspace(*db_, "globex")->id;
  const std::string digest = *put_blob(*db_, acme, "secret");
  EXPECT_EQ(get_blob(*db_, globex, digest).error().code(), ErrorCode::kNotFound);
}

TEST_F(Store, AFileThatIsNotADatabaseIsRefusedClearly) {
  if (on_postgres()) GTEST_SKIP() << "SQLite only";
  const std::string bogus = path_ + ".txt";
  { std::ofstream(bogus) << "this is not sqlite, just text that is long enough to have a header....."; }
  const auto opened = open_database(bogus);
  ASSERT_FALSE(opened.ok());
  EXPECT_THAT(opened.error().to_string(), HasSubstr(bogus));
  std::filesystem::remove(bogus);
}

}  // namespace
}  // namespace candor
