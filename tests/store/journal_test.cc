#include "store/journal.h"

#include <gmock/gmock.h>

#include "store/store_fixture.h"
#include "store/workspace_store.h"

namespace candor {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

class JournalTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    workspace_ = create_workspace(*db_, "acme")->id;
    for (int i = 1; i <= 5; ++i) {
      ASSERT_TRUE(db_->transaction([&] {
                       return append_journal(*db_, workspace_, "alice",
                                             {"judgement.add", "judgement", std::to_string(i), "",
                                              "{\"rating\":\"L\"}"});
                     }).ok());
    }
    // Someone with raw access to the file can drop the append-only triggers;
    // these tests play that person.
    ASSERT_TRUE(db_->execute_script(on_postgres() ? "DROP TRIGGER journal_no_change ON journal"
                                                   : "DROP TRIGGER journal_no_update; DROP TRIGGER journal_no_delete;")
                    .ok());
  }
  std::vector<std::string> problems() { return verify_journal(*db_, workspace_)->problems; }

  std::int64_t workspace_ = 0;
};

TEST_F(JournalTest, AnUntouchedJournalVerifies) {
  const JournalCheck check = *verify_journal(*db_, workspace_);
  EXPECT_TRUE(check.intact());
  EXPECT_EQ(check.entries, 5);
  EXPECT_EQ(check.head.size(), 64u);
}

TEST_F(JournalTest, EntriesChainToTheirPredecessor) {
  const auto entries = *read_journal(*db_, workspace_);
  ASSERT_EQ(entries.size(), 5u);
  EXPECT_EQ(entries[0].prev_hash, kGenesisHash);
  EXPECT_EQ(entries[3].prev_hash, entries[2].hash);
}

TEST_F(JournalTest, AnEditedEntryIsNamed) {
  ASSERT_TRUE(db_->execute("UPDATE journal SET after_state = '{\"rating\":\"F\"}' WHERE seq = 3").ok());
  EXPECT_THAT(problems(), ElementsAre(HasSubstr("entry 3 was edited")));
}

TEST_F(JournalTest, ADeletedEntryIsNamed) {
  ASSERT_TRUE(db_->execute("DELETE FROM journal WHERE seq = 2").ok());
  EXPECT_THAT(problems(), ElementsAre("entry 2 is missing (deleted)"));
}

TEST_F(JournalTest, DeletingTheLastEntriesIsDetectedThroughTheHead) {
  ASSERT_TRUE(db_->execute("DELETE FROM journal WHERE seq >= 4").ok());
  EXPECT_THAT(problems(), ElementsAre("entries 4 to 5 are missing (deleted from the end)"));
}

TEST_F(JournalTest, ReorderedEntriesAreNamed) {
  ASSERT_TRUE(db_->execute_script("UPDATE journal SET seq = 100 WHERE seq = 2;"
                                  "UPDATE journal SET seq = 2 WHERE seq = 3;"
                                  "UPDATE journal SET seq = 3 WHERE seq = 100;").ok());
  EXPECT_THAT(problems(), ElementsAre("entry 2 was reordered: it was written as entry 3",
                                      "entry 3 was reordered: it was written as entry 2"));
}

TEST_F(JournalTest, TheAppendOnlyTriggersRefuseChangesThroughCandor) {
  testing::ScratchDatabase other(testing::current_test_name() + "_2");
  auto db = open_database(other.url());
  ASSERT_TRUE(db.ok());
  const auto ws = create_workspace(**db, "x")->id;
  ASSERT_TRUE(append_journal(**db, ws, "a", {"x", "y", "1", "", ""}).ok());
  const Status refused = (*db)->execute("DELETE FROM journal");
  EXPECT_FALSE(refused.ok());
  EXPECT_THAT(refused.error().message(), HasSubstr("append-only"));
}

}  // namespace
}  // namespace candor
