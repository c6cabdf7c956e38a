// The web application served in-process on an ephemeral port, over a fresh
// database (a SQLite file in TMPDIR, or a schema of its own on PostgreSQL when
// CANDOR_TEST_PG is set: tests/store/test_database.h): workspace "acme" with one assessment (evidence with a
// file), one user per role there, and "mallory", admin of workspace "globex".
#pragma once

#include <gtest/gtest.h>
#include <httplib.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <nlohmann/json.hpp>
#include <thread>

#include "app/accounts.h"
#include "app/application.h"
#include "app/ops_evidence.h"
#include "app/qualifications.h"
#include "base/files.h"
#include "ops/generator.h"
#include "scheme/issuer.h"
#include "server/web_server.h"
#include "store/test_database.h"

namespace candor::testing {

inline constexpr const char* kPassword = "correct horse battery";

// A signed-in browser or API client.
struct Login {
  std::string cookie;  // "candor_session=..."
  std::string csrf;
};

class ServerTest : public ::testing::Test {
 protected:
  // Roles that get a user in acme, named after the role.
  static std::vector<app::Role> all_roles() {
    using app::Role;
    return {Role::kAdmin, Role::kLeadAssessor, Role::kAssessor, Role::kProcessOwner,
            Role::kExaminer, Role::kTutor, Role::kCandidate, Role::kViewer};
  }

  void SetUp() override { start({}); }

  void start(server::ServerOptions options) {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    folder_ = std::filesystem::temp_directory_path() /
              (std::string("server_") + info->test_suite_name() + "_" + info->name() + "_" + std::to_string(getpid()));
    std::filesystem::remove_all(folder_);
    std::filesystem::create_directories(folder_);
    database_.emplace(current_test_name());
    auto opened = app::Application::open(database_->url(),
                                         FrameworkLibrary({std::string(CANDOR_SOURCE_DIR) + "/frameworks"}));
    ASSERT_TRUE(opened.ok()) << opened.error().to_string();
    app_ = std::move(opened).value();
    ASSERT_TRUE(app_->create_workspace("acme", "setup").ok());
    ASSERT_TRUE(app_->create_workspace("globex", "setup").ok());
    const app::Caller admin = *app_->local_caller("acme", "setup");
    app::NewAssessment input;
    input.framework = "iso20000-1";
    input.subject = "ACME Secret Services";
    input.assessed_on = Date::from_civil(2026, 10, 15);
    assessment_ = *app_->create_assessment(admin, input);
    app::EvidenceInput evidence{"document", "Incident procedure", "2026-09-01", "", {"8.6.1"}};
    evidence.file_name = "procedure.txt";
    evidence.file_bytes = std::string("the incident procedure");
    evidence.media_type = "text/plain";
    evidence_ = *app_->add_evidence(admin, assessment_, evidence);
    store_ticket_log(admin);
    const app::Caller globex = *app_->local_caller("globex", "setup");
    input.subject = "Globex";
    globex_assessment_ = *app_->create_assessment(globex, input);
    // A qualification cohort with one candidate, the user "candidate".
    std::ofstream(folder_ / "application.yaml")
        << "name: Jane Candidate\nemail: jane@example.org\ncertificates:\n"
           "  - {name: Expert Certificate in IT Service Management based on ISO/IEC 20000,"
           " issuer: Exam Institute, number: EX-1, date: 2020-05-01}\n";
    app::Qualifications qualifications(*app_);
    app::NewCohort cohort{"M2025", "master-itsm-iso20000", "classroom", "2025-03-03", "Acme Training"};
    auto created = qualifications.create_cohort(admin, cohort);
    ASSERT_TRUE(created.ok()) << created.error().to_string();
    auto candidate = qualifications.add_candidate(admin, "M2025", "candidate", (folder_ / "application.yaml").string());
    ASSERT_TRUE(candidate.ok()) << candidate.error().to_string();
    candidate_ = *candidate;
    // The "examiner" user examines the cohort; the deployment has an issuer.
    ASSERT_TRUE(qualifications.add_member(admin, "M2025", "examiner", "examiner").ok());
    if (options.issuer_dir.empty()) {
      options.issuer_dir = (folder_ / "issuer").string();
      ASSERT_TRUE(scheme::create_issuer(options.issuer_dir, "https://exams.example", "Example Exam Institute").ok());
    }
    app::Accounts accounts(*app_);
    for (app::Role role : roles_to_create()) {
      const std::string name = app::to_string(role);
      ASSERT_TRUE(accounts.add_user(name, kPassword, "").ok());
      ASSERT_TRUE(accounts.grant(name, "acme", role, "setup").ok());
      // The process owner answers for incident management.
      if (role == app::Role::kProcessOwner) {
        ASSERT_TRUE(app_->assign_owner(admin, assessment_, name, {"8.6.1"}).ok());
      }
    }
    ASSERT_TRUE(accounts.add_user("mallory", kPassword, "").ok());
    ASSERT_TRUE(accounts.grant("mallory", "globex", app::Role::kAdmin, "setup").ok());

    options.port = 0;
    options.threads = 4;
    server_ = std::move(server::WebServer::create(*app_, options)).value();
    auto port = server_->bind();
    ASSERT_TRUE(port.ok()) << port.error().to_string();
    port_ = *port;
    thread_ = std::thread([this] { (void)server_->serve(); });
    while (!server_->running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }

  virtual std::vector<app::Role> roles_to_create() const { return all_roles(); }

  // A generated ServiceNow-style ticket log in acme's store (the operational
  // evidence routes name it by its SHA-256: log_).
  void store_ticket_log(const app::Caller& admin) {
    ops::GeneratorOptions generator;
    generator.events = 300;
    const std::string path = (folder_ / "incidents.csv").string();
    ASSERT_TRUE(ops::generate_log(generator, path).ok());
    app::LogUpload upload{"incidents.csv", *read_file(path, 1 << 30), "servicenow", std::nullopt};
    auto stored = app::store_log(*app_, admin, assessment_, upload);
    ASSERT_TRUE(stored.ok()) << stored.error().to_string();
    log_ = stored->sha256;
  }

  void TearDown() override {
    if (server_) server_->stop();
    if (thread_.joinable()) thread_.join();
    server_.reset();
    app_.reset();
    database_.reset();
    std::filesystem::remove_all(folder_);
  }

  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(30, 0);
    return c;
  }

