// A fresh, migrated database per test: a SQLite file in TMPDIR, or a schema of
// its own on PostgreSQL when CANDOR_TEST_PG is set (tests/store/test_database.h).
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>

#include "store/database.h"
#include "store/test_database.h"

namespace candor::testing {

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    scratch_.emplace(current_test_name());
    path_ = scratch_->path();
    auto opened = open_database(scratch_->url());
    ASSERT_TRUE(opened.ok()) << opened.error().to_string();
    db_ = std::move(opened).value();
  }
  void TearDown() override {
    db_.reset();
    scratch_.reset();
  }
  bool on_postgres() const { return db_->dialect() == Dialect::kPostgres; }

  std::optional<ScratchDatabase> scratch_;
  std::string path_;  // the SQLite file; "" on PostgreSQL
  std::unique_ptr<Database> db_;
};

}  // namespace candor::testing
