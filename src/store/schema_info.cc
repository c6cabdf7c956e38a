#include "store/schema_info.h"

#include <algorithm>
#include <map>

namespace candor {
namespace {

Result<std::vector<std::string>> table_names(Database& database) {
  const Rows rows = CANDOR_TRY(database.query(
      database.dialect() == Dialect::kSqlite
          ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
          : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
            "AND table_type = 'BASE TABLE' ORDER BY table_name"));
  std::vector<std::string> out;
  for (const Row& row : rows) out.push_back(row.text(0));
  return out;
}

Status read_sqlite_table(Database& database, TableInfo& table) {
  std::map<std::int64_t, std::string> key;  // position in the key -> column
  for (const Row& row : CANDOR_TRY(database.query("SELECT name, type, pk FROM pragma_table_info(?)", {table.name}))) {
    table.columns.push_back(row.text(0));
    if (row.text(1) == "BLOB") table.has_binary = true;
    if (row.integer(2) > 0) key[row.integer(2)] = row.text(0);
    if (row.text(0) == "id" && row.integer(2) == 1 && row.text(1) == "INTEGER") table.auto_id = true;
  }
  for (const auto& [position, column] : key) table.primary_key.push_back(column);
  table.auto_id = table.auto_id && table.primary_key.size() == 1;
  for (const Row& row : CANDOR_TRY(database.query(
           "SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(?) ORDER BY id, seq", {table.name}))) {
    // A reference without a column names the parent's primary key: {{id}}.
    table.foreign_keys.push_back({row.text(0), row.text(1), row.is_null(2) ? "id" : row.text(2)});
  }
  for (const Row& index : CANDOR_TRY(database.query(
           "SELECT name FROM pragma_index_list(?) WHERE \"unique\" = 1 AND origin = 'u'", {table.name}))) {
    const Rows columns = CANDOR_TRY(database.query("SELECT name FROM pragma_index_info(?)", {index.text(0)}));
    if (columns.size() == 1) table.unique_columns.push_back(columns[0].text(0));
  }
  return {};
}

Status read_postgres_table(Database& database, TableInfo& table) {
  for (const Row& row : CANDOR_TRY(database.query(
           "SELECT column_name, data_type, COALESCE(column_default, '') FROM information_schema.columns "
           "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position",
           {table.name}))) {
    table.columns.push_back(row.text(0));
    if (row.text(1) == "bytea") table.has_binary = true;
    if (row.text(0) == "id" && row.text(2).rfind("nextval(", 0) == 0) table.auto_id = true;
  }
  constexpr const char* kConstraintColumns =
      "SELECT c.contype, c.conname, a.attname, array_length(c.conkey, 1) "
      "FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
      "JOIN pg_namespace n ON n.oid = t.relnamespace "
      "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY (c.conkey) "
      "WHERE n.nspname = current_schema() AND t.relname = ? AND c.contype IN ('p', 'u') "
      "ORDER BY c.conname, array_position(c.conkey, a.attnum)";
  for (const Row& row : CANDOR_TRY(database.query(kConstraintColumns, {table.name}))) {
    if (row.text(0) == "p") table.primary_key.push_back(row.text(2));
    if (row.text(0) == "u" && row.integer(3) == 1) table.unique_columns.push_back(row.text(2));
  }
  table.auto_id = table.auto_id && table.primary_key == std::vector<std::string>{"id"};
  constexpr const char* kReferences =
      "SELECT a.attname, p.relname, pa.attname "
      "FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
      "JOIN pg_namespace n ON n.oid = t.relnamespace JOIN pg_class p ON p.oid = c.confrelid "
      "CROSS JOIN LATERAL unnest(c.conkey, c.confkey) AS k(col, parent_col) "
      "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.col "
      "JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = k.parent_col "
      "WHERE n.nspname = current_schema() AND t.relname = ? AND c.contype = 'f' ORDER BY c.conname";
  for (const Row& row : CANDOR_TRY(database.query(kReferences, {table.name}))) {
    table.foreign_keys.push_back({row.text(0), row.text(1), row.text(2)});
  }
  return {};
}

}  // namespace

bool TableInfo::has_column(const std::string& column) const {
  return std::find(columns.begin(), columns.end(), column) != columns.end();
}

Result<std::vector<TableInfo>> read_schema(Database& database) {
  std::vector<TableInfo> tables;
  for (const std::string& name : CANDOR_TRY(table_names(database))) {
    TableInfo table;
    table.name = name;
    CANDOR_TRY(database.dialect() == Dialect::kSqlite ? read_sqlite_table(database, table)
                                                      : read_postgres_table(database, table));
    tables.push_back(std::move(table));
  }
  return tables;
}

std::string quote_identifier(const std::string& name) {
  std::string out = "\"";
  for (const char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace candor
