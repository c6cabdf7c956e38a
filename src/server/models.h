// The JSON models of the pages: built from an assessment view, returned as
// they are by the API and rendered by the page templates. Pure functions of
// their inputs. Internal to src/server.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/application.h"

namespace candor::server {

nlohmann::json assessment_json(const Assessment& assessment, const std::string& url);
// Every node in framework order, with its depth and status.
nlohmann::json framework_tree(const app::AssessmentView& view, const std::string& url);
// Processes to claim, with the caller's latest claims and the scales' help.
nlohmann::json questionnaire(const app::AssessmentView& view, const app::Caller& caller);
// Every process with its owners, for the owners page.
nlohmann::json process_owners(const app::AssessmentView& view);
nlohmann::json evidence_list(const app::AssessmentView& view, const std::string& url);
// The judgement form for one node: its ratable items, the scales with help,
// and the evidence to choose from (what bears on the node, then the rest).
nlohmann::json judge_form(const app::AssessmentView& view, const std::string& node_id);
nlohmann::json disagreement_list(const app::AssessmentView& view, const std::string& url);
// What the caller could do next in this assessment, by role.
nlohmann::json next_actions(const app::AssessmentView& view, const app::Caller& caller, const std::string& url);

}  // namespace candor::server
