// An Application on a fresh database with the shipped frameworks: a SQLite
// file in TMPDIR, or a schema of its own on PostgreSQL when CANDOR_TEST_PG is
// set (tests/store/test_database.h).
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <optional>

#include "app/application.h"
#include "store/test_database.h"

namespace candor::testing {

class AppTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    folder_ = std::filesystem::temp_directory_path() /
              (std::string("app_") + info->test_suite_name() + "_" + info->name());
    std::filesystem::remove_all(folder_);
    std::filesystem::create_directories(folder_);
    scratch_.emplace(current_test_name());
    auto opened = app::Application::open(scratch_->url(),
                                         FrameworkLibrary({std::string(CANDOR_SOURCE_DIR) + "/frameworks"}));
    ASSERT_TRUE(opened.ok()) << opened.error().to_string();
    app_ = std::move(opened).value();
    ASSERT_TRUE(app_->create_workspace("acme", "alice").ok());
    admin_ = *app_->local_caller("acme", "alice");
  }
  void TearDown() override {
    app_.reset();
    scratch_.reset();
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
  std::optional<ScratchDatabase> scratch_;
  std::unique_ptr<app::Application> app_;
  app::Caller admin_;
};

}  // namespace candor::testing
