// Copies whole workspaces from one database to another (SQLite to
// PostgreSQL, back, or alike): every row that belongs to the workspace, its
// journal byte for byte (so its hash chain still verifies), its files, and the
// accounts that are members of it. `candor db copy` is the front end.
//
// The copier plans from the schema the databases describe (schema_info.h), so
// a table added by a later migration needs no code here if it follows the
// conventions of docs/storage.md: a `workspace_id` column, or a REFERENCES
// clause to a table that belongs to a workspace. A table that fits neither is
// refused by name instead of being silently left behind.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"

namespace candor {

// Called after each batch of rows: (table, rows copied so far, rows in all).
using CopyProgress = std::function<void(std::string_view table, std::int64_t done, std::int64_t total)>;

struct CopySummary {
  std::vector<std::string> workspaces;  // copied, by name
  std::int64_t rows = 0;
  // Tables whose ids the target already used: their rows got new ids (the
  // journal keeps naming the original ones). Empty when every id was kept.
  std::vector<std::string> renumbered_tables;
};

// Copies the named workspaces (all of the source's when `names` is empty) in
// one transaction on the target, and verifies each copied journal before
// committing. Refuses a target that already holds one of them.
Result<CopySummary> copy_workspaces(Database& source, Database& target, const std::vector<std::string>& names,
                                    const CopyProgress& progress = {});

}  // namespace candor
