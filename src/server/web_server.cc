#include "server/web_server.h"

#include <httplib.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "server/exchange.h"
#include "server/handlers.h"
#include "server/identity_cache.h"
#include "server/pages.h"
#include "server/results_cache.h"
#include "server/routes.h"

namespace candor::server {
namespace {

// The value of one cookie of the request ("" when absent).
std::string cookie(const httplib::Request& request, const std::string& name) {
  const std::string header = request.get_header_value("Cookie");
  std::size_t at = 0;
  while (at < header.size()) {
    const std::size_t end = std::min(header.find(';', at), header.size());
    std::string_view pair(header.data() + at, end - at);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    if (pair.size() > name.size() && pair.substr(0, name.size()) == name && pair[name.size()] == '=') {
      return std::string(pair.substr(name.size() + 1));
    }
    at = end + 1;
  }
  return "";
}

// A cross-site form post carries its own site in Origin: refuse it even
// before SameSite cookies would.
bool foreign_origin(const httplib::Request& request) {
  const std::string origin = request.get_header_value("Origin");
  if (origin.empty() || origin == "null") return !origin.empty();
  const std::size_t scheme = origin.find("://");
  const std::string host = scheme == std::string::npos ? origin : origin.substr(scheme + 3);
  return host != request.get_header_value("Host");
}

void answer_error(Exchange& x, const Error& error) {
  x.response.status = error.http_status();
  if (x.api) {
    nlohmann::json body = {{"code", error.code_name()}, {"message", error.message()}};
    if (!error.where().empty()) body["where"] = error.where().to_string();
    x.response.set_content(nlohmann::json{{"error", body}}.dump(), "application/json");
    return;
  }
  if (error.code() == ErrorCode::kUnauthenticated && x.request.method == "GET") {
    x.redirect("/signin?next=" + url_encode(x.request.path));
    return;
  }
  nlohmann::json model = {{"status", error.http_status()}, {"message", error.to_string()}};
  nlohmann::json frame = {{"title", "Problem"}};
  if (x.session) frame["user"] = x.session->display_name, frame["csrf"] = x.session->csrf;
  const auto html = render_page("error", model, frame);
  x.response.set_content(html.ok() ? *html : error.to_string(), html.ok() ? "text/html; charset=utf-8" : "text/plain");
}

}  // namespace

struct WebServer::Impl {
  Impl(app::Application& application, const ServerOptions& options)
      : app(application), accounts(application), options(options), certificates(options.issuer_dir),
        services{application, accounts, results_cache, identities, options.upload_limit, certificates} {}

  app::Application& app;
  app::Accounts accounts;
  ServerOptions options;
  ResultsCache results_cache;
  IdentityCache identities;
  app::CertificateDesk certificates;
  Services services;
  httplib::Server http;
  int port = 0;

  void configure();
  void dispatch(const httplib::Request& request, httplib::Response& response,
                const httplib::ContentReader* reader);
  Status guard(const Route& route, Exchange& x, const httplib::ContentReader* reader);
  Status read_upload(Exchange& x, const httplib::ContentReader& reader);
  void read_form(Exchange& x, const std::string& body);
};

void WebServer::Impl::configure() {
  const int threads = options.threads > 0 ? options.threads : 48;
  // The Debian library's pool size is compiled in: set it at run time, and
  // TCP_NODELAY, without which small answers wait for the peer's ACK.
  http.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<std::size_t>(threads)); };
  http.set_tcp_nodelay(true);
  http.set_keep_alive_max_count(10000);
  http.set_keep_alive_timeout(30);
  http.set_read_timeout(30);
  http.set_write_timeout(30);
  http.set_payload_max_length(options.upload_limit + (1u << 20));
  http.set_exception_handler([](const httplib::Request&, httplib::Response& response, std::exception_ptr failure) {
    std::string what = "unknown";
    try {
      if (failure) std::rethrow_exception(failure);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    std::cerr << "candor serve: unexpected failure: " << what << "\n";
    response.status = 500;
    response.set_content(R"({"error":{"code":"internal","message":"unexpected failure"}})", "application/json");
  });
  if (options.access_log) {
    http.set_logger([](const httplib::Request& request, const httplib::Response& response) {
      std::cerr << request.method << " " << request.path << " " << response.status << "\n";
    });
  }
  if (options.hello) {
    http.Get("/hello", [](const httplib::Request&, httplib::Response& response) {
      response.set_content("hello", "text/plain");
    });
    return;
  }
  http.Get(".*", [this](const httplib::Request& request, httplib::Response& response) {
    dispatch(request, response, nullptr);
  });
  // Uploads read their body only once the wrapper has let them through.
  http.Post(R"(.*/(evidence|submissions|ops/logs|verify))", [this](const httplib::Request& request, httplib::Response& response,
                                     const httplib::ContentReader& reader) { dispatch(request, response, &reader); });
  http.Post(".*", [this](const httplib::Request& request, httplib::Response& response) {
    dispatch(request, response, nullptr);
  });
}

void WebServer::Impl::dispatch(const httplib::Request& request, httplib::Response& response,
                               const httplib::ContentReader* reader) {
  const bool api = request.path.rfind("/api/", 0) == 0;
  const std::string path = api ? request.path.substr(4) : request.path;
  Exchange x(services, request, response, api);
  response.set_header("Cache-Control", "no-store");
  for (const Route& route : route_table()) {
    if (route.method != request.method) continue;
    if ((api && route.surface == Surface::kPage) || (!api && route.surface == Surface::kApi)) continue;
    std::map<std::string, std::string> params;
    if (!match_route(route.pattern, path, params)) continue;
    x.path = std::move(params);
    Status status = guard(route, x, reader);
    if (status.ok()) status = route.handler(x);
    if (!status.ok()) answer_error(x, status.error());
    return;
  }
  answer_error(x, Error::not_found("no page " + request.path));
}

