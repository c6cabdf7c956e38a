#include "app/application.h"

#include <nlohmann/json.hpp>

#include "base/sha256.h"
#include "framework/framework_loader.h"
#include "store/framework_store.h"

namespace candor::app {

Result<std::unique_ptr<Application>> Application::open(const std::string& database_url,
                                                       FrameworkLibrary library) {
  std::unique_ptr<Database> database = CANDOR_TRY(open_database(database_url));
  return std::unique_ptr<Application>(new Application(database_url, std::move(database), std::move(library)));
}

Application::Application(std::string url, std::unique_ptr<Database> first, FrameworkLibrary library)
    : database_url_(std::move(url)), library_(std::move(library)) {
  connections_.emplace(std::this_thread::get_id(), std::move(first));
}

Database& Application::db() {
  std::lock_guard lock(connections_mutex_);
  auto& connection = connections_[std::this_thread::get_id()];
  if (!connection) {
    // The schema is already up to date: the first connection migrated it.
    auto opened = open_database(database_url_);
    if (!opened.ok()) throw std::runtime_error("cannot open another connection: " + opened.error().to_string());
    connection = std::move(opened).value();
  }
  return *connection;
}

Result<Caller> Application::local_caller(const std::string& workspace_name, const std::string& actor) {
  Workspace workspace;
  if (!workspace_name.empty()) {
    workspace = CANDOR_TRY(find_workspace(db(), workspace_name));
  } else {
    const auto workspaces = CANDOR_TRY(list_workspaces());
    if (workspaces.empty()) {
      return Error::not_found("there is no workspace yet in " + db().describe() +
                              ": create one with `candor workspace create NAME`");
    }
    if (workspaces.size() > 1) {
      std::string names;
      for (const auto& w : workspaces) names += (names.empty() ? "" : ", ") + w.name;
      return Error::invalid_input("there are several workspaces (" + names + "): choose one with --workspace");
    }
    workspace = workspaces.front();
  }
  return Caller{workspace.id, workspace.name, actor, Role::kAdmin};
}

Result<Workspace> Application::create_workspace(const std::string& name, const std::string& actor) {
  if (name.empty() || name.size() > 100) {
    return Error::invalid_input("a workspace name needs 1 to 100 characters", Location{"", 0, 0, "workspace.name"});
  }
  Workspace created;
  CANDOR_TRY(db().transaction([&]() -> Status {
    created = CANDOR_TRY(candor::create_workspace(db(), name));
    const Caller caller{created.id, created.name, actor, Role::kAdmin};
    return journal(caller, {"workspace.create", "workspace", std::to_string(created.id), "",
                            nlohmann::json{{"name", name}}.dump()});
  }));
  return created;
}

Result<std::vector<Workspace>> Application::list_workspaces() { return candor::list_workspaces(db()); }

Status Application::journal(const Caller& caller, const Change& change) {
  CANDOR_TRY(ensure_actor(db(), caller.workspace_id, caller.actor));
  return append_journal(db(), caller.workspace_id, caller.actor, change);
}

Result<JournalCheck> Application::verify_journal(const Caller& caller) {
  CANDOR_TRY(authorize(caller, Permission::kReadJournal));
  return candor::verify_journal(db(), caller.workspace_id);
}

Result<std::vector<JournalEntry>> Application::journal(const Caller& caller) {
  CANDOR_TRY(authorize(caller, Permission::kReadJournal));
  return read_journal(db(), caller.workspace_id);
}

Result<std::shared_ptr<const Framework>> Application::parse_framework(const std::string& sha256,
                                                                      const std::string& text,
                                                                      const std::string& origin) {
  std::lock_guard lock(frameworks_mutex_);
  if (const auto it = frameworks_.find(sha256); it != frameworks_.end()) return it->second;
  Framework framework = CANDOR_TRY(load_framework(text, origin));
  auto shared = std::make_shared<const Framework>(std::move(framework));
  frameworks_.emplace(sha256, shared);
  return std::shared_ptr<const Framework>(shared);
}

std::vector<FrameworkInfo> Application::list_frameworks(const Caller* caller) {
  std::vector<FrameworkInfo> out;
  const auto describe = [&](const std::string& sha, const std::string& text, const std::string& origin) {
    auto framework = parse_framework(sha, text, origin);
    if (!framework.ok()) return;
    const Framework& f = **framework;
    for (const auto& known : out) {
      if (known.key == f.key()) return;
    }
    out.push_back({f.key(), f.title, f.subject_kind, origin, f.nodes.size(), f.processes().size()});
  };
  if (caller != nullptr) {
    if (auto stored = list_stored_frameworks(db(), caller->workspace_id); stored.ok()) {
      for (const auto& s : *stored) describe(s.sha256, s.source, "workspace");
    }
  }
  for (const auto& file : library_.list()) describe(sha256_hex(file.text), file.text, file.path);
  return out;
}

Result<Application::FrameworkSource> Application::framework_source(const Caller* caller,
                                                                   const std::string& reference) {
  if (caller != nullptr) {
    const auto stored = CANDOR_TRY(list_stored_frameworks(db(), caller->workspace_id));
    for (auto it = stored.rbegin(); it != stored.rend(); ++it) {
      if (it->key == reference || it->key.substr(0, it->key.find(':')) == reference) {
        return FrameworkSource{it->key, it->title, it->source, "workspace"};
      }
    }
  }
  const FrameworkFile file = CANDOR_TRY(library_.find(reference));
  return FrameworkSource{file.key, file.title, file.text, file.path};
}

Result<std::shared_ptr<const Framework>> Application::find_framework(const Caller* caller,
                                                                     const std::string& reference) {
  const FrameworkSource source = CANDOR_TRY(framework_source(caller, reference));
  return parse_framework(sha256_hex(source.text), source.text, source.origin);
}

Result<FrameworkInfo> Application::add_framework(const Caller& caller, const std::string& path) {
  CANDOR_TRY(authorize(caller, Permission::kAddFramework));
  const FrameworkFile file = CANDOR_TRY(read_framework_file(path));
  const auto framework = CANDOR_TRY(parse_framework(sha256_hex(file.text), file.text, path));
  CANDOR_TRY(db().transaction([&]() -> Status {
    const StoredFramework stored =
        CANDOR_TRY(store_framework(db(), caller.workspace_id, file.key, file.title, file.text, path));
    return journal(caller, {"framework.add", "framework", std::to_string(stored.id), "",
                            nlohmann::json{{"key", file.key}, {"sha256", stored.sha256}, {"origin", path}}.dump()});
  }));
  return FrameworkInfo{file.key, file.title, file.subject_kind, "workspace", framework->nodes.size(),
                       framework->processes().size()};
}

}  // namespace candor::app
