// The qualification part of the demo workspace (`candor demo`): a Master
// cohort with one candidate, Carla, whose application is
// demo/candidate-carla.yaml; Erin examines the cohort and has written and
// assigned one exam question; the exam session is tomorrow, so the question
// was written before it and Erin can judge the answer. The demo logins
// (`candor user demo`) carry the same names.
#include <iostream>

#include "app/qualifications.h"
#include "cli/commands.h"

namespace candor::cli {

Status add_demo_cohort(app::Application& application, const app::Caller& admin, const std::string& application_file) {
  app::Qualifications qualifications(application);
  const Date today = Date::today();
  app::NewCohort cohort{"Master-demo", "master-itsm-iso20000", "classroom", today.add_days(-7 * 22).to_string(),
                        "Northwind Academy"};
  CANDOR_TRY(qualifications.create_cohort(admin, cohort));
  CANDOR_TRY(qualifications.add_member(admin, cohort.name, "erin", "examiner"));
  const RecordId candidate = CANDOR_TRY(qualifications.add_candidate(admin, cohort.name, "carla", application_file));
  const app::Caller erin{admin.workspace_id, admin.workspace, "erin", app::Role::kExaminer};
  const RecordId question = CANDOR_TRY(qualifications.add_question(
      erin, cohort.name, "certification",
      "Your report proposes certifying the whole service management system at once. How would you scope the first "
      "certification audit, and why?",
      {"names a scope statement with services, locations and the organisation",
       "weighs a staged scope against the audit's cost and risk"}));
  CANDOR_TRY(qualifications.assign_question(erin, candidate, question));
  CANDOR_TRY(qualifications.start_session(erin, cohort.name, today.add_days(1)));
  std::cerr << "demo cohort " << cohort.name << ": candidate " << candidate << " (carla), examiner erin\n";
  return ok_status();
}

}  // namespace candor::cli
