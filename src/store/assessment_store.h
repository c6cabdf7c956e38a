// Assessments and what they are made of (claims, evidence, judgements), always
// read and written within one workspace.
#pragma once

#include <cstdint>
#include <vector>

#include "core/assessment.h"
#include "store/database.h"

namespace candor {

struct AssessmentRow {
  Assessment assessment;
  std::int64_t framework_id = 0;
};

Result<Id> insert_assessment(Database& database, std::int64_t workspace_id, std::int64_t framework_id,
                             const Assessment& assessment);
Result<AssessmentRow> find_assessment(Database& database, std::int64_t workspace_id, Id id);
Result<std::vector<AssessmentRow>> list_assessments(Database& database, std::int64_t workspace_id);

Result<Id> insert_claim(Database& database, std::int64_t workspace_id, Id assessment_id, const Claim& claim);
Result<Id> insert_evidence(Database& database, std::int64_t workspace_id, Id assessment_id,
                           const Evidence& evidence);
Status link_evidence(Database& database, Id evidence_id, const std::string& node_id);
Result<Id> insert_judgement(Database& database, std::int64_t workspace_id, Id assessment_id,
                            const Judgement& judgement);

// Process owners: assigning twice is a no-op; removing one not assigned is kNotFound.
Status insert_process_owner(Database& database, std::int64_t workspace_id, Id assessment_id,
                            const ProcessOwner& owner);
Status delete_process_owner(Database& database, std::int64_t workspace_id, Id assessment_id,
                            const std::string& node_id, const std::string& actor);
Result<std::vector<ProcessOwner>> list_process_owners(Database& database, std::int64_t workspace_id,
                                                      Id assessment_id);

// The assessment with all its claims, evidence, judgements and process owners.
Result<AssessmentRecord> load_assessment_record(Database& database, std::int64_t workspace_id, Id id);

}  // namespace candor
