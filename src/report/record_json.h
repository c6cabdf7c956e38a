// The JSON form of assessment records, used by the journal (before/after
// states), the JSON report and the API. One place, so they always agree.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "core/assessment.h"

namespace candor {

nlohmann::json to_json(const Assessment& assessment);
nlohmann::json to_json(const Claim& claim);
nlohmann::json to_json(const Evidence& evidence);
nlohmann::json to_json(const Judgement& judgement);

}  // namespace candor
