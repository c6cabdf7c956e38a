// The route table of the web application: every URL, who may reach it, and
// the handler behind it. Access is declared here and enforced by the one
// route wrapper (web_server.cc); handlers never check it themselves. Each
// workspace route exists twice: as a page (/w/...) and in the JSON API
// (/api/w/...), served by the same handler. Internal to src/server.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/caller.h"
#include "server/exchange.h"

namespace candor::server {

enum class Access {
  kPublic,    // anyone (sign-in page, assets)
  kSignedIn,  // any signed-in user
  kMember,    // a member of the URL's {workspace}, with `permission`
};

enum class Surface { kBoth, kPage, kApi };

enum class Body {
  kForm,    // a small form or JSON body, read before the wrapper runs
  kUpload,  // multipart/form-data with files, streamed under the upload limit
};

struct Route {
  std::string method;   // GET or POST
  std::string pattern;  // "/w/{workspace}/a/{assessment}/results"; segments in braces are parameters
  Access access = Access::kMember;
  std::optional<app::Permission> permission;  // kMember routes: checked before the handler
  Surface surface = Surface::kBoth;
  Handler handler;
  Body body = Body::kForm;
};

const std::vector<Route>& route_table();

// Matches a path (without /api) against a pattern; fills the parameters.
bool match_route(const std::string& pattern, const std::string& path, std::map<std::string, std::string>& params);

}  // namespace candor::server