// The one place that decides whether a request reaches its handler.
Status WebServer::Impl::guard(const Route& route, Exchange& x, const httplib::ContentReader* reader) {
  const bool changes_state = x.request.method != "GET";
  if (changes_state && foreign_origin(x.request)) return Error::permission_denied("cross-site request refused");
  x.session_token = cookie(x.request, kSessionCookie);
  const std::string workspace = route.access == Access::kMember ? x.path["workspace"] : "";
  if (!x.session_token.empty()) {
    std::optional<app::Identity> identity = identities.find(x.session_token, workspace);
    if (!identity) {
      if (auto read = accounts.identify(x.session_token, workspace); read.ok()) {
        identity = std::move(read).value();
        identities.remember(x.session_token, workspace, *identity);
      }
    }
    if (identity) {
      x.session = std::move(identity->session);
      x.caller = std::move(identity->caller);
    }
  }
  if (route.access != Access::kPublic && !x.session) return Error::unauthenticated("please sign in");
  if (route.access == Access::kMember) {
    // Not a member and no such workspace look the same: nothing leaks.
    if (!x.caller) return Error::not_found("no workspace '" + workspace + "'");
    if (route.permission) CANDOR_TRY(app::authorize(*x.caller, *route.permission));
  }
  if (reader != nullptr && route.body == Body::kUpload) {
    CANDOR_TRY(read_upload(x, *reader));
  } else if (reader != nullptr) {
    std::string body;
    (*reader)([&](const char* data, std::size_t size) {
      body.append(data, size);
      return true;
    });
    read_form(x, body);
  } else {
    read_form(x, x.request.body);
  }
  if (changes_state && route.access != Access::kPublic) {
    std::string token = x.request.get_header_value("X-CSRF-Token");
    if (token.empty() && !x.api) token = x.field("csrf");
    if (!app::same_token(token, x.session->csrf)) {
      return Error::permission_denied("the form's security token is missing or stale: reload the page and try again");
    }
  }
  return {};
}

// The fields of a request: its JSON body (API), and its query and form fields.
void WebServer::Impl::read_form(Exchange& x, const std::string& body) {
  if (x.api && !body.empty()) {
    x.body = nlohmann::json::parse(body, nullptr, false);
    if (x.body.is_discarded() || !x.body.is_object()) x.body = nlohmann::json::object();
  }
  httplib::Params params = x.request.params;
  // Bodies read through a content reader were not parsed by the library.
  if (&body != &x.request.body &&
      x.request.get_header_value("Content-Type").rfind("application/x-www-form-urlencoded", 0) == 0) {
    httplib::detail::parse_query_text(body, params);
  }
  for (const auto& [name, value] : params) x.form[name].push_back(value);
}

Status WebServer::Impl::read_upload(Exchange& x, const httplib::ContentReader& reader) {
  std::size_t total = 0;
  bool too_large = false;
  if (!x.request.is_multipart_form_data()) {
    std::string body;
    reader([&](const char* data, std::size_t size) {
      total += size;
      if (total > options.upload_limit) return !(too_large = true);
      body.append(data, size);
      return true;
    });
    if (too_large) return Error::too_large("the request is larger than the upload limit");
    read_form(x, body);
    return {};
  }
  UploadedFile current;
  const auto finish = [&] {
    if (!current.field.empty() || !current.file_name.empty()) {
      if (current.file_name.empty()) {
        x.form[current.field].push_back(std::move(current.bytes));
      } else {
        x.files.push_back(std::move(current));
      }
    }
    current = UploadedFile{};
  };
  reader(
      [&](const httplib::MultipartFormData& part) {
        finish();
        current.field = part.name;
        current.file_name = part.filename;
        current.media_type = part.content_type;
        return true;
      },
      [&](const char* data, std::size_t size) {
        total += size;
        if (total > options.upload_limit) return !(too_large = true);
        current.bytes.append(data, size);
        return true;
      });
  finish();
  if (too_large) {
    return Error::too_large("the upload is larger than the limit of " + std::to_string(options.upload_limit >> 20) +
                            " MiB");
  }
  for (const auto& [name, value] : x.request.params) x.form[name].push_back(value);
  return {};
}

WebServer::WebServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
WebServer::~WebServer() = default;

Result<std::unique_ptr<WebServer>> WebServer::create(app::Application& application, const ServerOptions& options) {
  auto impl = std::make_unique<Impl>(application, options);
  impl->configure();
  return std::unique_ptr<WebServer>(new WebServer(std::move(impl)));
}

Result<int> WebServer::bind() {
  const int port = impl_->options.port == 0 ? impl_->http.bind_to_any_port(impl_->options.host)
                                            : (impl_->http.bind_to_port(impl_->options.host, impl_->options.port)
                                                   ? impl_->options.port
                                                   : -1);
  if (port <= 0) {
    return Error::io("cannot listen on " + impl_->options.host + ":" + std::to_string(impl_->options.port) +
                     " (in use, or not an address of this machine)");
  }
  impl_->port = port;
  return port;
}

Status WebServer::serve() {
  if (!impl_->http.listen_after_bind()) return Error::io("the server stopped with an error");
  return {};
}

void WebServer::stop() { impl_->http.stop(); }
bool WebServer::running() const { return impl_->http.is_running(); }

}  // namespace candor::server
