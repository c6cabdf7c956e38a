#include "store/workspace_copy.h"

#include <algorithm>
#include <map>
#include <set>

#include "store/journal.h"
#include "store/schema_info.h"

namespace candor {
namespace {

// Tables that belong to no workspace and are not worth moving: the schema
// bookkeeping (the target keeps its own), sign-in sessions and throttling
// counters (short-lived; users sign in again).
const std::set<std::string> kNotCopied = {"schema_migrations", "sessions", "login_failures"};

// How a table's rows are chosen for one workspace.
enum class Scope {
  kWorkspace,  // the workspaces table: the workspace's own row
  kOwned,      // has a workspace_id column
  kChild,      // references rows of an owned table (evidence_nodes -> evidence)
  kShared,     // global rows the workspace's rows reference (users, via memberships)
};

struct TablePlan {
  TableInfo table;
  Scope scope = Scope::kOwned;
  std::string where;  // SQL choosing the workspace's rows; `?` = the workspace id
  int where_params = 0;
};

std::string column_list(const std::vector<std::string>& columns) {
  std::string out;
  for (const auto& column : columns) out += (out.empty() ? "" : ", ") + quote_identifier(column);
  return out;
}

// Which tables are copied, and how each chooses its rows. Refuses a table it
// cannot place, naming it, rather than leaving its rows behind.
Result<std::map<std::string, TablePlan>> classify(const std::vector<TableInfo>& schema) {
  std::map<std::string, TablePlan> plans;
  std::vector<const TableInfo*> open;
  for (const TableInfo& table : schema) {
    if (kNotCopied.count(table.name)) continue;
    if (table.name == "workspaces") {
      plans[table.name] = {table, Scope::kWorkspace, "\"id\" = ?", 1};
    } else if (table.has_column("workspace_id")) {
      plans[table.name] = {table, Scope::kOwned, "\"workspace_id\" = ?", 1};
    } else {
      open.push_back(&table);
    }
  }
  // Children of copied tables, to any depth.
  for (bool grew = true; grew;) {
    grew = false;
    for (auto it = open.begin(); it != open.end();) {
      const TableInfo& table = **it;
      const auto parent = std::find_if(table.foreign_keys.begin(), table.foreign_keys.end(),
                                       [&](const ForeignKey& key) { return plans.count(key.parent_table) > 0; });
      if (parent == table.foreign_keys.end()) {
        ++it;
        continue;
      }
      const TablePlan& of = plans.at(parent->parent_table);
      plans[table.name] = {table, Scope::kChild,
                           quote_identifier(parent->column) + " IN (SELECT " + quote_identifier(parent->parent_column) +
                               " FROM " + quote_identifier(of.table.name) + " WHERE " + of.where + ")",
                           of.where_params};
      it = open.erase(it);
      grew = true;
    }
  }
  // Global tables that copied rows refer to: only the referenced rows.
  std::vector<std::string> unknown;
  for (const TableInfo* table : open) {
    TablePlan shared{*table, Scope::kShared, "", 0};
    for (const auto& [name, plan] : plans) {
      if (plan.scope == Scope::kShared) continue;
      for (const ForeignKey& key : plan.table.foreign_keys) {
        if (key.parent_table != table->name) continue;
        shared.where += std::string(shared.where.empty() ? "" : " OR ") + quote_identifier(key.parent_column) +
                        " IN (SELECT " + quote_identifier(key.column) + " FROM " + quote_identifier(name) +
                        " WHERE " + plan.where + ")";
        shared.where_params += plan.where_params;
      }
    }
    if (shared.where.empty()) {
      unknown.push_back(table->name);
    } else {
      plans[table->name] = shared;
    }
  }
  if (!unknown.empty()) {
    std::string names;
    for (const auto& name : unknown) names += (names.empty() ? "" : ", ") + name;
    return Error::unsupported("db copy does not know how table(s) " + names +
                              " belong to a workspace (no workspace_id column and no reference to a "
                              "workspace's table; see docs/storage.md): nothing was copied");
  }
  for (const auto& [name, plan] : plans) {
    if (plan.table.primary_key.empty()) {
      return Error::unsupported("table " + name + " has no primary key: db copy cannot page through it");
    }
  }
  return plans;
}

// Parents before children (a table's references to itself aside).
std::vector<const TablePlan*> insert_order(const std::map<std::string, TablePlan>& plans) {
  std::vector<const TablePlan*> order;
  std::set<std::string> placed;
  while (order.size() < plans.size()) {
    const std::size_t before = order.size();
    for (const auto& [name, plan] : plans) {
      if (placed.count(name)) continue;
      const bool ready = std::all_of(plan.table.foreign_keys.begin(), plan.table.foreign_keys.end(),
                                     [&](const ForeignKey& key) {
                                       return key.parent_table == name || placed.count(key.parent_table) ||
                                              !plans.count(key.parent_table);
                                     });
      if (!ready) continue;
      order.push_back(&plan);
      placed.insert(name);
    }
    if (order.size() == before) {  // a reference cycle: keep going in name order
      for (const auto& [name, plan] : plans) {
        if (placed.insert(name).second) order.push_back(&plan);
      }
    }
  }
  return order;
}

Status same_schema(const std::vector<TableInfo>& source, const std::vector<TableInfo>& target) {
  std::map<std::string, const TableInfo*> by_name;
  for (const auto& table : target) by_name[table.name] = &table;
  for (const auto& table : source) {
    if (kNotCopied.count(table.name)) continue;
    const auto it = by_name.find(table.name);
    if (it == by_name.end() || it->second->columns != table.columns) {
      return Error::conflict("the databases' schemas differ at table " + table.name +
                             ": open both with the same candor first");
    }
  }
  return {};
}

// Copies the rows of one table for one workspace.
class TableCopier {
 public:
  TableCopier(Database& source, Database& target, const TablePlan& plan, std::int64_t workspace_id,
              std::map<std::string, std::map<std::int64_t, std::int64_t>>& new_ids, const CopyProgress& progress)
      : source_(source), target_(target), plan_(plan), table_(plan.table), workspace_id_(workspace_id),
        new_ids_(new_ids), progress_(progress) {}

