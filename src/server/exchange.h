// One request and its answer as a handler sees them: who is asking (already
// authenticated and authorised by the route wrapper), the URL's parameters,
// the submitted fields, and the ways to answer. The same handler serves a
// page (HTML, forms, redirects) and the JSON API (under /api): `api` says
// which, and respond()/done() answer in the right form. Internal to src/server.
#pragma once

#include <httplib.h>

#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/accounts.h"
#include "app/application.h"
#include "app/certificates.h"

namespace candor::server {

class IdentityCache;
class ResultsCache;

// The session cookie: HttpOnly, SameSite=Strict, its token stored only hashed.
inline constexpr const char* kSessionCookie = "candor_session";

// What handlers may use: the application layer and the account service.
struct Services {
  app::Application& app;
  app::Accounts& accounts;
  ResultsCache& results_cache;
  IdentityCache& identities;
  std::size_t upload_limit;
  app::CertificateDesk& certificates;
};

// A file sent with a multipart form.
struct UploadedFile {
  std::string field;
  std::string file_name;
  std::string media_type;
  std::string bytes;
};

class Exchange {
 public:
  Exchange(Services& services, const httplib::Request& request, httplib::Response& response, bool api)
      : services(services), request(request), response(response), api(api) {}

  Services& services;
  const httplib::Request& request;
  httplib::Response& response;
  const bool api;
  std::map<std::string, std::string> path;  // {workspace}, {assessment}, ... from the URL
  std::string session_token;                // the cookie's token, when signed in
  std::optional<app::Session> session;      // set for signed-in routes
  std::optional<app::Caller> caller;        // set for workspace routes
  std::map<std::string, std::vector<std::string>> form;  // page forms and multipart text fields
  std::vector<UploadedFile> files;
  nlohmann::json body = nlohmann::json::object();  // API requests' JSON body

  // A submitted field: from the JSON body (API) or the form (pages). Arrays
  // and repeated form fields give several values.
  std::string field(const std::string& name) const;
  std::vector<std::string> fields(const std::string& name) const;
  bool flag(const std::string& name) const;  // "on", "true", "1" or JSON true
  // The URL's {assessment} (or another numeric path parameter).
  Result<Id> id(const std::string& name) const;
  std::string query(const std::string& name) const;

  // Answers a read: the model as JSON (API), or the model rendered into the
  // page template inside the layout.
  Status respond(const nlohmann::json& model, const std::string& page_template, const std::string& title);
  // Answers a change: 201 with the JSON body (API), or a redirect (pages).
  Status done(const std::string& redirect_to, const nlohmann::json& api_body);
  // Sends bytes as they are (downloads, assets).
  void send(const std::string& bytes, const std::string& media_type, const std::string& download_name = "");
  void redirect(const std::string& location);

  // "/w/NAME" (URL-encoded) for links inside the caller's workspace.
  std::string workspace_url() const;
  std::string assessment_url(Id assessment) const;
};

using Handler = std::function<Status(Exchange&)>;

// Escapes a URL path segment.
std::string url_encode(const std::string& text);

}  // namespace candor::server
