// The schema as the database itself describes it (SQLite's pragmas,
// PostgreSQL's catalog): tables, columns, keys and references. `db copy`
// plans from this, so a table added by a new migration is copied without code.
#pragma once

#include <string>
#include <vector>

#include "store/database.h"

namespace candor {

struct ForeignKey {
  std::string column;
  std::string parent_table;
  std::string parent_column;
};

struct TableInfo {
  std::string name;
  std::vector<std::string> columns;         // in declaration order
  std::vector<std::string> primary_key;     // in key order
  std::vector<std::string> unique_columns;  // single-column UNIQUE constraints
  std::vector<ForeignKey> foreign_keys;
  bool auto_id = false;     // an {{id}} column: `id`, numbered by the database
  bool has_binary = false;  // holds a {{bytes}} column

  bool has_column(const std::string& column) const;
};

// Every table of the database (of the current schema on PostgreSQL), by name.
Result<std::vector<TableInfo>> read_schema(Database& database);

// `"name"`: an identifier quoted for either dialect.
std::string quote_identifier(const std::string& name);

}  // namespace candor
