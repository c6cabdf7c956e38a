#include "report/anchors.h"

#include <gtest/gtest.h>

namespace candor {
namespace {

TEST(Anchors, KeepPlainNodeIdsReadable) {
  EXPECT_EQ(anchors::node("8.6.1"), "node-8.6.1");
  EXPECT_EQ(anchors::process("PA_2-1"), "process-PA_2-1");
  EXPECT_EQ(anchors::judgement(12), "judgement-12");
  EXPECT_EQ(anchors::evidence(7), "evidence-7");
}

TEST(Anchors, ReplaceCharactersThatCouldBreakOutOfAnAttribute) {
  EXPECT_EQ(anchors::node("a b\"c<d>#e"), "node-a_b_c_d__e");
}

}  // namespace
}  // namespace candor
