// What an assessment is made of: the subject and scope, the claims of the
// people assessed, the evidence seen, and the judgements assessors made from it.
// Plain records; the store persists them and core/evaluation derives results.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/result.h"

namespace candor {

using Id = std::int64_t;

enum class EvidenceKind {
  kInterview,
  kDocument,
  kObservation,
  kRecord,
  kMeasurement,
  kCertificate,
  kReference,
  kReport,
  kPresentation,
  kOther,
};
const char* to_string(EvidenceKind kind);
Result<EvidenceKind> parse_evidence_kind(std::string_view text);
// "interview | document | ..." for messages and help.
std::string evidence_kind_choices();

struct Assessment {
  Id id = 0;
  std::string framework_key;     // "iso20000-1:2018"
  std::string framework_sha256;  // of the framework text the assessment was made with
  std::string subject;
  std::string sector;
  std::optional<int> size;  // number of staff in scope
  std::string scope;
  Date assessed_on;          // the reference date for evidence age and the roadmap
  int window_months = 12;    // evidence older than this counts less
  int target_level = 3;      // the capability level the subject aims for
  std::string status = "open";  // open | closed
  std::optional<Id> previous;   // the assessment this one reassesses
  std::string created_at;
};

// A self-assessment by a process owner: what they say, not what was seen.
struct Claim {
  Id id = 0;
  std::string node_id;
  std::optional<int> level;  // claimed capability level (processes)
  std::string conformity;    // claimed conformity level id (optional)
  std::string note;
  std::string by;
  std::string at;
};

struct Evidence {
  Id id = 0;
  EvidenceKind kind = EvidenceKind::kOther;
  std::string title;
  Date observed_on;
  std::string source;  // who or what it came from
  std::string file_sha256;  // empty when there is no file
  std::string file_name;
  std::string media_type;
  std::string payload_json;  // measurements: the computed figures and their method
  std::vector<std::string> node_ids;  // the requirements it bears on
  std::string by;
  std::string at;
};

// How firmly a judgement stands. A verified judgement rests on evidence; a
// provisional one is an assessor's working opinion and never counts in results.
enum class Basis { kVerified, kProvisional };

struct Judgement {
  Id id = 0;  // ids grow with time: a larger id is a later judgement
  std::string node_id;
  std::string attribute_id;  // a process attribute ("PA2.1"); empty = conformity
  std::string rating;        // a level id of the applicable scale
  std::optional<double> percent;  // when given as a percentage
  Basis basis = Basis::kVerified;
  std::string rationale;
  std::string justification;  // required for levels such as not-applicable
  std::vector<Id> evidence_ids;
  bool reconciliation = false;  // the lead assessor's settlement of a disagreement
  std::string by;
  std::string at;
};

// Who answers the self-assessment for a process: a process owner gives
// claims only for the processes assigned to him.
struct ProcessOwner {
  std::string node_id;
  std::string actor;
  std::string assigned_by;
  std::string assigned_at;
};

bool is_owner(const std::vector<ProcessOwner>& owners, const std::string& actor, const std::string& node_id);

// Everything known about one assessment, as loaded from the store.
struct AssessmentRecord {
  Assessment assessment;
  std::vector<Claim> claims;
  std::vector<Evidence> evidence;
  std::vector<Judgement> judgements;
  std::vector<ProcessOwner> owners;  // by node, then actor

  const Evidence* find_evidence(Id id) const;
};

}  // namespace candor
