// The embedded store: one SQLite file in WAL mode with foreign keys on.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "store/database.h"

struct sqlite3;
struct sqlite3_stmt;

namespace candor {

class SqliteDatabase final : public Database {
 public:
  static Result<std::unique_ptr<SqliteDatabase>> open(const std::string& path);
  ~SqliteDatabase() override;

  Dialect dialect() const override { return Dialect::kSqlite; }
  Result<Rows> query(std::string_view sql, const std::vector<Value>& params) override;
  Status execute_script(std::string_view sql) override;
  std::string describe() const override { return "sqlite:" + path_; }

 protected:
  Status begin() override;
  Status commit() override;
  void rollback() override;

 private:
  SqliteDatabase(sqlite3* handle, std::string path) : handle_(handle), path_(std::move(path)) {}
  Result<sqlite3_stmt*> prepare(std::string_view sql);
  Error error(const std::string& what) const;

  sqlite3* handle_;
  std::string path_;
  std::map<std::string, sqlite3_stmt*, std::less<>> statements_;  // prepared once, reused
};

}  // namespace candor