  // Signs in through the API; the cookie and CSRF token of the new session.
  Login sign_in(const std::string& user, const std::string& planted_cookie = "") {
    httplib::Client c = client();
    httplib::Headers headers;
    if (!planted_cookie.empty()) headers.emplace("Cookie", planted_cookie);
    const nlohmann::json body = {{"user", user}, {"password", kPassword}};
    auto res = c.Post("/api/signin", headers, body.dump(), "application/json");
    EXPECT_TRUE(res);
    if (!res) return {};
    EXPECT_EQ(res->status, 200) << res->body;
    const std::string set_cookie = res->get_header_value("Set-Cookie");
    return {set_cookie.substr(0, set_cookie.find(';')), nlohmann::json::parse(res->body).value("csrf", "")};
  }

  static httplib::Headers headers_of(const Login& login, bool with_csrf = true) {
    httplib::Headers headers{{"Cookie", login.cookie}};
    if (with_csrf) headers.emplace("X-CSRF-Token", login.csrf);
    return headers;
  }

  std::string assessment_path(const std::string& prefix = "/api/w/acme") const {
    return prefix + "/a/" + std::to_string(assessment_);
  }

  std::filesystem::path folder_;
  std::optional<ScratchDatabase> database_;
  std::unique_ptr<app::Application> app_;
  std::unique_ptr<server::WebServer> server_;
  std::thread thread_;
  int port_ = 0;
  Id assessment_ = 0;
  Id evidence_ = 0;
  Id globex_assessment_ = 0;
  std::string log_;
  std::int64_t candidate_ = 0;
};

}  // namespace candor::testing
