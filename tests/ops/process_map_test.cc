#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <filesystem>

#include "ops/process_map.h"

namespace candor::ops {
namespace {

std::string write_temp(const std::string& name, const std::string& text) {
  const std::string path = std::filesystem::temp_directory_path() / (name + std::to_string(getpid()) + ".csv");
  std::FILE* file = std::fopen(path.c_str(), "w");
  std::fwrite(text.data(), 1, text.size(), file);
  std::fclose(file);
  return path;
}

const ProcessEdge* edge(const ProcessMap& map, const std::string& from, const std::string& to) {
  for (const auto& e : map.edges) {
    if (map.nodes[e.from].name == from && map.nodes[e.to].name == to) return &e;
  }
  return nullptr;
}

// INC1: New -> Active (entered 9:00, updated 10:00) -> Resolved at 12:00;
// INC2: New -> Resolved (4 h). Rows are out of order in the file.
TEST(ProcessMap, DirectlyFollowsWithCountsAndMedianTimes) {
  const std::string path = write_temp("ops-map-",
      "number,incident_state,sys_mod_count,sys_updated_at\n"
      "INC1,Resolved,3,1/3/2016 12:00\n"
      "INC1,New,0,1/3/2016 08:00\n"
      "INC2,New,0,1/3/2016 08:00\n"
      "INC1,Active,1,1/3/2016 09:00\n"
      "INC1,Active,2,1/3/2016 10:00\n"
      "INC2,Resolved,1,1/3/2016 12:00\n");
  AnalysisRequest request;
  request.file = path;
  const auto map = build_process_map(request);
  ASSERT_TRUE(map.ok()) << map.error().to_string();
  EXPECT_EQ(map->cases, 2u);
  EXPECT_EQ(map->nodes.front().name, kStartNode);
  EXPECT_EQ(map->nodes.back().name, kEndNode);
  ASSERT_NE(edge(*map, kStartNode, "New"), nullptr);
  EXPECT_EQ(edge(*map, kStartNode, "New")->count, 2u);
  ASSERT_NE(edge(*map, "New", "Active"), nullptr);
  EXPECT_DOUBLE_EQ(edge(*map, "New", "Active")->median_hours, 1.0);
  ASSERT_NE(edge(*map, "Active", "Resolved"), nullptr);
  EXPECT_DOUBLE_EQ(edge(*map, "Active", "Resolved")->median_hours, 3.0);  // from entering Active
  ASSERT_NE(edge(*map, "New", "Resolved"), nullptr);
  EXPECT_DOUBLE_EQ(edge(*map, "New", "Resolved")->median_hours, 4.0);
  EXPECT_EQ(edge(*map, "Resolved", kEndNode)->count, 2u);
  EXPECT_EQ(edge(*map, "Active", "Active"), nullptr);  // unchanged state is not a transition
  const std::string svg = process_map_svg(*map, "test");
  EXPECT_EQ(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0), 0u);
  EXPECT_NE(svg.find("New → Active: 1 times, median 1 h"), std::string::npos);
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace candor::ops
