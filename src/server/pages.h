// Server-rendered pages: kainjow mustache templates compiled into the binary
// (web/templates), filled from the same JSON models the API returns. `{{x}}`
// is HTML-escaped; only trusted markup (the report module's SVG charts) is
// inserted with `{{{x}}}`. Internal to src/server.
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <string>

#include "base/result.h"

namespace candor::server {

// Renders web/templates/NAME.mustache with the model.
Result<std::string> render_template(const std::string& name, const nlohmann::json& model);
// Renders a page: the body template inside the layout. `frame` carries the
// layout's facts (title, user, workspace, csrf, ...).
Result<std::string> render_page(const std::string& name, const nlohmann::json& model, nlohmann::json frame);

}  // namespace candor::server
