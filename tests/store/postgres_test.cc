// What the PostgreSQL backend adds to the shared Database contract. The
// contract itself is tested by every store and app test, which run on
// PostgreSQL too when CANDOR_TEST_PG is set (tests/store/with_postgres.sh).
#include "store/postgres_database.h"

#include <gmock/gmock.h>

#include <thread>

#include "store/migrations.h"
#include "store/store_fixture.h"
#include "store/workspace_store.h"

namespace candor {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(PostgresPlaceholders, AreNumberedInOrder) {
  EXPECT_EQ(postgres_placeholders("SELECT a FROM t WHERE b = ? AND c IN (?, ?)"),
            "SELECT a FROM t WHERE b = $1 AND c IN ($2, $3)");
}

TEST(PostgresPlaceholders, InsideLiteralsIdentifiersAndCommentsStay) {
  EXPECT_EQ(postgres_placeholders("SELECT '?', 'it''s ?', \"col?\" -- why?\n, ? /* ? */ , ?"),
            "SELECT '?', 'it''s ?', \"col?\" -- why?\n, $1 /* ? */ , $2");
}

TEST(PostgresUrl, PasswordsAreNotShown) {
  EXPECT_EQ(redact_database_url("postgresql://candor:s3cret@db.example:5432/candor"),
            "postgresql://candor@db.example:5432/candor");
  EXPECT_EQ(redact_database_url("postgresql://db/candor?password=s3cret&sslmode=require"),
            "postgresql://db/candor?password=...&sslmode=require");
}

TEST(PostgresUrl, AnUnreachableServerIsRefusedClearly) {
  const auto opened = open_database("postgresql://nobody:pw@127.0.0.1:1/none?connect_timeout=2");
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.error().code(), ErrorCode::kIo);
  EXPECT_THAT(opened.error().to_string(), HasSubstr("cannot connect"));
  EXPECT_THAT(opened.error().to_string(), Not(HasSubstr("pw@")));
}

// The rest needs a server: they run only in store_tests_on_postgresql, which
// starts one and sets CANDOR_TEST_PG (the SQLite run filters them out).
class Postgres : public testing::StoreTest {
 protected:
  void SetUp() override {
    if (!testing::testing_on_postgres()) FAIL() << "set CANDOR_TEST_PG (tests/store/with_postgres.sh)";
    StoreTest::SetUp();
  }
};

TEST_F(Postgres, ValuesComeBackWithTheirTypes) {
  std::string all_bytes;
  for (int c = 0; c < 256; ++c) all_bytes += static_cast<char>(c);
  const Rows rows = *db_->query("SELECT ?::bigint, ?::double precision, ?::text, ?::bytea, ?::text, 1 = 1",
                                {std::int64_t{-9007199254740993}, 0.1, std::string("naïve '?' \"x\""),
                                 Bytes{all_bytes}, nullptr});
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].integer(0), -9007199254740993);
  EXPECT_EQ(rows[0].real(1), 0.1);  // exact: 17 significant digits each way
  EXPECT_EQ(rows[0].text(2), "naïve '?' \"x\"");
  EXPECT_EQ(rows[0].text(3), all_bytes);
  EXPECT_TRUE(rows[0].is_null(4));
  EXPECT_EQ(rows[0].integer(5), 1);
}

TEST_F(Postgres, SumsAndCountsAreIntegers) {
  const Rows rows = *db_->query("SELECT COUNT(*), SUM(version), MAX(version) FROM schema_migrations");
  EXPECT_EQ(rows[0].text(0), std::to_string(latest_schema_version()));
  EXPECT_EQ(rows[0].text(2), std::to_string(latest_schema_version()));
  EXPECT_EQ(rows[0].text(1), std::to_string(rows[0].integer(1)));  // numeric without a fraction
}

TEST_F(Postgres, NestedTransactionsJoinTheOuterOne) {
  const Status status = db_->transaction([&]() -> Status {
    CANDOR_TRY(create_workspace(*db_, "outer"));
    CANDOR_TRY(db_->transaction([&]() -> Status {
      CANDOR_TRY(create_workspace(*db_, "inner"));
      return {};
    }));
    return Error::invalid_input("refused after both");
  });
  EXPECT_FALSE(status.ok());
  EXPECT_TRUE(list_workspaces(*db_)->empty());
}

TEST_F(Postgres, AFailedStatementRollsTheTransactionBackAndTheConnectionStaysUsable) {
  ASSERT_TRUE(create_workspace(*db_, "acme").ok());
  const Status status = db_->transaction([&]() -> Status {
    CANDOR_TRY(create_workspace(*db_, "half"));
    return db_->execute("INSERT INTO workspaces (name, created_at, journal_head) VALUES ('acme', 'x', 'y')");
  });
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code(), ErrorCode::kConflict);
  EXPECT_EQ(list_workspaces(*db_)->size(), 1u);
  EXPECT_TRUE(create_workspace(*db_, "after").ok());
}

TEST_F(Postgres, TextSortsByteWiseLikeSqlite) {
  for (const char* name : {"b", "B", "a", "é", "A"}) ASSERT_TRUE(create_workspace(*db_, name).ok());
  std::vector<std::string> names;
  const auto workspaces = list_workspaces(*db_);
  for (const auto& workspace : *workspaces) names.push_back(workspace.name);
  EXPECT_THAT(names, ::testing::ElementsAre("A", "B", "a", "b", "é"));
}

TEST_F(Postgres, ConcurrentOpeningsOfAFreshDatabaseMigrateOnce) {
  testing::ScratchDatabase fresh(testing::current_test_name() + "_fresh");
  std::vector<std::thread> openers;
  std::vector<Status> results(4);
  for (std::size_t i = 0; i < results.size(); ++i) {
    openers.emplace_back([&, i] {
      auto opened = open_database(fresh.url());
      if (!opened.ok()) results[i] = opened.error();
    });
  }
  for (auto& opener : openers) opener.join();
  for (const Status& result : results) EXPECT_TRUE(result.ok()) << result.error().to_string();
  auto db = open_database(fresh.url());
  ASSERT_TRUE(db.ok());
  const Rows rows = *(*db)->query("SELECT COUNT(*), COUNT(DISTINCT version) FROM schema_migrations");
  EXPECT_EQ(rows[0].integer(0), latest_schema_version());
  EXPECT_EQ(rows[0].integer(1), latest_schema_version());
}

}  // namespace
}  // namespace candor
