#include "core/evaluation.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/fixtures.h"

namespace candor {
namespace {

using ::testing::ElementsAre;
using testing::RecordBuilder;
using testing::small_framework;

const Date kRecent = Date::from_civil(2026, 6, 1);

const ProcessResult& process(const Results& results, const std::string& id) {
  for (const auto& item : results.processes) {
    if (item.node_id == id) return item;
  }
  throw std::runtime_error("no process " + id);
}

const ConformityResult& conformity(const Results& results, const std::string& id) {
  for (const auto& item : results.conformity) {
    if (item.node_id == id) return item;
  }
  throw std::runtime_error("no node " + id);
}

RecordBuilder with_evidence() {
  RecordBuilder builder;
  builder.evidence(1, EvidenceKind::kDocument, kRecent);
  return builder;
}

TEST(Evaluate, AProcessWithoutRatingsIsNotAssessedRatherThanLevelZero) {
  const Results results = evaluate(small_framework(), with_evidence().build());
  EXPECT_FALSE(process(results, "1.1").evidenced_level.has_value());
  EXPECT_EQ(process(results, "1.1").limited_by, "no process attribute has a verified rating");
}

TEST(Evaluate, PromiseGapIsClaimedMinusEvidencedWithTheJudgementsInTheWay) {
  auto builder = with_evidence();
  builder.claim("1.1", 3)
      .judge("alice", "1.1", "PA1.1", "F")   // id 102
      .judge("alice", "1.1", "PA2.1", "P")   // id 103
      .judge("alice", "1.1", "PA2.2", "L");  // id 104
  const Results results = evaluate(small_framework(), builder.build());
  const ProcessResult& result = process(results, "1.1");
  EXPECT_EQ(result.claimed_level, 3);
  EXPECT_EQ(result.evidenced_level, 1);
  EXPECT_EQ(result.promise_gap, 2);
  // PA2.1 (P) blocks level 2; for level 3 PA2.1 and PA2.2 would need F.
  EXPECT_THAT(result.gap_judgements, ElementsAre(103, 104));
}

TEST(Evaluate, ProvisionalJudgementsNeverCount) {
  auto builder = with_evidence();
  builder.judge("alice", "1.1", "PA1.1", "F", {}, Basis::kProvisional);
  const Results results = evaluate(small_framework(), builder.build());
  const ProcessResult& result = process(results, "1.1");
  EXPECT_FALSE(result.evidenced_level.has_value());
  EXPECT_EQ(result.attributes[0].status, ItemStatus::kProvisionalOnly);
}

TEST(Evaluate, DisagreementUsesTheMostCautiousRatingAndIsListed) {
  auto builder = with_evidence();
  builder.judge("alice", "1.1", "PA1.1", "F").judge("bob", "1.1", "PA1.1", "P");
  const Results results = evaluate(small_framework(), builder.build());
  EXPECT_EQ(process(results, "1.1").evidenced_level, 0);
  EXPECT_EQ(process(results, "1.1").attributes[0].status, ItemStatus::kDisputed);
  ASSERT_EQ(results.disagreements.size(), 1u);
  EXPECT_THAT(results.disagreements[0].ratings, ElementsAre("F", "P"));
  EXPECT_THAT(results.disagreements[0].assessors, ElementsAre("alice", "bob"));
}

TEST(Evaluate, TheLeadsReconciliationSettlesADisagreement) {
  auto builder = with_evidence();
  builder.judge("alice", "1.1", "PA1.1", "F")
      .judge("bob", "1.1", "PA1.1", "P")
      .judge("lead", "1.1", "PA1.1", "L", {1}, Basis::kVerified, true);
  const Results results = evaluate(small_framework(), builder.build());
  EXPECT_EQ(process(results, "1.1").evidenced_level, 1);
  EXPECT_EQ(process(results, "1.1").attributes[0].status, ItemStatus::kReconciled);
  EXPECT_TRUE(results.disagreements.empty());
}

TEST(Evaluate, AnAssessorsLaterJudgementReplacesTheirEarlierOne) {
  auto builder = with_evidence();
  builder.judge("alice", "1.1", "PA1.1", "P").judge("alice", "1.1", "PA1.1", "F");
  EXPECT_EQ(process(evaluate(small_framework(), builder.build()), "1.1").evidenced_level, 1);
}

TEST(Evaluate, ConformityRollsUpTheWorstChild) {
  auto builder = with_evidence();
  builder.judge("alice", "1.3.1", "", "conforming").judge("alice", "1.3.2", "", "minor");
  const Results results = evaluate(small_framework(), builder.build());
  const ConformityResult& result = conformity(results, "1.3");
  EXPECT_TRUE(result.rolled_up);
  EXPECT_EQ(result.evidenced, "minor");
}

TEST(Evaluate, ARollUpStaysNotAssessedWhileAChildIsNotAssessed) {
  auto builder = with_evidence();
  builder.judge("alice", "1.3.1", "", "conforming");
  EXPECT_EQ(conformity(evaluate(small_framework(), builder.build()), "1.3").evidenced, "");
}

TEST(Readiness, IsReadyOnlyWhenEveryMandatoryNodeConformsOrIsNotApplicable) {
  auto builder = with_evidence();
  for (const char* node : {"1.1", "1.2", "1.3.1"}) builder.judge("alice", node, "", "conforming");
  builder.judge("alice", "1.3.2", "", "not-applicable");
  const Readiness readiness = evaluate(small_framework(), builder.build()).readiness;
  EXPECT_TRUE(readiness.ready);
  EXPECT_EQ(readiness.conforming, 3);
  EXPECT_EQ(readiness.not_applicable, 1);
}

TEST(Readiness, ListsMajorBeforeMinorAndKeepsNotAssessedApart) {
  auto builder = with_evidence();
  builder.judge("alice", "1.1", "", "minor").judge("alice", "1.2", "", "major");
  const Readiness readiness = evaluate(small_framework(), builder.build()).readiness;
  EXPECT_FALSE(readiness.ready);
  ASSERT_EQ(readiness.blockers.size(), 2u);
  EXPECT_EQ(readiness.blockers[0].node_id, "1.2");
  EXPECT_EQ(readiness.blockers[0].reason, "major");
  EXPECT_EQ(readiness.blockers[1].reason, "minor");
  EXPECT_THAT(readiness.not_assessed, ElementsAre("1.3.1", "1.3.2"));
}

TEST(Readiness, IsNotReadyWhenNothingIsAssessed) {
  const Readiness readiness = evaluate(small_framework(), with_evidence().build()).readiness;
  EXPECT_FALSE(readiness.ready);
  EXPECT_EQ(readiness.not_assessed.size(), 4u);
}

TEST(Readiness, ADisputedItemBlocksEvenWhenItsCautiousRatingConforms) {
  auto builder = with_evidence();
  for (const char* node : {"1.1", "1.2", "1.3.1"}) builder.judge("alice", node, "", "conforming");
  builder.judge("alice", "1.3.2", "", "not-applicable").judge("bob", "1.3.2", "", "conforming");
  const Readiness readiness = evaluate(small_framework(), builder.build()).readiness;
  EXPECT_FALSE(readiness.ready);
  ASSERT_EQ(readiness.blockers.size(), 1u);
  EXPECT_EQ(readiness.blockers[0].reason, "disputed");
}

TEST(Readiness, ADisputedMinorIsReportedAsDisputedLikeOnTheHeatMap) {
  auto builder = with_evidence();
  builder.judge("alice", "1.1", "", "conforming").judge("bob", "1.1", "", "minor");
  const Results results = evaluate(small_framework(), builder.build());
  ASSERT_FALSE(results.readiness.blockers.empty());
  EXPECT_EQ(results.readiness.blockers[0].reason, "disputed");
  EXPECT_EQ(results.clauses[0].disputed, 1);
  EXPECT_EQ(results.clauses[0].minor, 0);
}

TEST(Readiness, RecommendedNodesDoNotBlock) {
  Framework framework = small_framework();
  for (auto& node : framework.nodes) node.obligation = Obligation::kRecommended;
  framework.nodes[1].obligation = Obligation::kMandatory;
  framework.index();
  auto builder = with_evidence();
  builder.judge("alice", "1.1", "", "conforming").judge("alice", "1.2", "", "major");
  EXPECT_TRUE(evaluate(framework, builder.build()).readiness.ready);
}

TEST(Confidence, CountsCoverageFreshnessAndDiversity) {
  RecordBuilder builder;
  builder.evidence(1, EvidenceKind::kDocument, kRecent)
      .evidence(2, EvidenceKind::kInterview, Date::from_civil(2025, 6, 1))   // 17 months old
      .evidence(3, EvidenceKind::kRecord, Date::from_civil(2023, 1, 1));     // older than 2 windows
  builder.judge("alice", "1.1", "PA1.1", "F", {1, 2, 3});
  // Target level 3: items are PA1.1..PA3.2 (5) plus conformity = 6; 1 verified.
  const Confidence confidence = process(evaluate(small_framework(), builder.build()), "1.1").confidence;
  EXPECT_EQ(confidence.items, 6);
  EXPECT_EQ(confidence.verified_items, 1);
  EXPECT_DOUBLE_EQ(confidence.coverage, 1.0 / 6);
  EXPECT_DOUBLE_EQ(confidence.freshness, (1 + 0.5 + 0.25) / 3);
  EXPECT_DOUBLE_EQ(confidence.diversity, 1.0);
  EXPECT_DOUBLE_EQ(confidence.score, (1.0 / 6) * (0.5 + 0.3 * (1.75 / 3) + 0.2));
  EXPECT_EQ(confidence.band, "low");
}

TEST(Confidence, IsZeroWithoutVerifiedJudgements) {
  const Confidence confidence =
      conformity(evaluate(small_framework(), with_evidence().build()), "1.3.1").confidence;
  EXPECT_EQ(confidence.score, 0);
  EXPECT_EQ(confidence.band, "low");
}

TEST(ClauseSummary, CountsLeavesOnceEach) {
  auto builder = with_evidence();
  builder.judge("alice", "1.1", "", "conforming").judge("alice", "1.3.1", "", "major");
  const Results results = evaluate(small_framework(), builder.build());
  ASSERT_EQ(results.clauses.size(), 1u);
  EXPECT_EQ(results.clauses[0].conforming, 1);
  EXPECT_EQ(results.clauses[0].major, 1);
  EXPECT_EQ(results.clauses[0].not_assessed, 2);  // 1.2 and 1.3.2; 1.3 is not a leaf
}

}  // namespace
}  // namespace candor
