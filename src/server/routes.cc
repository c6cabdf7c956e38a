#include "server/routes.h"

#include "server/handlers.h"

namespace candor::server {

const std::vector<Route>& route_table() {
  using A = Access;
  using P = app::Permission;
  using S = Surface;
  static const std::vector<Route> table = {
      // Pages and API calls open to anyone.
      {"GET", "/", A::kPublic, {}, S::kPage, home},
      {"GET", "/signin", A::kPublic, {}, S::kPage, sign_in_page},
      {"POST", "/signin", A::kPublic, {}, S::kBoth, sign_in},
      {"GET", "/static/{asset}", A::kPublic, {}, S::kPage, static_asset},
      // The signed-in user's own account.
      {"POST", "/signout", A::kSignedIn, {}, S::kBoth, sign_out},
      {"GET", "/account", A::kSignedIn, {}, S::kBoth, account_page},
      {"POST", "/account/password", A::kSignedIn, {}, S::kBoth, change_password},
      // One workspace: the wrapper resolves {workspace} to the user's membership.
      // The dashboard: assessments for who reads them, candidate records for the qualification roles.
      {"GET", "/w/{workspace}", A::kMember, {}, S::kBoth, dashboard},
      {"POST", "/w/{workspace}/assessments", A::kMember, P::kCreateAssessment, S::kBoth, create_assessment},
      {"GET", "/w/{workspace}/a/{assessment}", A::kMember, P::kReadAssessment, S::kBoth, assessment_page},
      {"GET", "/w/{workspace}/a/{assessment}/questionnaire", A::kMember, P::kClaim, S::kBoth, questionnaire_page},
      {"POST", "/w/{workspace}/a/{assessment}/claims", A::kMember, P::kClaim, S::kBoth, add_claims},
      {"GET", "/w/{workspace}/a/{assessment}/owners", A::kMember, P::kReadAssessment, S::kBoth, owners_page},
      {"POST", "/w/{workspace}/a/{assessment}/owners", A::kMember, P::kAssignOwners, S::kBoth, change_owners},
      {"GET", "/w/{workspace}/a/{assessment}/evidence", A::kMember, P::kReadAssessment, S::kBoth, evidence_page},
      {"POST", "/w/{workspace}/a/{assessment}/evidence", A::kMember, P::kAddEvidence, S::kBoth, add_evidence,
       Body::kUpload},
      {"GET", "/w/{workspace}/a/{assessment}/evidence/{evidence}/file", A::kMember, P::kReadAssessment, S::kBoth,
       evidence_file},
      {"GET", "/w/{workspace}/a/{assessment}/judge", A::kMember, P::kJudge, S::kBoth, judge_page},
      {"POST", "/w/{workspace}/a/{assessment}/judgements", A::kMember, P::kJudge, S::kBoth, add_judgement},
      {"GET", "/w/{workspace}/a/{assessment}/disagreements", A::kMember, P::kReadAssessment, S::kBoth,
       disagreements_page},
      {"POST", "/w/{workspace}/a/{assessment}/reconcile", A::kMember, P::kReconcile, S::kBoth, reconcile},
      {"GET", "/w/{workspace}/a/{assessment}/results", A::kMember, P::kReadAssessment, S::kBoth, results_page},
      {"GET", "/w/{workspace}/a/{assessment}/roadmap", A::kMember, P::kReadAssessment, S::kBoth, roadmap_page},
      {"GET", "/w/{workspace}/a/{assessment}/report.{format}", A::kMember, P::kReadAssessment, S::kBoth,
       report_download},
      // Qualification: the use cases decide who may (the candidate, her tutors and examiners).
      {"GET", "/w/{workspace}/candidates/{candidate}", A::kMember, {}, S::kBoth, candidate_page},
      {"POST", "/w/{workspace}/candidates/{candidate}/submissions", A::kMember, {}, S::kBoth, submit_artefact,
       Body::kUpload},
      // Operational evidence: ticket logs, named by their SHA-256 in the workspace's store.
      {"GET", "/w/{workspace}/a/{assessment}/ops", A::kMember, P::kReadAssessment, S::kBoth, ops_page},
      {"POST", "/w/{workspace}/a/{assessment}/ops/logs", A::kMember, P::kAddEvidence, S::kBoth, upload_log,
       Body::kUpload},
      {"GET", "/w/{workspace}/a/{assessment}/ops/logs/{log}", A::kMember, P::kReadAssessment, S::kBoth, log_page},
      {"POST", "/w/{workspace}/a/{assessment}/ops/logs/{log}/attach", A::kMember, P::kAddEvidence, S::kBoth,
       attach_log},
      // Examining (examiners of the cohort), the decision, the certificate.
      {"GET", "/w/{workspace}/candidates/{candidate}/exam", A::kMember, {}, S::kBoth, exam_page},
      {"POST", "/w/{workspace}/candidates/{candidate}/marks", A::kMember, {}, S::kBoth, save_marks},
      {"GET", "/w/{workspace}/candidates/{candidate}/decision", A::kMember, {}, S::kBoth, decision_page},
      {"POST", "/w/{workspace}/candidates/{candidate}/decision", A::kMember, {}, S::kBoth, record_decision},
      {"POST", "/w/{workspace}/candidates/{candidate}/reconcile", A::kMember, {}, S::kBoth, reconcile_marks},
      {"POST", "/w/{workspace}/candidates/{candidate}/certificate", A::kMember, {}, S::kBoth, issue_certificate},
      {"GET", "/w/{workspace}/candidates/{candidate}/certificate.{format}", A::kMember, {}, S::kBoth,
       certificate_download},
      // The question bank: the cohort's examiners write, read (journaled) and assign questions.
      {"GET", "/w/{workspace}/cohorts/{cohort}/questions", A::kMember, {}, S::kBoth, question_bank_page},
      {"POST", "/w/{workspace}/cohorts/{cohort}/questions", A::kMember, {}, S::kBoth, add_question},
      {"POST", "/w/{workspace}/cohorts/{cohort}/session", A::kMember, {}, S::kBoth, start_session},
      {"POST", "/w/{workspace}/candidates/{candidate}/questions", A::kMember, {}, S::kBoth, assign_question},
      // Anyone may verify a certificate; the issuer's key and status list are public.
      {"GET", "/verify", A::kPublic, {}, S::kBoth, verify_page},
      {"POST", "/verify", A::kPublic, {}, S::kBoth, verify_credential, Body::kUpload},
      {"GET", "/issuer.jwk", A::kPublic, {}, S::kPage, issuer_key},
      {"GET", "/status/{list}", A::kPublic, {}, S::kPage, status_list},
  };
  return table;
}

bool match_route(const std::string& pattern, const std::string& path, std::map<std::string, std::string>& params) {
  std::size_t p = 0;  // position in pattern
  std::size_t s = 0;  // position in path
  while (p < pattern.size()) {
    if (pattern[p] == '{') {
      const std::size_t close = pattern.find('}', p);
      const std::string name = pattern.substr(p + 1, close - p - 1);
      // A parameter runs to the pattern's next literal character (or the end
      // of the segment), and is never empty.
      const char stop = close + 1 < pattern.size() ? pattern[close + 1] : '/';
      std::size_t end = s;
      while (end < path.size() && path[end] != '/' && path[end] != stop) ++end;
      if (end == s) return false;
      params[name] = path.substr(s, end - s);
      s = end;
      p = close + 1;
    } else {
      if (s >= path.size() || path[s] != pattern[p]) return false;
      ++s;
      ++p;
    }
  }
  return s == path.size();
}

}  // namespace candor::server
