// The use cases of candor, shared by every front end (the `candor` CLI, the
// HTTP server). Each takes a Caller, checks authorize(), validates its input
// with core's rules, writes in one transaction together with its journal
// entry, and returns values the front end only has to print or render.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "app/caller.h"
#include "core/benchmark.h"
#include "core/evaluation.h"
#include "core/framework.h"
#include "core/roadmap.h"
#include "core/trend.h"
#include "framework/framework_library.h"
#include "store/account_store.h"
#include "store/assessment_store.h"
#include "store/database.h"
#include "store/journal.h"
#include "store/workspace_store.h"

namespace candor::app {

struct FrameworkInfo {
  std::string key;
  std::string title;
  std::string subject_kind;
  std::string origin;  // a path, or "workspace" for frameworks stored in it
  std::size_t nodes = 0;
  std::size_t processes = 0;
};

struct NewAssessment {
  std::string framework;  // id, id:version, or a path
  std::string subject;
  std::string sector;
  std::optional<int> size;
  std::string scope;
  std::optional<Date> assessed_on;  // default: today
  int window_months = 12;
  int target_level = 3;
};

struct ClaimInput {
  std::string node;
  std::optional<int> level;
  std::string conformity;
  std::string note;
};

struct EvidenceInput {
  std::string kind;
  std::string title;
  std::string date;  // YYYY-MM-DD
  std::string source;
  std::vector<std::string> nodes;
  std::string file_name;   // with file_bytes: an attached file
  std::optional<std::string> file_bytes;
  std::string media_type;
  std::string payload_json;  // measurements
};

struct JudgementInput {
  std::string node;
  std::string attribute;  // empty: conformity
  std::string rating;     // a level id, or a percentage such as "70%"
  std::vector<Id> evidence;
  std::string rationale;
  std::string justification;
  bool provisional = false;
  bool reconciliation = false;
};

// An assessment as front ends show it: its framework, what was recorded and
// the results derived from them.
struct AssessmentView {
  std::shared_ptr<const Framework> framework;
  AssessmentRecord record;
  Results results;
  std::string workspace;
  std::string journal_head;  // the workspace's journal head when the view was read
};

struct RoadmapRequest {
  double capacity_days_per_month = 0;
  std::optional<int> target_level;  // default: the assessment's target
  std::optional<Date> start;        // default: the assessment date
};

struct ImportSummary {
  Id assessment = 0;
  int claims = 0;
  int evidence = 0;
  int judgements = 0;
};

// Benchmarking (docs/benchmark.md).
struct PoolImport {
  std::string framework_key;
  std::string pool_sha256;
  int results = 0;
  int added = 0;
  int replaced = 0;   // re-exports of an assessment already in the pool
  int unchanged = 0;  // already there: importing twice counts once
};

struct BenchmarkInput {
  std::string sector;     // "" = every sector
  std::string size_band;  // "" = every band
  int minimum_peers = kDefaultMinimumPeers;
  std::string pool_framework;  // "" = the assessment's framework, else one it maps to
};

// A synthetic peer pool's file text for a library framework, the same for
// the same seed everywhere. Needs no database.
Result<std::string> generate_pool(const FrameworkLibrary& library, const std::string& framework, int assessments,
                                  std::uint64_t seed);

class Application {
 public:
  static Result<std::unique_ptr<Application>> open(const std::string& database_url,
                                                   FrameworkLibrary library = FrameworkLibrary::standard());

  // The local user of the CLI acts as the workspace's admin. An empty name
  // picks the only workspace there is.
  Result<Caller> local_caller(const std::string& workspace_name, const std::string& actor);

  Result<Workspace> create_workspace(const std::string& name, const std::string& actor);
  Result<std::vector<Workspace>> list_workspaces();

  // Frameworks: the library's files plus those stored in the caller's workspace.
  std::vector<FrameworkInfo> list_frameworks(const Caller* caller);
  Result<std::shared_ptr<const Framework>> find_framework(const Caller* caller, const std::string& reference);
  Result<FrameworkInfo> add_framework(const Caller& caller, const std::string& path);

