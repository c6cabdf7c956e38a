#include "store/postgres_database.h"

#include <pqxx/pqxx>

#include <charconv>
#include <cstdio>
#include <map>

namespace candor {
namespace {

// Type OIDs of pg_type that come back as numbers (see pg_type.dat).
constexpr pqxx::oid kBool = 16, kBytea = 17, kInt8 = 20, kInt2 = 21, kInt4 = 23, kOid = 26,
                    kFloat4 = 700, kFloat8 = 701, kNumeric = 1700;

// Skips a quoted run ('...' or "...", the quote doubled inside) starting at
// `at`; returns the index after it.
std::size_t skip_quoted(std::string_view sql, std::size_t at) {
  const char quote = sql[at];
  for (std::size_t i = at + 1; i < sql.size(); ++i) {
    if (sql[i] != quote) continue;
    if (i + 1 < sql.size() && sql[i + 1] == quote) {
      ++i;
      continue;
    }
    return i + 1;
  }
  return sql.size();
}

std::size_t skip_comment(std::string_view sql, std::size_t at) {
  if (sql.substr(at, 2) == "--") {
    const std::size_t end = sql.find('\n', at);
    return end == std::string_view::npos ? sql.size() : end;
  }
  const std::size_t end = sql.find("*/", at + 2);
  return end == std::string_view::npos ? sql.size() : end + 2;
}

std::string bytea_hex(const std::string& bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out = "\\x";
  out.reserve(2 + bytes.size() * 2);
  for (const unsigned char c : bytes) {
    out += kDigits[c >> 4];
    out += kDigits[c & 0xf];
  }
  return out;
}

// Text forms of the parameters (libpq's text format), nullopt for NULL.
// Doubles keep 17 significant digits, so they round-trip exactly.
std::vector<std::optional<std::string>> text_parameters(const std::vector<Value>& params) {
  std::vector<std::optional<std::string>> out;
  out.reserve(params.size());
  for (const Value& value : params) {
    if (std::holds_alternative<std::nullptr_t>(value)) {
      out.emplace_back(std::nullopt);
    } else if (const auto* integer = std::get_if<std::int64_t>(&value)) {
      out.emplace_back(std::to_string(*integer));
    } else if (const auto* real = std::get_if<double>(&value)) {
      char buffer[32];
      std::snprintf(buffer, sizeof buffer, "%.17g", *real);
      out.emplace_back(buffer);
    } else if (const auto* text = std::get_if<std::string>(&value)) {
      out.emplace_back(*text);
    } else if (const auto* bytes = std::get_if<Bytes>(&value)) {
      out.emplace_back(bytea_hex(bytes->data));
    }
  }
  return out;
}

std::int64_t parse_integer(const char* text, std::size_t size) {
  std::int64_t value = 0;
  std::from_chars(text, text + size, value);
  return value;
}

// A field as the Value SQLite would have given: integers and doubles as
// numbers (numeric as an integer when it has no fraction), bytea as Bytes,
// booleans as 0/1, everything else as text.
Value value_of(const pqxx::field& field) {
  if (field.is_null()) return nullptr;
  const char* text = field.c_str();
  const std::size_t size = field.size();
  switch (field.type()) {
    case kInt2:
    case kInt4:
    case kInt8:
    case kOid: return parse_integer(text, size);
    case kBool: return std::int64_t{text[0] == 't' ? 1 : 0};
    case kFloat4:
    case kFloat8: return std::strtod(text, nullptr);
    case kNumeric:
      if (std::string_view(text, size).find_first_of(".eEN") == std::string_view::npos) {
        return parse_integer(text, size);
      }
      return std::strtod(text, nullptr);
    case kBytea: return Bytes{pqxx::binarystring(field).str()};
    default: return std::string(text, size);
  }
}

Rows rows_of(const pqxx::result& result) {
  Rows rows;
  rows.reserve(result.size());
  for (const auto& row : result) {
    std::vector<Value> values;
    values.reserve(row.size());
    for (const auto& field : row) values.push_back(value_of(field));
    rows.emplace_back(std::move(values));
  }
  return rows;
}

// The same codes SQLite's errors map to (sqlite_database.cc): a duplicate is
// a conflict, another broken constraint is invalid input.
Error error_of(const std::exception& failure, const std::string& where) {
  const std::string message = failure.what();
  if (dynamic_cast<const pqxx::unique_violation*>(&failure)) return Error::conflict(message);
  if (dynamic_cast<const pqxx::integrity_constraint_violation*>(&failure)) {
    return Error::invalid_input(message);
  }
  if (const auto* sql = dynamic_cast<const pqxx::sql_error*>(&failure)) {
    // P0001: RAISE EXCEPTION in a trigger (the journal's append-only guard).
    if (sql->sqlstate() == "P0001") return Error::invalid_input(message);
  }
  return Error::io(message, Location{where});
}

}  // namespace

struct PostgresDatabase::Connection {
  explicit Connection(const std::string& url) : connection(url) {}

