// The handlers behind the routes (routes.cc). Each reads the request, calls
// the application layer as the Exchange's caller, and answers with a page or
// JSON. No access checks and no business rules here: the route wrapper and
// app/ own those. Internal to src/server.
#pragma once

#include "server/exchange.h"

namespace candor::server {

// Signing in and out, the account (auth_handlers.cc).
Status home(Exchange& x);
Status sign_in_page(Exchange& x);
Status sign_in(Exchange& x);
Status sign_out(Exchange& x);
Status account_page(Exchange& x);
Status change_password(Exchange& x);
Status static_asset(Exchange& x);

// A workspace and its assessments (assessment_handlers.cc).
Status dashboard(Exchange& x);
Status create_assessment(Exchange& x);
Status assessment_page(Exchange& x);
Status questionnaire_page(Exchange& x);
Status add_claims(Exchange& x);
Status owners_page(Exchange& x);
Status change_owners(Exchange& x);
Status evidence_page(Exchange& x);
Status add_evidence(Exchange& x);
Status evidence_file(Exchange& x);
Status judge_page(Exchange& x);
Status add_judgement(Exchange& x);
Status disagreements_page(Exchange& x);
Status reconcile(Exchange& x);

// Derived results, roadmap and reports (results_handlers.cc).
Status results_page(Exchange& x);
Status roadmap_page(Exchange& x);
Status report_download(Exchange& x);

// Qualification: a candidate's record and artefact submissions (qualification_handlers.cc).
Status candidate_page(Exchange& x);
Status submit_artefact(Exchange& x);
// The candidate records the caller may open, for the dashboard.
Result<nlohmann::json> candidate_list(Exchange& x);

// Examining: the examiner's form, the decision, the certificate (examining_handlers.cc).
Status exam_page(Exchange& x);
Status save_marks(Exchange& x);
Status decision_page(Exchange& x);
Status record_decision(Exchange& x);
Status reconcile_marks(Exchange& x);
Status issue_certificate(Exchange& x);
Status certificate_download(Exchange& x);
Status question_bank_page(Exchange& x);
Status add_question(Exchange& x);
Status start_session(Exchange& x);
Status assign_question(Exchange& x);

// Public certificate verification, the issuer's key and status list (verification_handlers.cc).
Status verify_page(Exchange& x);
Status verify_credential(Exchange& x);
Status issuer_key(Exchange& x);
Status status_list(Exchange& x);

// Operational evidence: ticket logs, their KPIs and process map (ops_handlers.cc).
Status ops_page(Exchange& x);
Status upload_log(Exchange& x);
Status log_page(Exchange& x);
Status attach_log(Exchange& x);

}  // namespace candor::server
