// candor serve | candor user add/passwd/demo — the web application and its accounts.
#include <pthread.h>
#include <termios.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <csignal>
#include <iostream>
#include <thread>

#include "app/accounts.h"
#include "cli/commands.h"
#include "cli/context.h"
#include "server/web_server.h"

namespace candor::cli {
namespace {

struct ServeOptions {
  std::string listen = "127.0.0.1:8080";
  bool hello = false;
  int threads = 0;
  std::size_t upload_limit_mib = server::kDefaultUploadLimit >> 20;
  bool access_log = false;
  std::string issuer_dir;
};

Result<std::pair<std::string, int>> parse_listen(const std::string& text) {
  const auto colon = text.rfind(':');
  const auto refuse = [&] {
    return Error::invalid_input("'" + text + "' is not HOST:PORT (e.g. 127.0.0.1:8080)", Location{"", 0, 0, "--listen"});
  };
  if (colon == std::string::npos || colon == 0) return refuse();
  try {
    std::size_t used = 0;
    const int port = std::stoi(text.substr(colon + 1), &used);
    if (used != text.size() - colon - 1 || port < 0 || port > 65535) return refuse();
    return std::make_pair(text.substr(0, colon), port);
  } catch (const std::exception&) {
    return refuse();
  }
}

Status serve(Context& context, const ServeOptions& options) {
  const auto [host, port] = CANDOR_TRY(parse_listen(options.listen));
  app::Application* app = CANDOR_TRY(context.application());
  // SIGINT and SIGTERM end the server cleanly: a thread waits for them (the
  // workers inherit the blocked mask) and stops the listener.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  server::ServerOptions server_options;
  server_options.host = host;
  server_options.port = port;
  server_options.hello = options.hello;
  server_options.threads = options.threads;
  server_options.upload_limit = options.upload_limit_mib << 20;
  server_options.access_log = options.access_log;
  server_options.issuer_dir = options.issuer_dir;
  auto web = CANDOR_TRY(server::WebServer::create(*app, server_options));
  const int bound = CANDOR_TRY(web->bind());
  std::cout << "candor " << (options.hello ? "hello bench server" : "web application") << " on http://" << host << ":"
            << bound << "/ (database " << app->db().describe() << "); Ctrl-C stops it" << std::endl;
  std::thread waiter([&web, signals] {
    int received = 0;
    sigwait(&signals, &received);
    web->stop();
  });
  const Status served = web->serve();
  pthread_kill(waiter.native_handle(), SIGTERM);  // wakes the waiter when serve() ended on its own
  waiter.join();
  return served;
}

// A password from stdin (one line), or typed at the terminal without echo.
Result<std::string> read_password(bool from_stdin, const std::string& prompt) {
  std::string password;
  if (from_stdin || !isatty(STDIN_FILENO)) {
    std::getline(std::cin, password);
  } else {
    std::cerr << prompt << std::flush;
    termios old_mode{};
    tcgetattr(STDIN_FILENO, &old_mode);
    termios quiet = old_mode;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    std::getline(std::cin, password);
    tcsetattr(STDIN_FILENO, TCSANOW, &old_mode);
    std::cerr << "\n";
  }
  if (!password.empty() && password.back() == '\r') password.pop_back();
  if (password.empty()) return Error::invalid_input("no password given", Location{"", 0, 0, "password"});
  return password;
}

struct DemoUser {
  const char* name;
  const char* display_name;
  app::Role role;
};

// The demo workspace's people, one per role of an assessment team.
constexpr DemoUser kDemoUsers[] = {
    {"alice", "Alice (lead assessor)", app::Role::kLeadAssessor},
    {"ben", "Ben (assessor)", app::Role::kAssessor},
    {"dana", "Dana (process owner)", app::Role::kProcessOwner},
    {"vera", "Vera (viewer)", app::Role::kViewer},
    // The Master cohort of the demo (demo_cohort.cc), and an admin who issues certificates.
    {"carla", "Carla (candidate)", app::Role::kCandidate},
    {"erin", "Erin (examiner)", app::Role::kExaminer},
    {"adam", "Adam (admin)", app::Role::kAdmin},
};

std::string demo_password(const std::string& name) { return name + "-demo-password"; }

Status add_demo_users(Context& context, const std::string& workspace) {
  app::Application* app = CANDOR_TRY(context.application());
  app::Accounts accounts(*app);
  for (const DemoUser& user : kDemoUsers) {
    auto added = accounts.add_user(user.name, demo_password(user.name), user.display_name);
    if (!added.ok() && added.error().code() != ErrorCode::kConflict) return std::move(added).error();
    if (!added.ok()) CANDOR_TRY(accounts.set_password(user.name, demo_password(user.name)));
    CANDOR_TRY(accounts.grant(user.name, workspace, user.role, context.actor_name()));
    std::cout << "  " << user.name << " / " << demo_password(user.name) << "  (" << app::to_string(user.role) << ")\n";
  }
  // The demo's process owner answers for the resolution processes.
  const std::vector<std::string> resolution = {"8.6.1", "8.6.2", "8.6.3"};
  const app::Caller admin = CANDOR_TRY(context.caller());
  for (const auto& row : CANDOR_TRY(app->list_assessments(admin))) {
    if (row.assessment.framework_key.rfind("iso20000-1:", 0) != 0) continue;
    CANDOR_TRY(app->assign_owner(admin, row.assessment.id, "dana", resolution));
    std::cout << "  dana owns processes 8.6.1, 8.6.2 and 8.6.3 in assessment " << row.assessment.id << "\n";
  }
  return {};
}

}  // namespace

void add_server_commands(CLI::App& app, Context& context) {
  auto options = std::make_shared<ServeOptions>();
  auto* serve_command = app.add_subcommand("serve", "Run the web application (accounts, roles, pages, JSON API)");
  serve_command->fallthrough();  // `candor serve --db URL` as well as `candor --db URL serve`
  serve_command->add_option("--listen", options->listen, "HOST:PORT to listen on")->capture_default_str();
  serve_command->add_option("--threads", options->threads, "Worker threads (default 48)");
  serve_command->add_option("--upload-limit-mib", options->upload_limit_mib, "Largest upload in MiB")->capture_default_str();
  serve_command->add_flag("--hello", options->hello, "Bench mode: answer GET /hello and nothing else");
  serve_command->add_flag("--access-log", options->access_log, "Log every request to stderr");
  serve_command->add_option("--issuer-dir", options->issuer_dir,
                            "Issue certificates and verify them publicly with this issuer (candor credential keygen)");
  serve_command->callback([&context, options] { context.run([&] { return serve(context, *options); }); });
}

void add_user_commands(CLI::App& app, Context& context) {
  auto* group = app.add_subcommand("user", "People who sign in to the web application");
  group->fallthrough();
  group->require_subcommand(1);

  struct AddOptions {
    std::string name, workspace, role, display_name;
    bool password_stdin = false;
  };
  auto add = std::make_shared<AddOptions>();
  auto* add_command = group->add_subcommand("add", "Add a user and give them a role in a workspace");
  add_command->fallthrough();
  add_command->add_option("NAME", add->name, "User name (no spaces)")->required();
  add_command->add_option("--role", add->role, "admin | lead-assessor | assessor | process-owner | examiner | tutor | candidate | viewer")
      ->required();
  add_command->add_option("--display-name", add->display_name, "Name shown in the application");
  add_command->add_flag("--password-stdin", add->password_stdin, "Read the password from stdin");
  add_command->callback([&context, add] {
    context.run([&]() -> Status {
      const app::Role role = CANDOR_TRY(app::parse_role(add->role));
      app::Application* app = CANDOR_TRY(context.application());
      const app::Caller admin = CANDOR_TRY(context.caller());  // the workspace, chosen with --workspace
      const std::string password = CANDOR_TRY(read_password(add->password_stdin, "Password for " + add->name + ": "));
      app::Accounts accounts(*app);
      CANDOR_TRY(accounts.add_user(add->name, password, add->display_name));
      CANDOR_TRY(accounts.grant(add->name, admin.workspace, role, context.actor_name()));
      std::cout << "user " << add->name << " is " << app::to_string(role) << " in workspace " << admin.workspace << "\n";
      return {};
    });
  });

  struct PasswdOptions {
    std::string name;
    bool password_stdin = false;
  };
  auto passwd = std::make_shared<PasswdOptions>();
  auto* passwd_command = group->add_subcommand("passwd", "Set a user's password (ends their sessions)");
  passwd_command->fallthrough();
  passwd_command->add_option("NAME", passwd->name, "User name")->required();
  passwd_command->add_flag("--password-stdin", passwd->password_stdin, "Read the password from stdin");
  passwd_command->callback([&context, passwd] {
    context.run([&]() -> Status {
      app::Application* app = CANDOR_TRY(context.application());
      const std::string password =
          CANDOR_TRY(read_password(passwd->password_stdin, "New password for " + passwd->name + ": "));
      CANDOR_TRY(app::Accounts(*app).set_password(passwd->name, password));
      std::cout << "password of " << passwd->name << " changed\n";
      return {};
    });
  });

  auto* demo_command = group->add_subcommand("demo", "Add the demo logins (one per assessment and qualification role) to a workspace");
  demo_command->fallthrough();
  demo_command->callback([&context] {
    context.run([&]() -> Status {
      const app::Caller admin = CANDOR_TRY(context.caller());
      std::cout << "Demo logins for workspace " << admin.workspace << " (user / password):\n";
      return add_demo_users(context, admin.workspace);
    });
  });
}

}  // namespace candor::cli
