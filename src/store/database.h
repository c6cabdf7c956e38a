// One interface over the SQL databases candor stores into: SQLite (the
// embedded default) and PostgreSQL (shared deployments). Repositories write
// their SQL once, with `?` placeholders, against this interface; each backend
// adapts placeholders and the few dialect differences (see migrations.cc).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "base/result.h"

namespace candor {

// Binary data, kept apart from text so PostgreSQL can bind it as bytea.
struct Bytes {
  std::string data;
};

using Value = std::variant<std::nullptr_t, std::int64_t, double, std::string, Bytes>;

class Row {
 public:
  explicit Row(std::vector<Value> values) : values_(std::move(values)) {}
  bool is_null(std::size_t column) const;
  std::int64_t integer(std::size_t column) const;  // 0 for NULL
  double real(std::size_t column) const;
  std::string text(std::size_t column) const;  // "" for NULL; bytes as-is
  std::optional<std::int64_t> optional_integer(std::size_t column) const;
  std::optional<double> optional_real(std::size_t column) const;
  const Value& value(std::size_t column) const { return values_.at(column); }
  std::size_t size() const { return values_.size(); }

 private:
  std::vector<Value> values_;
};

using Rows = std::vector<Row>;

enum class Dialect { kSqlite, kPostgres };

class Database {
 public:
  virtual ~Database() = default;
  virtual Dialect dialect() const = 0;
  // Runs one statement; returns its rows (none for statements without results).
  virtual Result<Rows> query(std::string_view sql, const std::vector<Value>& params = {}) = 0;
  // Runs several statements without parameters (migrations).
  virtual Status execute_script(std::string_view sql) = 0;
  virtual std::string describe() const = 0;  // "sqlite:candor.db"

  Status execute(std::string_view sql, const std::vector<Value>& params = {});
  // INSERT ... RETURNING id: the new row's id.
  Result<std::int64_t> insert(std::string_view sql, const std::vector<Value>& params);
  // Runs `body` in one transaction: commits when it succeeds, rolls back when
  // it fails or throws, so a refused input leaves no partial state. Nested
  // calls join the outer transaction.
  Status transaction(const std::function<Status()>& body);

 protected:
  virtual Status begin() = 0;
  virtual Status commit() = 0;
  virtual void rollback() = 0;

 private:
  int depth_ = 0;
};

// Opens "sqlite:PATH", a plain PATH, or "postgresql://..." and brings its
// schema up to date (numbered migrations, each applied once, in a transaction).
Result<std::unique_ptr<Database>> open_database(const std::string& url);
bool is_postgres_url(std::string_view url);  // "postgresql://..." or "postgres://..."

}  // namespace candor