  // Rows copied; sets `renumbered` when the target already used their ids.
  Result<std::int64_t> run(bool& renumbered) {
    const Rows counted = CANDOR_TRY(source_.query(
        "SELECT COUNT(*), MIN(" + id_column() + "), MAX(" + id_column() + ") FROM " +
            quote_identifier(table_.name) + " WHERE " + plan_.where,
        scope_params()));
    total_ = counted[0].integer(0);
    if (total_ == 0) return std::int64_t{0};
    if (table_.auto_id) {
      const Rows taken = CANDOR_TRY(target_.query(
          "SELECT COUNT(*) FROM " + quote_identifier(table_.name) + " WHERE \"id\" BETWEEN ? AND ?",
          {counted[0].integer(1), counted[0].integer(2)}));
      renumber_ = taken[0].integer(0) > 0;
    }
    renumbered = renumber_;
    prepare_insert();
    CANDOR_TRY(copy_pages());
    return done_;
  }

 private:
  std::string id_column() const { return table_.auto_id ? "\"id\"" : "0"; }

  std::vector<Value> scope_params() const {
    return std::vector<Value>(static_cast<std::size_t>(plan_.where_params), Value{workspace_id_});
  }

  void prepare_insert() {
    for (std::size_t i = 0; i < table_.columns.size(); ++i) {
      if (renumber_ && table_.columns[i] == "id") continue;
      inserted_.push_back(i);
    }
    std::vector<std::string> names;
    std::string marks;
    for (const std::size_t i : inserted_) {
      names.push_back(table_.columns[i]);
      marks += marks.empty() ? "?" : ", ?";
    }
    insert_sql_ = "INSERT INTO " + quote_identifier(table_.name) + " (" + column_list(names) + ") VALUES (" + marks +
                  ")" + (renumber_ ? " RETURNING \"id\"" : "");
    for (const auto& unique : table_.unique_columns) {
      if (plan_.scope == Scope::kShared && unique != "id") match_column_ = unique;
    }
  }

