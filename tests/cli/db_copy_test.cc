// End to end: the demo workspace copied SQLite -> target -> SQLite with
// `candor db copy`, where the target is PostgreSQL when CANDOR_TEST_PG is set
// (ctest db_copy_on_postgresql) and another SQLite file otherwise. Results and
// journals must come out the same.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <unistd.h>

#include "cli/cli_runner.h"
#include "store/test_database.h"

namespace candor {
namespace {

using ::testing::HasSubstr;
using testing::run_candor;

class DbCopy : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string stem = testing::current_test_name() + "-" + std::to_string(::getpid());
    source_ = testing::temp_path(stem + "-a.db");
    back_ = testing::temp_path(stem + "-b.db");
    remove_files();
    target_.emplace(stem);
    const auto demo = run_candor("--db " + source_ + " demo");
    ASSERT_EQ(demo.exit_code, 0) << demo.out;
    assessment_ = demo.out.substr(0, demo.out.find('\n'));
  }
  void TearDown() override {
    target_.reset();
    remove_files();
  }
  void remove_files() {
    for (const auto& path : {source_, back_}) {
      for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
    }
  }
  // The database URL quoted for the shell.
  static std::string quoted(const std::string& url) { return "'" + url + "'"; }
  std::string results(const std::string& db) {
    const auto run = run_candor("--db " + quoted(db) + " results " + assessment_ + " --json");
    EXPECT_EQ(run.exit_code, 0) << run.out;
    return run.out;
  }
  testing::Run verify(const std::string& db) { return run_candor("--db " + quoted(db) + " journal verify", true); }

  std::string source_;
  std::string back_;
  std::optional<testing::ScratchDatabase> target_;
  std::string assessment_;
};

TEST_F(DbCopy, TheRoundTripKeepsResultsAndJournal) {
  const std::string target = target_->url();
  const auto there = run_candor("db copy --from sqlite:" + source_ + " --to " + quoted(target), true);
  ASSERT_EQ(there.exit_code, 0) << there.out;
  EXPECT_THAT(there.out, HasSubstr("copied workspace demo"));
  const auto back = run_candor("db copy --from " + quoted(target) + " --to sqlite:" + back_, true);
  ASSERT_EQ(back.exit_code, 0) << back.out;

  const std::string original = results(source_);
  EXPECT_EQ(results(target), original);
  EXPECT_EQ(results(back_), original);
  const auto head = verify(source_);
  ASSERT_EQ(head.exit_code, 0) << head.out;
  EXPECT_THAT(head.out, HasSubstr("journal intact"));
  EXPECT_EQ(verify(target).out, head.out);  // same entries, same head hash
  EXPECT_EQ(verify(back_).out, head.out);
}

TEST_F(DbCopy, ATargetThatHoldsTheWorkspaceIsRefused) {
  const std::string target = quoted(target_->url());
  ASSERT_EQ(run_candor("db copy --from " + source_ + " --to " + target).exit_code, 0);
  const auto again = run_candor("db copy --from " + source_ + " --to " + target + " --workspace demo", true);
  EXPECT_NE(again.exit_code, 0);
  EXPECT_THAT(again.out, HasSubstr("already holds a workspace named 'demo'"));
  EXPECT_EQ(verify(target_->url()).exit_code, 0);
}

TEST_F(DbCopy, AnUnknownWorkspaceIsRefused) {
  const auto run = run_candor("db copy --from " + source_ + " --to " + quoted(target_->url()) + " --workspace nope", true);
  EXPECT_EQ(run.exit_code, 3);
  EXPECT_THAT(run.out, HasSubstr("no workspace named 'nope'"));
}

}  // namespace
}  // namespace candor
