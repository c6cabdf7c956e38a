// The web application: `candor serve`. A thin HTTP front end over the same
// application layer the CLI uses. Every route goes through one wrapper that
// resolves the session cookie to a user, the URL's workspace to the user's
// membership (a Caller), checks the route's permission and the CSRF token of
// state-changing requests, and only then calls the handler, which calls app/.
// cpp-httplib stays inside src/server's .cc files.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "app/application.h"

namespace candor::server {

inline constexpr std::size_t kDefaultUploadLimit = 32u << 20;  // bytes per upload

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port (tests)
  int threads = 0;  // worker threads; 0: a default for keep-alive clients
  std::size_t upload_limit = kDefaultUploadLimit;
  bool hello = false;  // bench mode: one route answering "hello" and nothing else
  bool access_log = false;
  std::string issuer_dir;  // the certificate issuer's folder; empty: no certificates
};

class WebServer {
 public:
  // The application must outlive the server.
  static Result<std::unique_ptr<WebServer>> create(app::Application& application, const ServerOptions& options);
  ~WebServer();

  // Binds the socket; returns the port (useful when options.port is 0).
  Result<int> bind();
  // Serves until stop() is called (from another thread or a signal).
  Status serve();
  void stop();
  bool running() const;

 private:
  struct Impl;
  explicit WebServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace candor::server
