#include "app/caller.h"

#include <algorithm>
#include <initializer_list>

namespace candor::app {
namespace {

struct RoleName {
  Role role;
  const char* name;
};

constexpr RoleName kRoles[] = {
    {Role::kAdmin, "admin"},     {Role::kLeadAssessor, "lead-assessor"},
    {Role::kAssessor, "assessor"}, {Role::kProcessOwner, "process-owner"},
    {Role::kExaminer, "examiner"}, {Role::kTutor, "tutor"},
    {Role::kCandidate, "candidate"}, {Role::kViewer, "viewer"},
};

// The one table of who may do what.
bool allowed(Role role, Permission permission) {
  using P = Permission;
  const auto in = [&](std::initializer_list<P> list) {
    return std::find(list.begin(), list.end(), permission) != list.end();
  };
  switch (role) {
    case Role::kAdmin: return true;
    case Role::kLeadAssessor:
      return in({P::kReadAssessment, P::kCreateAssessment, P::kAddEvidence, P::kJudge, P::kReconcile,
                 P::kReadJournal, P::kAddFramework, P::kSharePeerResults, P::kImportPeerPool,
                 P::kAssignOwners});
    case Role::kAssessor: return in({P::kReadAssessment, P::kAddEvidence, P::kJudge});
    case Role::kProcessOwner: return in({P::kReadAssessment, P::kClaim, P::kAddEvidence});
    case Role::kViewer: return in({P::kReadAssessment});
    case Role::kExaminer:
    case Role::kTutor:
    case Role::kCandidate: return false;  // qualification roles; see the scheme use cases
  }
  return false;
}

}  // namespace

const char* to_string(Role role) {
  for (const auto& entry : kRoles) {
    if (entry.role == role) return entry.name;
  }
  return "?";
}

Result<Role> parse_role(std::string_view text) {
  for (const auto& entry : kRoles) {
    if (text == entry.name) return entry.role;
  }
  return Error::invalid_input("unknown role '" + std::string(text) + "'");
}

const char* to_string(Permission permission) {
  switch (permission) {
    case Permission::kReadAssessment: return "read assessments";
    case Permission::kCreateAssessment: return "create assessments";
    case Permission::kClaim: return "give self-assessment claims";
    case Permission::kAddEvidence: return "add evidence";
    case Permission::kJudge: return "judge requirements";
    case Permission::kReconcile: return "reconcile disagreements";
    case Permission::kManageWorkspace: return "manage the workspace";
    case Permission::kReadJournal: return "read the journal";
    case Permission::kAddFramework: return "add frameworks";
    case Permission::kSharePeerResults: return "export results to a peer pool";
    case Permission::kImportPeerPool: return "import peer pools";
    case Permission::kAssignOwners: return "assign process owners";
  }
  return "?";
}

bool answers_for(const Caller& caller, const std::vector<ProcessOwner>& owners, const std::string& node_id) {
  if (!allowed(caller.role, Permission::kClaim)) return false;
  return caller.role != Role::kProcessOwner || is_owner(owners, caller.actor, node_id);
}

Status authorize(const Caller& caller, Permission permission) {
  if (caller.workspace_id == 0) return Error::unauthenticated("no workspace selected");
  if (allowed(caller.role, permission)) return {};
  return Error::permission_denied(std::string("a ") + to_string(caller.role) + " may not " +
                                  to_string(permission) + " in workspace '" + caller.workspace + "'");
}

}  // namespace candor::app