  // Keyset paging in primary-key order: parents of self-references first,
  // and never more than one page of rows in memory (one row for file tables).
  Status copy_pages() {
    const std::string select = "SELECT " + column_list(table_.columns) + " FROM " + quote_identifier(table_.name) +
                               " WHERE (" + plan_.where + ")";
    const std::string order = " ORDER BY " + column_list(table_.primary_key) + " LIMIT " +
                              std::to_string(table_.has_binary ? 1 : 500);
    std::vector<std::size_t> key_positions;
    for (const auto& key : table_.primary_key) {
      key_positions.push_back(static_cast<std::size_t>(
          std::find(table_.columns.begin(), table_.columns.end(), key) - table_.columns.begin()));
    }
    std::string after = " AND (" + column_list(table_.primary_key) + ") > (";
    for (std::size_t i = 0; i < key_positions.size(); ++i) after += i ? ", ?" : "?";
    after += ")";
    std::vector<Value> last_key;
    for (;;) {
      std::vector<Value> params = scope_params();
      params.insert(params.end(), last_key.begin(), last_key.end());
      const Rows page = CANDOR_TRY(source_.query(select + (last_key.empty() ? "" : after) + order, params));
      if (page.empty()) return {};
      for (const Row& row : page) CANDOR_TRY(copy_row(row));
      last_key.clear();
      for (const std::size_t position : key_positions) last_key.push_back(page.back().value(position));
      if (progress_) progress_(table_.name, done_, total_);
    }
  }

  Status copy_row(const Row& row) {
    std::vector<Value> values;
    for (const std::size_t i : inserted_) values.push_back(translated(table_.columns[i], row.value(i)));
    ++done_;
    if (!match_column_.empty() && table_.auto_id) {
      const std::size_t at = static_cast<std::size_t>(
          std::find(table_.columns.begin(), table_.columns.end(), match_column_) - table_.columns.begin());
      const Rows existing = CANDOR_TRY(target_.query("SELECT \"id\" FROM " + quote_identifier(table_.name) +
                                                         " WHERE " + quote_identifier(match_column_) + " = ?",
                                                     {row.value(at)}));
      if (!existing.empty()) {  // the same account, already there: use it, change nothing
        remember(row, existing[0].integer(0));
        return {};
      }
    }
    if (!renumber_) return target_.execute(insert_sql_, values);
    remember(row, CANDOR_TRY(target_.insert(insert_sql_, values)));
    return {};
  }

  void remember(const Row& row, std::int64_t new_id) {
    const std::size_t id_at = static_cast<std::size_t>(
        std::find(table_.columns.begin(), table_.columns.end(), "id") - table_.columns.begin());
    const std::int64_t old_id = row.integer(id_at);
    if (old_id != new_id) new_ids_[table_.name][old_id] = new_id;
  }

  // A reference to a renumbered row follows it to its new id.
  Value translated(const std::string& column, Value value) const {
    const auto* id = std::get_if<std::int64_t>(&value);
    if (!id) return value;
    for (const ForeignKey& key : table_.foreign_keys) {
      if (key.column != column || key.parent_column != "id") continue;
      const auto renumbered = new_ids_.find(key.parent_table);
      if (renumbered == new_ids_.end()) continue;
      const auto it = renumbered->second.find(*id);
      if (it != renumbered->second.end()) return it->second;
    }
    return value;
  }

