// The database a test runs on. Store and app tests run twice: on SQLite (a
// file in TMPDIR) and, when CANDOR_TEST_PG names a PostgreSQL server (see
// tests/store/with_postgres.sh), on PostgreSQL, each test in a schema of its
// own because tests run in parallel processes against one server.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "base/sha256.h"
#include "store/postgres_database.h"

namespace candor::testing {

// The PostgreSQL server's URL, or "" to test on SQLite.
inline std::string test_postgres_url() {
  const char* url = std::getenv("CANDOR_TEST_PG");
  return url ? url : "";
}

inline bool testing_on_postgres() { return !test_postgres_url().empty(); }

// "Suite.Name" of the running test, for unique file and schema names.
inline std::string current_test_name() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  return info ? std::string(info->test_suite_name()) + "_" + info->name() : "no_test";
}

// A fresh, empty database for one test, removed again by the destructor.
class ScratchDatabase {
 public:
  // `name` must be unique among the databases of this process.
  explicit ScratchDatabase(const std::string& name) {
    if (!testing_on_postgres()) {
      path_ = (std::filesystem::temp_directory_path() / ("db_" + name + ".db")).string();
      remove_files();
      url_ = path_;
      return;
    }
    // A schema name holds at most 63 bytes: a readable prefix and a hash.
    schema_ = "t" + std::to_string(getpid()) + "_";
    for (const char c : name.substr(0, 24)) {
      schema_ += std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '_';
    }
    schema_ += "_" + sha256_hex(name).substr(0, 10);
    run_on_server("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE; CREATE SCHEMA " + schema_);
    const std::string base = test_postgres_url();
    url_ = base + (base.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema_;
  }
  ~ScratchDatabase() {
    if (schema_.empty()) {
      remove_files();
    } else {
      run_on_server("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE");
    }
  }
  ScratchDatabase(const ScratchDatabase&) = delete;
  ScratchDatabase& operator=(const ScratchDatabase&) = delete;

  // What open_database takes: a file path or a postgresql:// URL.
  const std::string& url() const { return url_; }
  const std::string& path() const { return path_; }  // "" on PostgreSQL

 private:
  void remove_files() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }
  static void run_on_server(const std::string& sql) {
    auto server = PostgresDatabase::open(test_postgres_url());
    ASSERT_TRUE(server.ok()) << server.error().to_string();
    const Status done = (*server)->execute_script(sql);
    ASSERT_TRUE(done.ok()) << done.error().to_string();
  }

  std::string url_;
  std::string path_;
  std::string schema_;
};

}  // namespace candor::testing
