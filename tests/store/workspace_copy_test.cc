// `db copy` at the store level: the source is always a SQLite file, the
// target is the test's database (PostgreSQL when CANDOR_TEST_PG is set), and
// the round trip goes back into a second SQLite file.
#include "store/workspace_copy.h"

#include <gmock/gmock.h>

#include <map>

#include "base/sha256.h"
#include "store/account_store.h"
#include "store/assessment_store.h"
#include "store/blob_store.h"
#include "store/framework_store.h"
#include "store/journal.h"
#include "store/schema_info.h"
#include "store/store_fixture.h"
#include "store/workspace_store.h"

namespace candor {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

// Every copied table's rows, in key order, as text: equal dumps mean equal data.
std::map<std::string, std::vector<std::string>> dump(Database& database) {
  std::map<std::string, std::vector<std::string>> out;
  const auto schema = read_schema(database);
  for (const TableInfo& table : *schema) {
    if (table.name == "schema_migrations" || table.name == "sessions" || table.name == "login_failures") continue;
    std::string order;
    for (const auto& key : table.primary_key) order += (order.empty() ? "" : ", ") + quote_identifier(key);
    const auto rows = database.query("SELECT * FROM " + quote_identifier(table.name) + " ORDER BY " + order);
    for (const Row& row : *rows) {
      std::string line;
      for (std::size_t i = 0; i < row.size(); ++i) line += (row.is_null(i) ? "NULL" : row.text(i)) + "|";
      out[table.name].push_back(line);
    }
  }
  return out;
}

std::string id_column(const Database& database) {
  return database.dialect() == Dialect::kSqlite ? "INTEGER PRIMARY KEY" : "BIGSERIAL PRIMARY KEY";
}

class WorkspaceCopy : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    remove_source();
    source_ = std::move(open_database("sqlite:" + source_path())).value();
  }
  void TearDown() override {
    source_.reset();
    remove_source();
    StoreTest::TearDown();
  }
  void remove_source() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(source_path() + suffix);
  }
  // The source is SQLite even when the target is PostgreSQL.
  std::string source_path() {
    return (std::filesystem::temp_directory_path() / (testing::current_test_name() + "_source.db")).string();
  }

  // A workspace with one of everything, journalled as the application would.
  std::int64_t fill(Database& database, const std::string& name, const std::string& user) {
    std::int64_t workspace = 0;
    EXPECT_TRUE(database.transaction([&]() -> Status {
      workspace = CANDOR_TRY(create_workspace(database, name)).id;
      CANDOR_TRY(ensure_actor(database, workspace, user));
      const auto framework = CANDOR_TRY(store_framework(database, workspace, "f:1", "F", "id: f", "test"));
      Assessment assessment;
      assessment.subject = name + " IT";
      assessment.assessed_on = Date::from_civil(2026, 11, 1);
      const Id first = CANDOR_TRY(insert_assessment(database, workspace, framework.id, assessment));
      assessment.previous = first;
      const Id second = CANDOR_TRY(insert_assessment(database, workspace, framework.id, assessment));
      Evidence evidence;
      evidence.title = "Incident procedure — «v2»";
      evidence.observed_on = Date::from_civil(2026, 9, 1);
      evidence.file_sha256 = CANDOR_TRY(put_blob(database, workspace, all_bytes()));
      const Id evidence_id = CANDOR_TRY(insert_evidence(database, workspace, second, evidence));
      CANDOR_TRY(link_evidence(database, evidence_id, "8.6.1"));
      Judgement judgement;
      judgement.node_id = "8.6.1";
      judgement.rating = "L";
      judgement.percent = 0.1 + 0.2;  // not a round number: it must survive exactly
      judgement.evidence_ids = {evidence_id};
      const Id judgement_id = CANDOR_TRY(insert_judgement(database, workspace, second, judgement));
      const Id account = CANDOR_TRY(insert_user(database, user, "The " + user, "$argon2id$hash-of-" + user));
      CANDOR_TRY(upsert_membership(database, account, workspace, "lead-assessor"));
      return append_journal(database, workspace, user,
                            {"judgement.add", "judgement", std::to_string(judgement_id), "",
                             "{\"rating\":\"L\",\"percent\":0.30000000000000004,\"note\":\"ü\\\"?\"}"});
    }).ok());
    return workspace;
  }
  static std::string all_bytes() {
    std::string bytes;
    for (int c = 0; c < 256; ++c) bytes += static_cast<char>(c);
    return bytes;
  }

  std::unique_ptr<Database> source_;
};

