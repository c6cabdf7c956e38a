// The append-only journal of every change in a workspace: who, when, what,
// and the state before and after. Entries are hash-chained (each hash covers
// the entry and the previous entry's hash) and the workspace row keeps the
// chain's head, so an edited, deleted or reordered entry is detected and named
// by `candor journal verify`. Appends happen in the caller's transaction, so a
// change and its journal entry are committed together or not at all.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "store/database.h"

namespace candor {

struct Change {
  std::string action;     // "judgement.add", "assessment.create", ...
  std::string entity;     // "judgement"
  std::string entity_id;  // "42"
  std::string before;     // JSON, "" when created
  std::string after;      // JSON, "" when removed
};

struct JournalEntry {
  std::int64_t seq = 0;
  std::string at;
  std::string actor;
  std::string action;
  std::string entity;
  std::string entity_id;
  std::string before;
  std::string after;
  std::string prev_hash;
  std::string hash;
};

struct JournalCheck {
  std::int64_t entries = 0;
  std::string head;  // the last entry's hash: quote it to anchor the journal outside candor
  std::vector<std::string> problems;  // one sentence each, naming the entry
  bool intact() const { return problems.empty(); }
};

extern const char* const kGenesisHash;  // the prev_hash of entry 1

// The hash of an entry: SHA-256 over its fields and prev_hash, each
// length-prefixed so no two different entries share an encoding.
std::string journal_entry_hash(const JournalEntry& entry);

Status append_journal(Database& database, std::int64_t workspace_id, const std::string& actor,
                      const Change& change);
Result<std::vector<JournalEntry>> read_journal(Database& database, std::int64_t workspace_id,
                                               const std::string& entity = "",
                                               const std::string& entity_id = "");
// The hash of the workspace's latest entry (the genesis hash when empty).
Result<std::string> journal_head(Database& database, std::int64_t workspace_id);
Result<JournalCheck> verify_journal(Database& database, std::int64_t workspace_id);

}  // namespace candor
