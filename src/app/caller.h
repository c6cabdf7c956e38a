// Who is acting, in which workspace, in which role. Every use case takes a
// Caller and asks authorize() before it reads or changes anything, so access
// is decided in one place for the CLI and the web application alike.
#pragma once

#include <cstdint>
#include <string>

#include "base/result.h"
#include "core/assessment.h"

namespace candor::app {

enum class Role {
  kAdmin,
  kLeadAssessor,
  kAssessor,
  kProcessOwner,
  kExaminer,
  kTutor,
  kCandidate,
  kViewer,
};
const char* to_string(Role role);
Result<Role> parse_role(std::string_view text);

enum class Permission {
  kReadAssessment,
  kCreateAssessment,
  kClaim,          // give self-assessment claims
  kAddEvidence,
  kJudge,          // rate requirements and process attributes
  kReconcile,      // settle assessors' disagreements
  kManageWorkspace,
  kReadJournal,
  kAddFramework,
  kSharePeerResults,  // export anonymised results into a peer pool file
  kImportPeerPool,    // add a peer pool to the workspace
  kAssignOwners,      // say which process owner answers for which process
};
const char* to_string(Permission permission);

struct Caller {
  std::int64_t workspace_id = 0;
  std::string workspace;
  std::string actor;
  Role role = Role::kViewer;
};

// kPermissionDenied naming the role and what it may not do.
Status authorize(const Caller& caller, Permission permission);

// Whether the caller answers the self-assessment for a process: a process
// owner only for the processes assigned to him; others who may claim (the
// admin, who enters what owners sent on paper) for any.
bool answers_for(const Caller& caller, const std::vector<ProcessOwner>& owners, const std::string& node_id);

}  // namespace candor::app