TEST_F(WorkspaceCopy, CopiesEveryRowByteForByteAndTheJournalVerifies) {
  const std::int64_t acme = fill(*source_, "acme", "alice");
  const auto copied = copy_workspaces(*source_, *db_, {});
  ASSERT_TRUE(copied.ok()) << copied.error().to_string();
  EXPECT_THAT(copied->workspaces, ElementsAre("acme"));
  EXPECT_THAT(copied->renumbered_tables, IsEmpty());
  EXPECT_EQ(dump(*db_), dump(*source_));
  const JournalCheck check = *verify_journal(*db_, acme);
  EXPECT_TRUE(check.intact());
  EXPECT_EQ(check.head, *journal_head(*source_, acme));
  EXPECT_EQ(*get_blob(*db_, acme, sha256_hex(all_bytes())), all_bytes());
}

TEST_F(WorkspaceCopy, TheRoundTripBackGivesTheSameData) {
  fill(*source_, "acme", "alice");
  ASSERT_TRUE(copy_workspaces(*source_, *db_, {}).ok());
  const std::string back_path =
      (std::filesystem::temp_directory_path() / (testing::current_test_name() + "_back.db")).string();
  std::filesystem::remove(back_path);
  auto back = std::move(open_database("sqlite:" + back_path)).value();
  ASSERT_TRUE(copy_workspaces(*db_, *back, {}).ok());
  EXPECT_EQ(dump(*back), dump(*source_));
  back.reset();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(back_path + suffix);
}

TEST_F(WorkspaceCopy, OnlyTheChosenWorkspaceAndItsMembersAreCopied) {
  fill(*source_, "acme", "alice");
  fill(*source_, "globex", "gary");
  const auto copied = copy_workspaces(*source_, *db_, {"globex"});
  ASSERT_TRUE(copied.ok()) << copied.error().to_string();
  const auto workspaces = list_workspaces(*db_);
  ASSERT_EQ(workspaces->size(), 1u);
  EXPECT_EQ(workspaces->front().name, "globex");
  EXPECT_FALSE(find_user(*db_, "alice")->has_value());
  ASSERT_TRUE(find_user(*db_, "gary")->has_value());
  EXPECT_THAT(*list_memberships(*db_, (*find_user(*db_, "gary"))->id),
              ElementsAre(::testing::Field(&MembershipRow::workspace, "globex")));
  EXPECT_TRUE(verify_journal(*db_, workspaces->front().id)->intact());
}

TEST_F(WorkspaceCopy, ATargetThatHoldsTheWorkspaceIsRefusedAndLeftUnchanged) {
  fill(*source_, "acme", "alice");
  fill(*db_, "acme", "someone");
  const auto before = dump(*db_);
  const auto copied = copy_workspaces(*source_, *db_, {});
  ASSERT_FALSE(copied.ok());
  EXPECT_EQ(copied.error().code(), ErrorCode::kConflict);
  EXPECT_THAT(copied.error().message(), HasSubstr("already holds a workspace named 'acme'"));
  EXPECT_EQ(dump(*db_), before);
}

TEST_F(WorkspaceCopy, IdsTheTargetUsesAreRenumberedAndReferencesFollow) {
  fill(*db_, "initech", "ivan");  // takes ids 1, 2, ... in the target
  const std::int64_t acme = fill(*source_, "acme", "alice");
  const auto copied = copy_workspaces(*source_, *db_, {});
  ASSERT_TRUE(copied.ok()) << copied.error().to_string();
  EXPECT_THAT(copied->renumbered_tables, ::testing::Contains("judgements"));
  const auto workspace = *find_workspace(*db_, "acme");
  EXPECT_NE(workspace.id, acme);
  EXPECT_TRUE(verify_journal(*db_, workspace.id)->intact());
  // The copy's judgement cites the copy's evidence, the second assessment its first.
  const auto assessments = *list_assessments(*db_, workspace.id);
  ASSERT_EQ(assessments.size(), 2u);
  EXPECT_EQ(assessments[1].assessment.previous, assessments[0].assessment.id);
  const auto record = *load_assessment_record(*db_, workspace.id, assessments[1].assessment.id);
  ASSERT_EQ(record.judgements.size(), 1u);
  ASSERT_EQ(record.evidence.size(), 1u);
  EXPECT_THAT(record.judgements[0].evidence_ids, ElementsAre(record.evidence[0].id));
  EXPECT_THAT(record.evidence[0].node_ids, ElementsAre("8.6.1"));
  // New rows after the copy get fresh ids (PostgreSQL's sequences moved on).
  EXPECT_TRUE(create_workspace(*db_, "after").ok());
}

