#include "store/database.h"

#include "store/migrations.h"
#include "store/postgres_database.h"
#include "store/sqlite_database.h"

namespace candor {

bool Row::is_null(std::size_t column) const {
  return column >= values_.size() || std::holds_alternative<std::nullptr_t>(values_[column]);
}

std::int64_t Row::integer(std::size_t column) const {
  if (is_null(column)) return 0;
  const Value& value = values_[column];
  if (const auto* i = std::get_if<std::int64_t>(&value)) return *i;
  if (const auto* d = std::get_if<double>(&value)) return static_cast<std::int64_t>(*d);
  if (const auto* s = std::get_if<std::string>(&value)) return std::stoll(*s);
  return 0;
}

double Row::real(std::size_t column) const {
  if (is_null(column)) return 0;
  const Value& value = values_[column];
  if (const auto* d = std::get_if<double>(&value)) return *d;
  if (const auto* i = std::get_if<std::int64_t>(&value)) return static_cast<double>(*i);
  if (const auto* s = std::get_if<std::string>(&value)) return std::stod(*s);
  return 0;
}

std::string Row::text(std::size_t column) const {
  if (is_null(column)) return "";
  const Value& value = values_[column];
  if (const auto* s = std::get_if<std::string>(&value)) return *s;
  if (const auto* b = std::get_if<Bytes>(&value)) return b->data;
  if (const auto* i = std::get_if<std::int64_t>(&value)) return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&value)) return std::to_string(*d);
  return "";
}

std::optional<std::int64_t> Row::optional_integer(std::size_t column) const {
  if (is_null(column)) return std::nullopt;
  return integer(column);
}

std::optional<double> Row::optional_real(std::size_t column) const {
  if (is_null(column)) return std::nullopt;
  return real(column);
}

Status Database::execute(std::string_view sql, const std::vector<Value>& params) {
  CANDOR_TRY(query(sql, params));
  return {};
}

Result<std::int64_t> Database::insert(std::string_view sql, const std::vector<Value>& params) {
  const Rows rows = CANDOR_TRY(query(sql, params));
  if (rows.empty()) return Error::internal("INSERT returned no id: " + std::string(sql));
  return rows.front().integer(0);
}

Status Database::transaction(const std::function<Status()>& body) {
  if (depth_ > 0) return body();
  CANDOR_TRY(begin());
  ++depth_;
  Status status = [&]() -> Status {
    try {
      return body();
    } catch (...) {
      --depth_;
      rollback();
      throw;
    }
  }();
  --depth_;
  if (!status.ok()) {
    rollback();
    return status;
  }
  return commit();
}

bool is_postgres_url(std::string_view url) {
  return url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0;
}

Result<std::unique_ptr<Database>> open_database(const std::string& url) {
  std::unique_ptr<Database> database;
  if (is_postgres_url(url)) {
    database = CANDOR_TRY(PostgresDatabase::open(url));
  } else {
    const std::string path = url.rfind("sqlite:", 0) == 0 ? url.substr(7) : url;
    database = CANDOR_TRY(SqliteDatabase::open(path));
  }
  CANDOR_TRY(apply_migrations(*database));
  return database;
}

}  // namespace candor
