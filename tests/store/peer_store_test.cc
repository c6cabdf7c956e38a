// Peer pools as stored: idempotent by content hash, a re-export replaces by
// token, filters by sector and size band, and every row stays in its
// workspace. Runs on SQLite and, under with_postgres.sh, on PostgreSQL.
#include "store/peer_store.h"

#include <gtest/gtest.h>

#include "store/store_fixture.h"
#include "store/workspace_store.h"

namespace candor {
namespace {

class PeerStoreTest : public testing::StoreTest {
 protected:
  PeerResult result(std::string token, std::string sector, int level) {
    PeerResult r;
    r.token = std::move(token);
    r.framework_key = "iso20000-1:2018";
    r.sector = std::move(sector);
    r.size_band = "50-249";
    r.year = 2026;
    r.confidence_percent = 60;
    r.levels = {{"8.6.1", level}, {"8.5.1", level + 1}};
    r.conformity_percent = {{"8", 10 * level}};
    return r;
  }
  Result<PeerPut> put(std::int64_t workspace, const PeerResult& r) {
    return put_peer_result(*db_, workspace, peer_result_hash(r), r, "2026-11-29T00:00:00Z");
  }
};

TEST_F(PeerStoreTest, TheSameResultTwiceCountsOnce) {
  const Workspace workspace = *create_workspace(*db_, "consultancy");
  EXPECT_EQ(*put(workspace.id, result("a", "finance", 2)), PeerPut::kAdded);
  EXPECT_EQ(*put(workspace.id, result("a", "finance", 2)), PeerPut::kUnchanged);
  EXPECT_EQ(*put(workspace.id, result("a", "finance", 3)), PeerPut::kReplaced);
  const PeerColumns columns = *load_peer_columns(*db_, workspace.id, "iso20000-1:2018", {});
  EXPECT_EQ(columns.peers, 1);
  EXPECT_EQ(columns.levels.at("8.6.1"), (std::vector<double>{3}));
  EXPECT_EQ(columns.conformity.at("8"), (std::vector<double>{30}));
}

TEST_F(PeerStoreTest, FiltersBySectorAndSizeBand) {
  const Workspace workspace = *create_workspace(*db_, "consultancy");
  ASSERT_TRUE(put(workspace.id, result("a", "finance", 1)).ok());
  ASSERT_TRUE(put(workspace.id, result("b", "finance", 2)).ok());
  ASSERT_TRUE(put(workspace.id, result("c", "retail", 3)).ok());
  EXPECT_EQ(load_peer_columns(*db_, workspace.id, "iso20000-1:2018", {"finance", ""})->peers, 2);
  EXPECT_EQ(load_peer_columns(*db_, workspace.id, "iso20000-1:2018", {"retail", "50-249"})->peers, 1);
  EXPECT_EQ(load_peer_columns(*db_, workspace.id, "iso20000-1:2018", {"", "1-9"})->peers, 0);
  EXPECT_EQ(load_peer_columns(*db_, workspace.id, "iso20000-1:2011", {})->peers, 0);
  const auto pools = *list_pools(*db_, workspace.id);
  ASSERT_EQ(pools.size(), 1u);
  EXPECT_EQ(pools[0].results, 3);
}

TEST_F(PeerStoreTest, PoolsStayInTheirWorkspace) {
  const Workspace mine = *create_workspace(*db_, "mine");
  const Workspace theirs = *create_workspace(*db_, "theirs");
  ASSERT_TRUE(put(mine.id, result("a", "finance", 1)).ok());
  EXPECT_EQ(*put(theirs.id, result("a", "finance", 1)), PeerPut::kAdded);  // not "unchanged": another workspace
  EXPECT_EQ(load_peer_columns(*db_, mine.id, "iso20000-1:2018", {})->peers, 1);
  EXPECT_TRUE(list_pools(*db_, create_workspace(*db_, "empty")->id)->empty());
}

TEST_F(PeerStoreTest, TheExportSaltIsMadeOnceAndKept) {
  const Workspace workspace = *create_workspace(*db_, "client");
  EXPECT_EQ(*export_salt(*db_, workspace.id, "first"), "first");
  EXPECT_EQ(*export_salt(*db_, workspace.id, "second"), "first");
}

}  // namespace
}  // namespace candor