TEST_F(WorkspaceCopy, AnAccountTheTargetHasIsReusedNotDuplicated) {
  fill(*db_, "initech", "alice");
  const auto hash_before = (*find_user(*db_, "alice"))->password_hash;
  fill(*source_, "acme", "alice");
  ASSERT_TRUE(copy_workspaces(*source_, *db_, {}).ok());
  const auto alice = **find_user(*db_, "alice");
  EXPECT_EQ(alice.password_hash, hash_before);
  EXPECT_EQ(list_memberships(*db_, alice.id)->size(), 2u);
}

TEST_F(WorkspaceCopy, ANewTableWithAWorkspaceColumnIsCopiedWithoutCode) {
  const std::string table = " (id {{id}}, workspace_id BIGINT NOT NULL REFERENCES workspaces(id), name TEXT NOT NULL)";
  for (Database* database : {source_.get(), db_.get()}) {
    std::string sql = "CREATE TABLE peer_pools" + table;
    sql.replace(sql.find("{{id}}"), 6, id_column(*database));
    ASSERT_TRUE(database->execute_script(sql).ok());
  }
  const std::int64_t acme = fill(*source_, "acme", "alice");
  ASSERT_TRUE(source_->execute("INSERT INTO peer_pools (workspace_id, name) VALUES (?, 'EU service desks')", {acme}).ok());
  ASSERT_TRUE(copy_workspaces(*source_, *db_, {}).ok());
  EXPECT_EQ((*db_->query("SELECT name FROM peer_pools"))[0].text(0), "EU service desks");
}

TEST_F(WorkspaceCopy, ATableOfUnknownBelongingIsRefusedByName) {
  for (Database* database : {source_.get(), db_.get()}) {
    ASSERT_TRUE(database->execute_script("CREATE TABLE mystery (k TEXT PRIMARY KEY)").ok());
  }
  fill(*source_, "acme", "alice");
  const auto copied = copy_workspaces(*source_, *db_, {});
  ASSERT_FALSE(copied.ok());
  EXPECT_EQ(copied.error().code(), ErrorCode::kUnsupported);
  EXPECT_THAT(copied.error().message(), HasSubstr("mystery"));
  EXPECT_TRUE(list_workspaces(*db_)->empty());
}

TEST_F(WorkspaceCopy, AFailureHalfwayLeavesTheTargetUnchanged) {
  // The target refuses a row after it took the workspace's: all is undone.
  ASSERT_TRUE(source_->execute_script("CREATE TABLE zz_notes (k TEXT PRIMARY KEY, workspace_id BIGINT, v TEXT)").ok());
  ASSERT_TRUE(db_->execute_script("CREATE TABLE zz_notes (k TEXT PRIMARY KEY, workspace_id BIGINT, "
                                  "v TEXT CHECK (v <> 'refused'))").ok());
  const std::int64_t acme = fill(*source_, "acme", "alice");
  ASSERT_TRUE(source_->execute("INSERT INTO zz_notes VALUES ('n', ?, 'refused')", {acme}).ok());
  const auto copied = copy_workspaces(*source_, *db_, {});
  ASSERT_FALSE(copied.ok());
  EXPECT_TRUE(list_workspaces(*db_)->empty());
  EXPECT_FALSE(find_user(*db_, "alice")->has_value());
}

TEST_F(WorkspaceCopy, AMissingWorkspaceIsNamed) {
  fill(*source_, "acme", "alice");
  const auto copied = copy_workspaces(*source_, *db_, {"nope"});
  ASSERT_FALSE(copied.ok());
  EXPECT_EQ(copied.error().code(), ErrorCode::kNotFound);
  EXPECT_THAT(copied.error().message(), HasSubstr("no workspace named 'nope'"));
}

}  // namespace
}  // namespace candor
