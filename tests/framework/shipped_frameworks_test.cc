// The frameworks candor ships: they load without a problem, and the ISO/IEC
// 20000-1:2018 one covers every clause and subclause from 4.1 to 10.2, with
// the ISO/IEC 33020 process attributes on every operational process.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "framework/framework_loader.h"

namespace candor {
namespace {

std::string shipped(const std::string& name) { return std::string(CANDOR_SOURCE_DIR) + "/frameworks/" + name; }

Framework load(const std::string& name) {
  auto loaded = load_framework_file(shipped(name));
  EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? "" : loaded.error().to_string());
  return loaded.ok() ? *loaded : Framework{};
}

// Every clause and subclause of ISO/IEC 20000-1:2018 that carries requirements.
const char* const kSubclauses[] = {
    "4.1",     "4.2",     "4.3",     "4.4",     "5.1",     "5.2.1",   "5.2.2",   "5.3",
    "6.1",     "6.2.1",   "6.2.2",   "6.3",     "7.1",     "7.2",     "7.3",     "7.4",
    "7.5.1",   "7.5.2",   "7.5.3",   "7.5.4",   "7.6",     "8.1",     "8.2.1",   "8.2.2",
    "8.2.3",   "8.2.4",   "8.2.5",   "8.2.6",   "8.3.1",   "8.3.2",   "8.3.3",   "8.3.4.1",
    "8.3.4.2", "8.4.1",   "8.4.2",   "8.4.3",   "8.5.1.1", "8.5.1.2", "8.5.1.3", "8.5.2.1",
    "8.5.2.2", "8.5.2.3", "8.5.3",   "8.6.1",   "8.6.2",   "8.6.3",   "8.7.1",   "8.7.2",
    "8.7.3.1", "8.7.3.2", "8.7.3.3", "9.1",     "9.2",     "9.3",     "9.4",     "10.1",
    "10.2"};

// The operational processes: 8.2.x-8.7.x, 9.x and 10.x.
const char* const kProcesses[] = {"8.2.1", "8.2.2", "8.2.3", "8.2.4", "8.2.5", "8.2.6", "8.3.1",
                                  "8.3.2", "8.3.3", "8.3.4", "8.4.1", "8.4.2", "8.4.3", "8.5.1",
                                  "8.5.2", "8.5.3", "8.6.1", "8.6.2", "8.6.3", "8.7.1", "8.7.2",
                                  "8.7.3", "9.1",   "9.2",   "9.3",   "9.4",   "10.1",  "10.2"};

TEST(ShippedFrameworks, AllLoadWithoutAProblem) {
  for (const char* name : {"iso20000-1-2018.yaml", "sm-professional-knowhow.yaml", "professionalism.yaml"}) {
    EXPECT_TRUE(load_framework_file(shipped(name)).ok()) << name;
  }
}

TEST(ShippedFrameworks, Iso20000CoversEverySubclauseFrom41To102) {
  const Framework framework = load("iso20000-1-2018.yaml");
  EXPECT_EQ(framework.id, "iso20000-1");
  EXPECT_EQ(framework.version, "2018");
  for (const char* id : kSubclauses) {
    const Node* node = framework.find(id);
    ASSERT_NE(node, nullptr) << id << " is missing";
    EXPECT_TRUE(node->assessable()) << id;
    EXPECT_FALSE(node->description.empty()) << id << " has no paraphrase";
  }
}

TEST(ShippedFrameworks, Iso20000OperationalProcessesCarryTheNine33020Attributes) {
  const Framework framework = load("iso20000-1-2018.yaml");
  for (const char* id : kProcesses) {
    const Node* node = framework.find(id);
    ASSERT_NE(node, nullptr) << id;
    EXPECT_EQ(node->kind, NodeKind::kProcess) << id;
    const AttributeSet* set = framework.find_attribute_set(node->attribute_set);
    ASSERT_NE(set, nullptr) << id;
    std::set<std::string> attributes;
    for (const auto& attribute : set->attributes) attributes.insert(attribute.id);
    EXPECT_EQ(attributes, (std::set<std::string>{"PA1.1", "PA2.1", "PA2.2", "PA3.1", "PA3.2", "PA4.1",
                                                  "PA4.2", "PA5.1", "PA5.2"}))
        << id;
  }
  const auto processes = std::count_if(framework.nodes.begin(), framework.nodes.end(),
                                       [](const Node& n) { return n.kind == NodeKind::kProcess; });
  EXPECT_EQ(processes, static_cast<long>(std::size(kProcesses)));
}

TEST(ShippedFrameworks, Iso20000HasTheClassicProcessGroupsView) {
  const Framework framework = load("iso20000-1-2018.yaml");
  std::set<std::string> groups;
  for (const auto& view : framework.views) {
    for (const auto& group : view.groups) groups.insert(group.id);
  }
  for (const char* group : {"service-delivery", "relationship", "resolution", "control", "release"}) {
    EXPECT_TRUE(groups.count(group)) << group;
  }
}

TEST(ShippedFrameworks, Iso20000AssertsTheDependenciesAConsultantWould) {
  const Framework framework = load("iso20000-1-2018.yaml");
  const auto has = [&](const std::string& before, const std::string& after) {
    return std::any_of(framework.dependencies.begin(), framework.dependencies.end(),
                       [&](const Dependency& d) { return d.before == before && d.after == after; });
  };
  EXPECT_TRUE(has("8.2.6", "8.5.1")) << "configuration management before change management";
  EXPECT_TRUE(has("8.3.3", "9.4")) << "service level management before service reporting";
}

}  // namespace
}  // namespace candor
