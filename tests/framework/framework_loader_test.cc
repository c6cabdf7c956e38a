#include "framework/framework_loader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace candor {
namespace {

using ::testing::HasSubstr;

// A small but complete framework; tests break one thing at a time.
const char* const kValid = R"(id: mini
version: "1"
title: Mini framework
defaults: {scale: conformity, attribute_set: pa}
scales:
  - id: conformity
    kind: conformity
    levels:
      - {id: conforming}
      - {id: minor}
      - {id: major}
      - {id: not-applicable, requires_justification: true}
  - id: nplf
    kind: achievement
    levels:
      - {id: N, min: 0, max: 15}
      - {id: P, min: 15, max: 50}
      - {id: L, min: 50, max: 85}
      - {id: F, min: 85, max: 100}
attribute_sets:
  - id: pa
    scale: nplf
    levels:
      - level: 1
        attributes: [{id: PA1.1, title: Performance}]
      - level: 2
        attributes: [{id: PA2.1, title: Management}, {id: PA2.2, title: Work products}]
mappings:
  - {id: itil4, title: ITIL 4}
nodes:
  - id: "1"
    title: Operation
    kind: group
    children:
      - {id: "1.1", title: Incidents, kind: process, mappings: {itil4: [Incident management]}}
      - {id: "1.2", title: Changes, kind: process}
      - {id: "1.3", title: Policy}
dependencies:
  - {before: "1.1", after: "1.2", reason: order}
views:
  - id: groups
    groups:
      - {id: resolution, nodes: ["1.1"]}
)";

std::string replace(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << "fixture lacks: " << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

std::string problems_of(const std::string& yaml) {
  auto loaded = load_framework(yaml, "f.yaml");
  return loaded.ok() ? std::string("(loaded)") : loaded.error().to_string();
}

TEST(FrameworkLoader, LoadsAValidFramework) {
  auto framework = load_framework(kValid, "f.yaml");
  ASSERT_TRUE(framework.ok()) << framework.error().to_string();
  EXPECT_EQ(framework->key(), "mini:1");
  ASSERT_NE(framework->find("1.1"), nullptr);
  EXPECT_EQ(framework->find("1.1")->kind, NodeKind::kProcess);
  EXPECT_EQ(framework->find("1.1")->parent, "1");
  EXPECT_EQ(framework->find("1.1")->mappings.at("itil4").front(), "Incident management");
  EXPECT_EQ(framework->find("1.3")->scale, "conformity");
  EXPECT_EQ(framework->processes().size(), 2u);
  EXPECT_EQ(framework->find_attribute_set("pa")->max_level(), 2);
}

TEST(FrameworkLoader, ReportsYamlSyntaxErrorsWithLineAndColumn) {
  EXPECT_THAT(problems_of("id: [unclosed\n"), HasSubstr("f.yaml:"));
  EXPECT_THAT(problems_of("id: [unclosed\n"), HasSubstr("YAML syntax error"));
}

TEST(FrameworkLoader, ReportsDuplicateNodeIdsWithBothPlaces) {
  const auto text = problems_of(replace(kValid, "id: \"1.3\"", "id: \"1.2\""));
  EXPECT_THAT(text, HasSubstr("f.yaml:37:9: duplicate node id '1.2' (first defined at f.yaml:36:9)"));
}

TEST(FrameworkLoader, ReportsUnknownNodeReferences) {
  const auto text = problems_of(replace(kValid, "after: \"1.2\"", "after: \"9.9\""));
  EXPECT_THAT(text, HasSubstr("f.yaml:39:5: dependency names unknown node '9.9'"));
}

TEST(FrameworkLoader, ReportsUnknownScales) {
  const auto text = problems_of(replace(kValid, "title: Policy}", "title: Policy, scale: grades}"));
  EXPECT_THAT(text, HasSubstr("node '1.3' names unknown scale 'grades'"));
}

TEST(FrameworkLoader, ReportsDependencyCyclesByName) {
  const auto text = problems_of(replace(kValid, "reason: order}",
                                        "reason: order}\n  - {before: \"1.2\", after: \"1.1\"}"));
  EXPECT_THAT(text, HasSubstr("dependency cycle: 1.1 -> 1.2 -> 1.1"));
}

TEST(FrameworkLoader, ReportsWrongTypes) {
  const auto text = problems_of(replace(kValid, "title: Policy}", "title: Policy, weight: heavy}"));
  EXPECT_THAT(text, HasSubstr("f.yaml:37:44: 'weight' must be a number, not 'heavy'"));
}

TEST(FrameworkLoader, ReportsUnknownKeys) {
  const auto text = problems_of(replace(kValid, "title: Policy}", "title: Policy, obligaton: x}"));
  EXPECT_THAT(text, HasSubstr("unknown key 'obligaton' in a node"));
}

TEST(FrameworkLoader, ReportsMissingRequiredKeys) {
  EXPECT_THAT(problems_of(replace(kValid, "version: \"1\"\n", "")),
              HasSubstr("missing required key 'version'"));
}

TEST(FrameworkLoader, ReportsEveryProblemNotJustTheFirst) {
  std::string yaml = replace(kValid, "title: Policy}", "title: Policy, weight: heavy}");
  yaml = replace(yaml, "after: \"1.2\"", "after: \"9.9\"");
  yaml = replace(yaml, "kind: group", "kind: folder");
  auto loaded = load_framework(yaml, "f.yaml");
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().problems().size(), 3u) << loaded.error().to_string();
}

TEST(FrameworkLoader, ReportsInvalidUtf8AtItsPosition) {
  const auto text = problems_of(replace(kValid, "Mini framework", "Mini \xff framework"));
  EXPECT_THAT(text, HasSubstr("f.yaml:3:13: text is not valid UTF-8"));
}

TEST(FrameworkLoader, ReportsOversizeFields) {
  const auto text = problems_of(replace(kValid, "Mini framework", std::string(301, 'x')));
  EXPECT_THAT(text, HasSubstr("'title' is 301 characters long; the limit is 300"));
}

TEST(FrameworkLoader, ReportsScaleGapsAndOverlaps) {
  EXPECT_THAT(problems_of(replace(kValid, "{id: L, min: 50,", "{id: L, min: 60,")),
              HasSubstr("leaves a gap below level 'L'"));
  EXPECT_THAT(problems_of(replace(kValid, "{id: L, min: 50,", "{id: L, min: 40,")),
              HasSubstr("level 'L' overlaps the level below it"));
}

TEST(FrameworkLoader, ReportsDependenciesOnRequirements) {
  EXPECT_THAT(problems_of(replace(kValid, "after: \"1.2\"", "after: \"1.3\"")),
              HasSubstr("dependency end '1.3' is a requirement; dependencies link processes"));
}

TEST(FrameworkLoader, ReportsUndeclaredMappingTargets) {
  EXPECT_THAT(problems_of(replace(kValid, "{itil4: [Incident", "{cobit: [Incident")),
              HasSubstr("mapping target 'cobit' is not declared"));
}

TEST(FrameworkLoader, ReportsUnknownViewNodes) {
  EXPECT_THAT(problems_of(replace(kValid, "nodes: [\"1.1\"]", "nodes: [\"7.7\"]")),
              HasSubstr("view 'groups' names unknown node '7.7'"));
}

TEST(FrameworkLoader, ReportsAMissingFileAsNotFound) {
  auto loaded = load_framework_file("/nonexistent/framework.yaml");
  ASSERT_FALSE(loaded.ok());
  EXPECT_EQ(loaded.error().exit_code(), 3);
}

}  // namespace
}  // namespace candor