  pqxx::connection connection;
  std::unique_ptr<pqxx::work> transaction;  // open between begin() and commit()/rollback()
  std::map<std::string, std::string, std::less<>> statements;  // SQL -> prepared name

  // Runs `body` in the open transaction, or in a nontransaction (autocommit).
  template <typename Body>
  pqxx::result run(Body&& body) {
    if (transaction) return body(*transaction);
    pqxx::nontransaction autocommit(connection);
    return body(autocommit);
  }

  // Each distinct statement is prepared once per connection, like SQLite's.
  const std::string& prepared(std::string_view sql) {
    if (const auto it = statements.find(sql); it != statements.end()) return it->second;
    const std::string name = "candor_" + std::to_string(statements.size() + 1);
    connection.prepare(name, postgres_placeholders(sql));
    return statements.emplace(std::string(sql), name).first->second;
  }
};

PostgresDatabase::PostgresDatabase(std::unique_ptr<Connection> connection, std::string described)
    : connection_(std::move(connection)), described_(std::move(described)) {}

PostgresDatabase::~PostgresDatabase() = default;

Result<std::unique_ptr<PostgresDatabase>> PostgresDatabase::open(const std::string& url) {
  const std::string described = redact_database_url(url);
  try {
    auto connection = std::make_unique<Connection>(url);
    // Notices (e.g. "relation already exists, skipping") are not for users.
    pqxx::nontransaction(connection->connection).exec("SET client_min_messages = warning");
    return std::unique_ptr<PostgresDatabase>(new PostgresDatabase(std::move(connection), described));
  } catch (const std::exception& failure) {
    return Error::io("cannot connect to the database: " + std::string(failure.what()),
                     Location{described});
  }
}

Result<Rows> PostgresDatabase::query(std::string_view sql, const std::vector<Value>& params) {
  try {
    const std::string& name = connection_->prepared(sql);
    const auto texts = text_parameters(params);
    std::vector<const char*> pointers;
    pointers.reserve(texts.size());
    for (const auto& text : texts) pointers.push_back(text ? text->c_str() : nullptr);
    return rows_of(connection_->run([&](pqxx::transaction_base& transaction) {
      return transaction.exec_prepared(name, pqxx::prepare::make_dynamic_params(pointers));
    }));
  } catch (const std::exception& failure) {
    return error_of(failure, described_);
  }
}

Status PostgresDatabase::execute_script(std::string_view sql) {
  try {
    connection_->run([&](pqxx::transaction_base& transaction) { return transaction.exec(std::string(sql)); });
    return {};
  } catch (const std::exception& failure) {
    return error_of(failure, described_);
  }
}

Status PostgresDatabase::begin() {
  try {
    connection_->transaction = std::make_unique<pqxx::work>(connection_->connection);
    return {};
  } catch (const std::exception& failure) {
    return error_of(failure, described_);
  }
}

Status PostgresDatabase::commit() {
  auto transaction = std::move(connection_->transaction);
  try {
    transaction->commit();
    return {};
  } catch (const std::exception& failure) {
    return error_of(failure, described_);
  }
}

void PostgresDatabase::rollback() {
  auto transaction = std::move(connection_->transaction);
  try {
    if (transaction) transaction->abort();
  } catch (const std::exception&) {
    // The connection is gone: the server rolls back on its own.
  }
}

std::string postgres_placeholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int number = 0;
  for (std::size_t i = 0; i < sql.size();) {
    const char c = sql[i];
    std::size_t next = i + 1;
    if (c == '\'' || c == '"') {
      next = skip_quoted(sql, i);
    } else if (sql.substr(i, 2) == "--" || sql.substr(i, 2) == "/*") {
      next = skip_comment(sql, i);
    } else if (c == '?') {
      out += '$' + std::to_string(++number);
      i = next;
      continue;
    }
    out.append(sql.substr(i, next - i));
    i = next;
  }
  return out;
}

std::string redact_database_url(const std::string& url) {
  std::string out = url;
  // postgresql://user:secret@host -> postgresql://user@host
  const std::size_t scheme = out.find("://");
  const std::size_t at = out.find('@', scheme == std::string::npos ? 0 : scheme + 3);
  if (scheme != std::string::npos && at != std::string::npos) {
    const std::size_t colon = out.find(':', scheme + 3);
    if (colon != std::string::npos && colon < at) out.erase(colon, at - colon);
  }
  // ...?password=secret&... -> ...?password=...&...
  for (std::size_t p = out.find("password="); p != std::string::npos; p = out.find("password=", p + 1)) {
    const std::size_t end = out.find('&', p);
    out.replace(p + 9, (end == std::string::npos ? out.size() : end) - (p + 9), "...");
  }
  return out;
}

}  // namespace candor
