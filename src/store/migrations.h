// The schema, as numbered migrations applied in order on open. Each runs once,
// in its own transaction, and is recorded in schema_migrations. Never edit a
// released migration: add the next number.
#pragma once

#include "store/database.h"

namespace candor {

Status apply_migrations(Database& database);
int latest_schema_version();

}  // namespace candor
