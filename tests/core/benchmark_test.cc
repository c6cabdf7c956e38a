// Peer statistics and comparison on hand-worked cases (docs/benchmark.md).
#include "core/benchmark.h"

#include <gtest/gtest.h>

#include "core/fixtures.h"

namespace candor {
namespace {

TEST(Quantile, InterpolatesBetweenOrderStatisticsLikePandas) {
  // h = (n - 1) p over 1 2 3 4: q1 at h = 0.75, median at 1.5, q3 at 2.25.
  const Quartiles q = quartiles_of_sorted({1, 2, 3, 4});
  EXPECT_DOUBLE_EQ(q.q1, 1.75);
  EXPECT_DOUBLE_EQ(q.median, 2.5);
  EXPECT_DOUBLE_EQ(q.q3, 3.25);
}

TEST(Quantile, OddCountHitsTheMiddleValue) {
  const Quartiles q = quartiles_of_sorted({0, 1, 2, 3, 5});
  EXPECT_DOUBLE_EQ(q.q1, 1);
  EXPECT_DOUBLE_EQ(q.median, 2);
  EXPECT_DOUBLE_EQ(q.q3, 3);
}

TEST(Quantile, TiesGiveTheTiedValue) {
  const Quartiles q = quartiles_of_sorted({2, 2, 2, 2, 2});
  EXPECT_DOUBLE_EQ(q.q1, 2);
  EXPECT_DOUBLE_EQ(q.median, 2);
  EXPECT_DOUBLE_EQ(q.q3, 2);
}

TEST(Quantile, SingleValueIsEveryQuartile) {
  EXPECT_DOUBLE_EQ(quantile_of_sorted({3}, 0.25), 3);
  EXPECT_DOUBLE_EQ(quantile_of_sorted({3}, 1), 3);
}

TEST(PercentileRank, TiesCountHalf) {
  // Below 2: one peer (1); equal: two. 100 (1 + 2/2) / 5 = 40.
  EXPECT_DOUBLE_EQ(percentile_rank_of_sorted({1, 2, 2, 3, 4}, 2), 40);
}

TEST(PercentileRank, EveryPeerTiedIsTheFiftiethPercentile) {
  EXPECT_DOUBLE_EQ(percentile_rank_of_sorted({2, 2, 2, 2, 2}, 2), 50);
}

TEST(PercentileRank, AboveAndBelowEveryPeer) {
  EXPECT_DOUBLE_EQ(percentile_rank_of_sorted({1, 2, 3}, 5), 100);
  EXPECT_DOUBLE_EQ(percentile_rank_of_sorted({1, 2, 3}, 0), 0);
}

TEST(PercentileRank, ValueBetweenPeers) {
  // Two of four below 2.5, none equal: 50.
  EXPECT_DOUBLE_EQ(percentile_rank_of_sorted({1, 2, 3, 4}, 2.5), 50);
}

TEST(Suppression, KMinusOnePeersShowNothing) {
  std::vector<double> peers = {1, 2, 3, 4};
  const PeerStatistics statistics = peer_statistics(peers, 2.0, 5);
  EXPECT_TRUE(statistics.suppressed);
  EXPECT_EQ(statistics.peers, 4);
  EXPECT_FALSE(statistics.quartiles);
  EXPECT_FALSE(statistics.percentile);
}

TEST(Suppression, KPeersShowQuartilesAndPercentile) {
  std::vector<double> peers = {4, 2, 3, 2, 1};
  const PeerStatistics statistics = peer_statistics(peers, 2.0, 5);
  EXPECT_FALSE(statistics.suppressed);
  ASSERT_TRUE(statistics.quartiles);
  EXPECT_DOUBLE_EQ(statistics.quartiles->q1, 2);
  EXPECT_DOUBLE_EQ(statistics.quartiles->median, 2);
  EXPECT_DOUBLE_EQ(statistics.quartiles->q3, 3);
  EXPECT_DOUBLE_EQ(*statistics.percentile, 40);
}

TEST(Suppression, NoPeersAtAllIsSuppressed) {
  std::vector<double> peers;
  EXPECT_TRUE(peer_statistics(peers, 1.0, 5).suppressed);
}

TEST(SizeBand, BoundariesFallIntoTheUpperBand) {
  EXPECT_EQ(size_band(1), "1-9");
  EXPECT_EQ(size_band(9), "1-9");
  EXPECT_EQ(size_band(10), "10-49");
  EXPECT_EQ(size_band(249), "50-249");
  EXPECT_EQ(size_band(250), "250-999");
  EXPECT_EQ(size_band(4999), "1000-4999");
  EXPECT_EQ(size_band(5000), "5000+");
  EXPECT_EQ(size_band(std::nullopt), "unknown");
  EXPECT_EQ(size_band(0), "unknown");
  EXPECT_TRUE(is_size_band("50-249"));
  EXPECT_FALSE(is_size_band("50-250"));
}

TEST(Sector, NormalisedToOneToken) {
  EXPECT_EQ(*normalise_sector("Public  Sector"), "public-sector");
  EXPECT_EQ(*normalise_sector(" finance "), "finance");
  EXPECT_EQ(*normalise_sector(""), "unspecified");
}

TEST(Sector, FreeTextIsRefused) {
  EXPECT_FALSE(normalise_sector("Northwind's sector").ok());
  EXPECT_FALSE(normalise_sector(std::string(41, 'a')).ok());
}

PeerResult peer(std::string sector, std::map<std::string, int> levels, std::string band = "50-249") {
  PeerResult result;
  result.token = "t-" + sector + std::to_string(levels.size());
  result.framework_key = "small:1";
  result.sector = std::move(sector);
  result.size_band = std::move(band);
  result.year = 2025;
  result.levels = std::move(levels);
  return result;
}

TEST(PeerResultHash, ChangesWithEveryField) {
  const PeerResult base = peer("finance", {{"1.1", 2}});
  const std::string hash = peer_result_hash(base);
  EXPECT_EQ(hash, peer_result_hash(base));
  PeerResult changed = base;
  changed.year = 2024;
  EXPECT_NE(hash, peer_result_hash(changed));
  changed = base;
  changed.levels["1.1"] = 3;
  EXPECT_NE(hash, peer_result_hash(changed));
  changed = base;
  changed.conformity_percent["1"] = 50;
  EXPECT_NE(hash, peer_result_hash(changed));
}

TEST(PeerFilter, SectorAndBand) {
  const PeerResult result = peer("finance", {});
  EXPECT_TRUE(PeerFilter{}.matches(result));
  EXPECT_TRUE((PeerFilter{"finance", ""}.matches(result)));
  EXPECT_FALSE((PeerFilter{"retail", ""}.matches(result)));
  EXPECT_FALSE((PeerFilter{"finance", "1-9"}.matches(result)));
}

TEST(EncodedScores, RoundTripAndColumns) {
  const std::map<std::string, int> scores = {{"8.1", 2}, {"8.2", 0}};
  EXPECT_EQ(encode_scores(scores), "8.1=2;8.2=0");
  EXPECT_EQ(*decode_scores("8.1=2;8.2=0"), scores);
  EXPECT_FALSE(decode_scores("8.1=x").ok());
  std::map<std::string, std::vector<double>, std::less<>> columns;
  ASSERT_TRUE(add_encoded_scores("8.1=2;8.2=0", columns).ok());
  ASSERT_TRUE(add_encoded_scores("8.1=3", columns).ok());
  EXPECT_EQ(columns["8.1"], (std::vector<double>{2, 3}));
  EXPECT_EQ(columns["8.2"], (std::vector<double>{0}));
}

TEST(ConformityPercent, FloorsAndIgnoresNotApplicable) {
  ClauseSummary clause;
  clause.conforming = 2;
  clause.minor = 1;
  clause.not_applicable = 4;
  EXPECT_EQ(conformity_percent(clause), 66);  // 2/3 floored, never rounded up
  EXPECT_FALSE(conformity_percent(ClauseSummary{}));
}

Results subject_results(std::optional<int> level_11, std::optional<int> claimed_11) {
  Results results;
  ProcessResult p11;
  p11.node_id = "1.1";
  p11.evidenced_level = level_11;
  p11.claimed_level = claimed_11;
  ProcessResult p12;
  p12.node_id = "1.2";
  results.processes = {p11, p12};
  ClauseSummary clause;
  clause.node_id = "1";
  clause.conforming = 1;
  clause.major = 1;
  results.clauses = {clause};
  return results;
}

PeerColumns pool_of(const std::vector<PeerResult>& peers, const PeerFilter& filter = {}) {
  PeerColumns columns;
  for (const auto& p : peers) {
    if (filter.matches(p)) columns.add(p);
  }
  return columns;
}

std::vector<PeerResult> five_finance_peers() {
  std::vector<PeerResult> peers;
  for (int level : {1, 2, 2, 3, 4}) {
    PeerResult p = peer("finance", {{"1.1", level}});
    p.conformity_percent["1"] = level * 20;
    peers.push_back(p);
  }
  return peers;
}

TEST(CompareWithPeers, UsesTheEvidencedLevelNeverTheClaim) {
  const Framework framework = testing::small_framework();
  PeerColumns columns = pool_of(five_finance_peers());
  const auto comparison =
      compare_with_peers(framework, subject_results(2, 5), columns, {"small:1", {}, 5});
  ASSERT_TRUE(comparison.ok()) << comparison.error().to_string();
  ASSERT_EQ(comparison->processes.size(), 2u);
  const ItemComparison& p11 = comparison->processes[0];
  EXPECT_EQ(*p11.subject, 2);
  EXPECT_DOUBLE_EQ(*p11.statistics.percentile, 40);
  EXPECT_DOUBLE_EQ(p11.statistics.quartiles->median, 2);
  // 1.2: nobody in the pool has it.
  EXPECT_TRUE(comparison->processes[1].statistics.suppressed);
  EXPECT_EQ(comparison->overall.compared, 1);
  EXPECT_EQ(comparison->overall.at_median, 1);
  EXPECT_DOUBLE_EQ(*comparison->overall.mean_percentile, 40);
  // Clause 1: the subject conforms in 1 of 2 = 50 %; peers 20 40 40 60 80.
  ASSERT_EQ(comparison->clauses.size(), 1u);
  EXPECT_EQ(*comparison->clauses[0].subject, 50);
  EXPECT_DOUBLE_EQ(*comparison->clauses[0].statistics.percentile, 60);
}

TEST(CompareWithPeers, NotAssessedSubjectGetsQuartilesButNoPercentile) {
  const Framework framework = testing::small_framework();
  PeerColumns columns = pool_of(five_finance_peers());
  const auto comparison = compare_with_peers(framework, subject_results(std::nullopt, 3), columns, {"small:1", {}, 5});
  ASSERT_TRUE(comparison.ok());
  EXPECT_TRUE(comparison->processes[0].statistics.quartiles);
  EXPECT_FALSE(comparison->processes[0].statistics.percentile);
  EXPECT_EQ(comparison->overall.compared, 0);
  EXPECT_FALSE(comparison->overall.mean_percentile);
}

TEST(CompareWithPeers, AnEmptySectorSuppressesEverything) {
  const Framework framework = testing::small_framework();
  const PeerFilter retail{"retail", ""};
  PeerColumns columns = pool_of(five_finance_peers(), retail);
  const auto comparison = compare_with_peers(framework, subject_results(2, 2), columns, {"small:1", retail, 5});
  ASSERT_TRUE(comparison.ok());
  EXPECT_EQ(comparison->pool_peers, 0);
  for (const auto& item : comparison->processes) EXPECT_TRUE(item.statistics.suppressed);
  for (const auto& item : comparison->clauses) EXPECT_TRUE(item.statistics.suppressed);
}

TEST(CompareWithPeers, KMinusOnePeersInTheSectorAreSuppressed) {
  const Framework framework = testing::small_framework();
  auto peers = five_finance_peers();
  peers.back().sector = "retail";
  PeerColumns columns = pool_of(peers, {"finance", ""});
  const auto comparison = compare_with_peers(framework, subject_results(2, 2), columns, {"small:1", {"finance", ""}, 5});
  ASSERT_TRUE(comparison.ok());
  EXPECT_EQ(comparison->processes[0].statistics.peers, 4);
  EXPECT_TRUE(comparison->processes[0].statistics.suppressed);
}

TEST(CompareWithPeers, KBelowThreeIsRefused) {
  const Framework framework = testing::small_framework();
  PeerColumns columns = pool_of(five_finance_peers());
  EXPECT_FALSE(compare_with_peers(framework, subject_results(2, 2), columns, {"small:1", {}, 2}).ok());
}

Framework mapped_framework() {
  Framework framework = testing::small_framework();
  framework.mapping_targets = {{"small:0", "The earlier version"}};
  framework.nodes[1].mappings["small:0"] = {"A"};       // 1.1 -> A
  framework.nodes[2].mappings["small:0"] = {"B", "C"};  // 1.2 -> two items
  framework.nodes[0].mappings["small:0"] = {};          // clause 1: new
  framework.index();
  return framework;
}

TEST(MapItems, OneToOneMapsEverythingElseIsListed) {
  const Framework framework = mapped_framework();
  const auto mappings = map_items(framework, framework.processes(), "small:0");
  ASSERT_TRUE(mappings.ok());
  EXPECT_EQ((*mappings)[0].pool_item, "A");
  EXPECT_EQ((*mappings)[1].pool_item, "");
  EXPECT_NE((*mappings)[1].reason.find("several"), std::string::npos);
}

TEST(MapItems, UndeclaredTargetIsRefused) {
  const Framework framework = testing::small_framework();
  EXPECT_FALSE(map_items(framework, framework.processes(), "other:1").ok());
}

TEST(CompareWithPeers, AcrossVersionsThroughTheMapping) {
  const Framework framework = mapped_framework();
  std::vector<PeerResult> peers;
  for (int level : {1, 1, 3, 3, 3}) peers.push_back(peer("x", {{"A", level}, {"B", 5}}));
  PeerColumns columns = pool_of(peers);
  const auto comparison = compare_with_peers(framework, subject_results(3, 3), columns, {"small:0", {}, 5});
  ASSERT_TRUE(comparison.ok()) << comparison.error().to_string();
  ASSERT_EQ(comparison->processes.size(), 1u);
  EXPECT_EQ(comparison->processes[0].pool_item, "A");
  EXPECT_DOUBLE_EQ(*comparison->processes[0].statistics.percentile, 70);  // (2 + 3/2) / 5
  ASSERT_EQ(comparison->unmapped.size(), 2u);
  EXPECT_EQ(comparison->unmapped[0].node_id, "1.2");
  EXPECT_EQ(comparison->unmapped[1].node_id, "1");
}

}  // namespace
}  // namespace candor