  Database& source_;
  Database& target_;
  const TablePlan& plan_;
  const TableInfo& table_;
  std::int64_t workspace_id_;
  std::map<std::string, std::map<std::int64_t, std::int64_t>>& new_ids_;
  const CopyProgress& progress_;
  bool renumber_ = false;
  std::vector<std::size_t> inserted_;  // positions of the columns written
  std::string insert_sql_;
  std::string match_column_;  // shared tables: the natural key that finds an existing row
  std::int64_t total_ = 0;
  std::int64_t done_ = 0;
};

// After rows were written with their own ids, PostgreSQL's sequences must
// move past them (SQLite numbers from the largest id by itself).
Status advance_sequences(Database& target, const std::vector<const TablePlan*>& order) {
  if (target.dialect() != Dialect::kPostgres) return {};
  for (const TablePlan* plan : order) {
    if (!plan->table.auto_id) continue;
    CANDOR_TRY(target.execute("SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT COALESCE(MAX(\"id\"), 0) + 1 FROM " +
                                  quote_identifier(plan->table.name) + "), false)",
                              {plan->table.name}));
  }
  return {};
}

Result<std::vector<std::pair<std::string, std::int64_t>>> chosen_workspaces(Database& source, Database& target,
                                                                            const std::vector<std::string>& names) {
  std::vector<std::pair<std::string, std::int64_t>> chosen;
  const Rows rows = CANDOR_TRY(source.query("SELECT name, id FROM workspaces ORDER BY id"));
  for (const Row& row : rows) {
    if (names.empty() || std::count(names.begin(), names.end(), row.text(0))) {
      chosen.emplace_back(row.text(0), row.integer(1));
    }
  }
  for (const auto& name : names) {
    if (std::none_of(chosen.begin(), chosen.end(), [&](const auto& w) { return w.first == name; })) {
      return Error::not_found("no workspace named '" + name + "' in " + source.describe());
    }
  }
  if (chosen.empty()) return Error::not_found("there is no workspace in " + source.describe());
  for (const auto& [name, id] : chosen) {
    if (!CANDOR_TRY(target.query("SELECT id FROM workspaces WHERE name = ?", {name})).empty()) {
      return Error::conflict(target.describe() + " already holds a workspace named '" + name +
                             "': nothing was copied");
    }
  }
  return chosen;
}

// The copy's journal must verify and end where the source's ends.
Status verify_copied_journal(Database& source, Database& target, const std::string& name, std::int64_t source_id) {
  const Rows copied = CANDOR_TRY(target.query("SELECT id FROM workspaces WHERE name = ?", {name}));
  if (copied.empty()) return Error::internal("workspace '" + name + "' is missing after the copy");
  const JournalCheck check = CANDOR_TRY(verify_journal(target, copied[0].integer(0)));
  const std::string source_head = CANDOR_TRY(journal_head(source, source_id));
  if (!check.intact() || check.head != source_head) {
    std::string problems;
    for (const auto& problem : check.problems) problems += "; " + problem;
    return Error::integrity("the copied journal of workspace '" + name + "' does not verify" + problems +
                            ": nothing was copied");
  }
  return {};
}

}  // namespace

Result<CopySummary> copy_workspaces(Database& source, Database& target, const std::vector<std::string>& names,
                                    const CopyProgress& progress) {
  if (source.describe() == target.describe()) {
    return Error::invalid_input("the source and the target are the same database: " + source.describe());
  }
  const std::vector<TableInfo> schema = CANDOR_TRY(read_schema(source));
  CANDOR_TRY(same_schema(schema, CANDOR_TRY(read_schema(target))));
  const auto plans = CANDOR_TRY(classify(schema));
  const auto order = insert_order(plans);
  CopySummary summary;
  std::set<std::string> renumbered;
  CANDOR_TRY(source.transaction([&]() -> Status {
    // One consistent snapshot of the source while it is read.
    if (source.dialect() == Dialect::kPostgres) {
      CANDOR_TRY(source.execute_script("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
    }
    return target.transaction([&]() -> Status {
      const auto chosen = CANDOR_TRY(chosen_workspaces(source, target, names));
      for (const auto& [name, id] : chosen) {
        std::map<std::string, std::map<std::int64_t, std::int64_t>> new_ids;
        for (const TablePlan* plan : order) {
          bool table_renumbered = false;
          summary.rows += CANDOR_TRY(TableCopier(source, target, *plan, id, new_ids, progress).run(table_renumbered));
          if (table_renumbered && plan->scope != Scope::kShared) renumbered.insert(plan->table.name);
        }
        CANDOR_TRY(verify_copied_journal(source, target, name, id));
        summary.workspaces.push_back(name);
      }
      return advance_sequences(target, order);
    });
  }));
  summary.renumbered_tables.assign(renumbered.begin(), renumbered.end());
  return summary;
}

}  // namespace candor