  Result<Id> create_assessment(const Caller& caller, const NewAssessment& input);
  Result<std::vector<AssessmentRow>> list_assessments(const Caller& caller);
  Result<Id> add_claim(const Caller& caller, Id assessment, const ClaimInput& input);
  // Several claims at once (a questionnaire): all recorded, or none.
  Result<std::vector<Id>> add_claims(const Caller& caller, Id assessment, const std::vector<ClaimInput>& inputs);
  Result<Id> add_evidence(const Caller& caller, Id assessment, const EvidenceInput& input);
  Result<Id> add_judgement(const Caller& caller, Id assessment, const JudgementInput& input);
  Result<std::string> evidence_file(const Caller& caller, Id assessment, Id evidence);
  // Process owners: a process owner gives claims only for the processes
  // assigned to him. Every node must be a process of the framework.
  Status assign_owner(const Caller& caller, Id assessment, const std::string& actor,
                      const std::vector<std::string>& processes);
  Status remove_owner(const Caller& caller, Id assessment, const std::string& actor,
                      const std::vector<std::string>& processes);
  // The workspace's members who may be made process owners (role process_owner).
  Result<std::vector<MemberRow>> process_owner_members(const Caller& caller);

  Result<AssessmentView> view(const Caller& caller, Id assessment);
  // The workspace's journal head: it moves with every change, so front ends
  // key caches of derived results on it.
  Result<std::string> journal_head(const Caller& caller);
  Result<Roadmap> roadmap(const Caller& caller, const AssessmentView& view, const RoadmapRequest& request);

  // All-or-nothing import of claims, evidence and judgements (docs/import.md).
  Result<ImportSummary> import_file(const Caller& caller, const std::string& path,
                                    std::optional<Id> into_assessment);

  // Peer pools: anonymised export (the pool file's text), idempotent import,
  // and comparison.
  Result<std::string> export_pool(const Caller& caller, const std::vector<Id>& assessments);
  Result<PoolImport> import_pool(const Caller& caller, const std::string& path);
  Result<BenchmarkComparison> compare_with_pool(const Caller& caller, Id assessment, const BenchmarkInput& input);

  // Reassessment: a new assessment of the same subject, scope and framework
  // that points to the earlier one; nothing recorded is carried over.
  Result<Id> reassess(const Caller& caller, Id earlier, std::optional<Date> assessed_on);
  // The subject's assessments (by name, or an assessment id), oldest first.
  Result<Trend> trend(const Caller& caller, const std::string& subject);

  Result<JournalCheck> verify_journal(const Caller& caller);
  Result<std::vector<JournalEntry>> journal(const Caller& caller);

  // This thread's connection to the store. Each thread (the CLI's one, the
  // server's workers) gets its own, opened on first use and kept while the
  // Application lives; SQLite in WAL mode and PostgreSQL both serve several.
  Database& db();
  const std::string& database_url() const { return database_url_; }

 private:
  Application(std::string url, std::unique_ptr<Database> first, FrameworkLibrary library);

  // Where a framework reference leads: the workspace's stored frameworks
  // first, then the library.
  struct FrameworkSource {
    std::string key;
    std::string title;
    std::string text;
    std::string origin;
  };
  Result<FrameworkSource> framework_source(const Caller* caller, const std::string& reference);
  // Parsed frameworks by the SHA-256 of their text: parsing once per process.
  Result<std::shared_ptr<const Framework>> parse_framework(const std::string& sha256,
                                                           const std::string& text,
                                                           const std::string& origin);
  Result<std::shared_ptr<const Framework>> framework_of(const Caller& caller, const AssessmentRow& row);
  Result<Id> add_evidence_in_transaction(const Caller& caller, const Framework& framework, Id assessment,
                                         const EvidenceInput& input);
  Result<Id> add_judgement_in_transaction(const Caller& caller, const Framework& framework,
                                          AssessmentRecord& record, const JudgementInput& input);
  Status journal(const Caller& caller, const Change& change);
  Status change_owner(const Caller& caller, Id assessment, const std::string& actor,
                      const std::vector<std::string>& processes, const std::string& action,
                      const std::function<Status(const std::string&)>& change);

  std::string database_url_;
  std::mutex connections_mutex_;
  std::map<std::thread::id, std::unique_ptr<Database>> connections_;
  FrameworkLibrary library_;
  std::mutex frameworks_mutex_;
  std::map<std::string, std::shared_ptr<const Framework>> frameworks_;
};

}  // namespace candor::app
