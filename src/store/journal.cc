#include "store/journal.h"

#include <map>

#include "base/date.h"
#include "base/sha256.h"

namespace candor {

const char* const kGenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

namespace {

void add_field(std::string& out, std::string_view field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
  out += ',';
}

JournalEntry entry_from(const Row& row) {
  return {row.integer(0), row.text(1), row.text(2), row.text(3), row.text(4), row.text(5),
          row.text(6),    row.text(7), row.text(8), row.text(9)};
}

constexpr const char* kSelectEntries =
    "SELECT seq, at, actor, action, entity, entity_id, before_state, after_state, prev_hash, hash "
    "FROM journal WHERE workspace_id = ? ";

}  // namespace

std::string journal_entry_hash(const JournalEntry& entry) {
  std::string encoded;
  add_field(encoded, std::to_string(entry.seq));
  for (const std::string* field : {&entry.at, &entry.actor, &entry.action, &entry.entity,
                                   &entry.entity_id, &entry.before, &entry.after, &entry.prev_hash}) {
    add_field(encoded, *field);
  }
  return sha256_hex(encoded);
}

Status append_journal(Database& database, std::int64_t workspace_id, const std::string& actor,
                      const Change& change) {
  return database.transaction([&]() -> Status {
    // Claiming the next number first locks the workspace row on PostgreSQL,
    // so concurrent appends queue instead of both taking the same number.
    const Rows head = CANDOR_TRY(database.query(
        "UPDATE workspaces SET journal_seq = journal_seq + 1 WHERE id = ? "
        "RETURNING journal_seq, journal_head",
        {workspace_id}));
    if (head.empty()) return Error::not_found("workspace " + std::to_string(workspace_id));
    JournalEntry entry{head[0].integer(0), utc_timestamp_now(), actor,        change.action,
                       change.entity,      change.entity_id,   change.before, change.after,
                       head[0].text(1)};
    entry.hash = journal_entry_hash(entry);
    CANDOR_TRY(database.execute(
        "INSERT INTO journal (workspace_id, seq, at, actor, action, entity, entity_id, before_state, "
        "after_state, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {workspace_id, entry.seq, entry.at, entry.actor, entry.action, entry.entity, entry.entity_id,
         entry.before, entry.after, entry.prev_hash, entry.hash}));
    return database.execute("UPDATE workspaces SET journal_head = ? WHERE id = ?",
                            {entry.hash, workspace_id});
  });
}

Result<std::vector<JournalEntry>> read_journal(Database& database, std::int64_t workspace_id,
                                               const std::string& entity,
                                               const std::string& entity_id) {
  std::string sql = kSelectEntries;
  std::vector<Value> params{workspace_id};
  if (!entity.empty()) {
    sql += "AND entity = ? AND entity_id = ? ";
    params.emplace_back(entity);
    params.emplace_back(entity_id);
  }
  const Rows rows = CANDOR_TRY(database.query(sql + "ORDER BY seq", params));
  std::vector<JournalEntry> out;
  for (const auto& row : rows) out.push_back(entry_from(row));
  return out;
}

namespace {

// "entry 4 is missing (deleted)", "entries 4 to 5 are missing (deleted)".
std::string missing_entries(std::int64_t from, std::int64_t to, const std::string& how) {
  if (from == to) return "entry " + std::to_string(from) + " is missing (" + how + ")";
  return "entries " + std::to_string(from) + " to " + std::to_string(to) + " are missing (" + how + ")";
}

// The position each entry was written at, found by walking the chain from the
// genesis hash: entry n+1 names entry n's hash as its prev_hash. Entries whose
// predecessor is gone are absent.
std::map<std::string, std::int64_t> written_positions(const std::vector<JournalEntry>& entries) {
  std::map<std::string, const JournalEntry*> by_prev_hash;
  for (const auto& entry : entries) by_prev_hash.emplace(entry.prev_hash, &entry);
  std::map<std::string, std::int64_t> out;  // hash -> position
  std::string hash = kGenesisHash;
  for (std::int64_t position = 1;; ++position) {
    const auto it = by_prev_hash.find(hash);
    if (it == by_prev_hash.end() || out.count(it->second->hash)) break;
    hash = it->second->hash;
    out[hash] = position;
  }
  return out;
}

std::string describe_tampering(const JournalEntry& entry,
                               const std::map<std::string, std::int64_t>& positions) {
  const std::string name = "entry " + std::to_string(entry.seq);
  const auto written = positions.find(entry.hash);
  if (written != positions.end() && written->second != entry.seq) {
    JournalEntry moved = entry;
    moved.seq = written->second;
    if (journal_entry_hash(moved) == entry.hash) {
      return name + " was reordered: it was written as entry " + std::to_string(moved.seq);
    }
  }
  return name + " was edited: its content (" + entry.action + " by " + entry.actor + " at " +
         entry.at + ") does not match its hash";
}

}  // namespace

Result<std::string> journal_head(Database& database, std::int64_t workspace_id) {
  const Rows rows = CANDOR_TRY(database.query("SELECT journal_head FROM workspaces WHERE id = ?", {workspace_id}));
  if (rows.empty()) return Error::not_found("workspace " + std::to_string(workspace_id));
  return rows.front().text(0);
}

Result<JournalCheck> verify_journal(Database& database, std::int64_t workspace_id) {
  const Rows rows =
      CANDOR_TRY(database.query(std::string(kSelectEntries) + "ORDER BY seq", {workspace_id}));
  std::vector<JournalEntry> entries;
  for (const auto& row : rows) entries.push_back(entry_from(row));
  const auto positions = written_positions(entries);
  JournalCheck check;
  std::string previous_hash = kGenesisHash;
  std::int64_t expected_seq = 1;
  bool previous_flagged = false;  // one tampering is reported once, not again at its successor
  for (const auto& entry : entries) {
    const std::string name = "entry " + std::to_string(entry.seq);
    const bool hash_ok = journal_entry_hash(entry) == entry.hash;
    if (entry.seq > expected_seq) {
      check.problems.push_back(missing_entries(expected_seq, entry.seq - 1, "deleted"));
    }
    const bool broken_link = entry.seq == expected_seq && entry.prev_hash != previous_hash;
    if (!hash_ok) {
      check.problems.push_back(describe_tampering(entry, positions));
    } else if (broken_link && !previous_flagged) {
      check.problems.push_back(name + " does not follow entry " + std::to_string(entry.seq - 1) +
                               " (the entry before it was replaced)");
    }
    previous_flagged = !hash_ok;
    previous_hash = entry.hash;
    expected_seq = entry.seq + 1;
    ++check.entries;
  }
  const Rows head = CANDOR_TRY(database.query(
      "SELECT journal_seq, journal_head FROM workspaces WHERE id = ?", {workspace_id}));
  if (!head.empty()) {
    const std::int64_t recorded = head[0].integer(0);
    if (recorded > expected_seq - 1) {
      check.problems.push_back(missing_entries(expected_seq, recorded, "deleted from the end"));
    } else if (head[0].text(1) != previous_hash) {
      check.problems.push_back("the last entry (" + std::to_string(expected_seq - 1) +
                               ") does not match the recorded head of the journal");
    }
    check.head = head[0].text(1);
  }
  return check;
}

}  // namespace candor
