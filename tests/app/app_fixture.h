// An Application on a fresh SQLite file in TMPDIR, with the shipped frameworks.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "app/application.h"

namespace candor::testing {

class AppTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    folder_ = std::filesystem::temp_directory_path() /
              (std::string("app_") + info->test_suite_name() + "_" + info->name());
    std::filesystem::remove_all(folder_);
    std::filesystem::create_directories(folder_);
    auto opened = app::Application::open((folder_ / "candor.db").string(),
                                         FrameworkLibrary({std::string(CANDOR_SOURCE_DIR) + "/frameworks"}));
    ASSERT_TRUE(opened.ok()) << opened.error().to_string();
    app_ = std::move(opened).value();
    ASSERT_TRUE(app_->create_workspace("acme", "alice").ok());
    admin_ = *app_->local_caller("acme", "alice");
  }
  void TearDown() override {
    app_.reset();
    std::filesystem::remove_all(folder_);
  }
  std::string write(const std::string& name, const std::string& text) {
    const auto path = (folder_ / name).string();
    std::ofstream(path) << text;
    return path;
  }
  Id new_assessment(const app::Caller& caller) {
    app::NewAssessment input;
    input.framework = "iso20000-1";
    input.subject = "ACME IT";
    input.assessed_on = Date::from_civil(2026, 10, 15);
    auto id = app_->create_assessment(caller, input);
    EXPECT_TRUE(id.ok()) << id.error().to_string();
    return id.ok() ? *id : 0;
  }
  Id new_evidence(const app::Caller& caller, Id assessment) {
    app::EvidenceInput input{"document", "Incident procedure", "2026-09-01", "", {"8.6.1"}};
    auto id = app_->add_evidence(caller, assessment, input);
    EXPECT_TRUE(id.ok()) << id.error().to_string();
    return id.ok() ? *id : 0;
  }
  app::Caller as(app::Role role, const std::string& actor = "someone") const {
    app::Caller caller = admin_;
    caller.role = role;
    caller.actor = actor;
    return caller;
  }

  std::filesystem::path folder_;
  std::unique_ptr<app::Application> app_;
  app::Caller admin_;
};

}  // namespace candor::testing
