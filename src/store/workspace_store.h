// Workspaces keep a consultancy's clients apart: every other table carries a
// workspace_id and every query filters on it. Actors are who did what.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "store/database.h"

namespace candor {

struct Workspace {
  std::int64_t id = 0;
  std::string name;
  std::string created_at;
};

Result<Workspace> create_workspace(Database& database, const std::string& name);
Result<Workspace> find_workspace(Database& database, const std::string& name);
Result<Workspace> find_workspace(Database& database, std::int64_t id);
Result<std::vector<Workspace>> list_workspaces(Database& database);
// Registers an actor in a workspace the first time they act there.
Status ensure_actor(Database& database, std::int64_t workspace_id, const std::string& name);

}  // namespace candor
