// A fresh SQLite database in TMPDIR per test.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>

#include "store/database.h"

namespace candor::testing {

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = (std::filesystem::temp_directory_path() /
             (std::string("store_") + info->test_suite_name() + "_" + info->name() + ".db")).string();
    remove_files();
    auto opened = open_database(path_);
    ASSERT_TRUE(opened.ok()) << opened.error().to_string();
    db_ = std::move(opened).value();
  }
  void TearDown() override {
    db_.reset();
    remove_files();
  }
  void remove_files() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }

  std::string path_;
  std::unique_ptr<Database> db_;
};

}  // namespace candor::testing
