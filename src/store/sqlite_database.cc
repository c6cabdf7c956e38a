#include "store/sqlite_database.h"

#include <sqlite3.h>

namespace candor {

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(const std::string& path) {
  sqlite3* handle = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &handle, flags, nullptr) != SQLITE_OK) {
    std::string message = handle ? sqlite3_errmsg(handle) : "out of memory";
    sqlite3_close(handle);
    return Error::io("cannot open the database: " + message, Location{path});
  }
  std::unique_ptr<SqliteDatabase> database(new SqliteDatabase(handle, path));
  sqlite3_busy_timeout(handle, 5000);
  // WAL keeps readers and the writer apart; NORMAL sync is crash-safe in WAL
  // mode (a power loss can lose the last commits, never corrupt the file).
  const Status pragmas = database->execute_script(
      "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
  if (!pragmas.ok()) {
    return Error::io("not a candor database (" + pragmas.error().message() + ")", Location{path});
  }
  return database;
}

SqliteDatabase::~SqliteDatabase() {
  for (auto& [sql, statement] : statements_) sqlite3_finalize(statement);
  sqlite3_close(handle_);
}

Error SqliteDatabase::error(const std::string& what) const {
  const int code = sqlite3_extended_errcode(handle_);
  const std::string message = what + ": " + sqlite3_errmsg(handle_);
  if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY) {
    return Error::conflict(message);
  }
  if ((code & 0xff) == SQLITE_CONSTRAINT) return Error::invalid_input(message);
  if ((code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB) {
    return Error::integrity(message, Location{path_});
  }
  return Error::io(message, Location{path_});
}

Result<sqlite3_stmt*> SqliteDatabase::prepare(std::string_view sql) {
  if (const auto it = statements_.find(sql); it != statements_.end()) {
    sqlite3_reset(it->second);
    sqlite3_clear_bindings(it->second);
    return it->second;
  }
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(handle_, sql.data(), static_cast<int>(sql.size()), &statement, nullptr) !=
      SQLITE_OK) {
    return error("cannot prepare '" + std::string(sql) + "'");
  }
  statements_.emplace(std::string(sql), statement);
  return statement;
}

Result<Rows> SqliteDatabase::query(std::string_view sql, const std::vector<Value>& params) {
  sqlite3_stmt* statement = CANDOR_TRY(prepare(sql));
  for (std::size_t i = 0; i < params.size(); ++i) {
    const int index = static_cast<int>(i) + 1;
    const Value& value = params[i];
    if (std::holds_alternative<std::nullptr_t>(value)) {
      sqlite3_bind_null(statement, index);
    } else if (const auto* integer = std::get_if<std::int64_t>(&value)) {
      sqlite3_bind_int64(statement, index, *integer);
    } else if (const auto* real = std::get_if<double>(&value)) {
      sqlite3_bind_double(statement, index, *real);
    } else if (const auto* text = std::get_if<std::string>(&value)) {
      sqlite3_bind_text(statement, index, text->data(), static_cast<int>(text->size()), SQLITE_STATIC);
    } else if (const auto* bytes = std::get_if<Bytes>(&value)) {
      sqlite3_bind_blob(statement, index, bytes->data.data(), static_cast<int>(bytes->data.size()),
                        SQLITE_STATIC);
    }
  }
  Rows rows;
  for (;;) {
    const int step = sqlite3_step(statement);
    if (step == SQLITE_DONE) break;
    if (step != SQLITE_ROW) {
      Error failure = error("statement failed");
      sqlite3_reset(statement);
      return failure;
    }
    const int columns = sqlite3_column_count(statement);
    std::vector<Value> values;
    values.reserve(static_cast<std::size_t>(columns));
    for (int c = 0; c < columns; ++c) {
      switch (sqlite3_column_type(statement, c)) {
        case SQLITE_INTEGER: values.emplace_back(std::int64_t{sqlite3_column_int64(statement, c)}); break;
        case SQLITE_FLOAT: values.emplace_back(sqlite3_column_double(statement, c)); break;
        case SQLITE_TEXT:
          values.emplace_back(std::string(reinterpret_cast<const char*>(sqlite3_column_text(statement, c)),
                                          static_cast<std::size_t>(sqlite3_column_bytes(statement, c))));
          break;
        case SQLITE_BLOB: {
          const auto* data = static_cast<const char*>(sqlite3_column_blob(statement, c));
          values.emplace_back(Bytes{std::string(data ? data : "", static_cast<std::size_t>(sqlite3_column_bytes(statement, c)))});
          break;
        }
        default: values.emplace_back(nullptr);
      }
    }
    rows.emplace_back(std::move(values));
  }
  sqlite3_reset(statement);
  return rows;
}

Status SqliteDatabase::execute_script(std::string_view sql) {
  char* message = nullptr;
  if (sqlite3_exec(handle_, std::string(sql).c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    const std::string text = message ? message : "unknown error";
    sqlite3_free(message);
    return Error::io("database script failed: " + text, Location{path_});
  }
  return {};
}

Status SqliteDatabase::begin() { return execute_script("BEGIN IMMEDIATE"); }
Status SqliteDatabase::commit() { return execute_script("COMMIT"); }
void SqliteDatabase::rollback() { (void)execute_script("ROLLBACK"); }

}  // namespace candor
