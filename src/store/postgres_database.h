// The shared store: a PostgreSQL database reached through libpqxx. It speaks
// the same Database interface as SQLite; this file adapts the differences the
// repositories must not see: `?` placeholders become `$1, $2, ...`, Bytes are
// bound and read as bytea, column values come back typed (integers as
// integers, doubles as doubles), and errors map to the same codes.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "store/database.h"

namespace candor {

class PostgresDatabase final : public Database {
 public:
  // Connects to a libpq URL ("postgresql://user@host:port/db?options=...").
  // Does not migrate: open_database does.
  static Result<std::unique_ptr<PostgresDatabase>> open(const std::string& url);
  ~PostgresDatabase() override;

  Dialect dialect() const override { return Dialect::kPostgres; }
  Result<Rows> query(std::string_view sql, const std::vector<Value>& params) override;
  Status execute_script(std::string_view sql) override;
  std::string describe() const override { return described_; }

 protected:
  Status begin() override;
  Status commit() override;
  void rollback() override;

 private:
  struct Connection;  // keeps <pqxx/pqxx> out of this header
  explicit PostgresDatabase(std::unique_ptr<Connection> connection, std::string described);

  std::unique_ptr<Connection> connection_;
  std::string described_;
};

// "SELECT ? WHERE a = '?'" -> "SELECT $1 WHERE a = '?'": numbers every `?`
// outside string literals, quoted identifiers and comments.
std::string postgres_placeholders(std::string_view sql);

// The URL without its password, for messages: "postgresql://candor@host/db".
std::string redact_database_url(const std::string& url);

}  // namespace candor
