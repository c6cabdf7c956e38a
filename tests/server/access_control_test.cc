// The access-control probe: every route, on both surfaces (page and API), as
// every role of the workspace, as a member of another workspace, and signed
// out. A member without the route's permission gets 403; anyone else's
// workspace is 404, exactly as if it did not exist; nothing of it leaks.
#include <gmock/gmock.h>

#include <regex>
#include <set>

#include "server/routes.h"
#include "server/server_fixture.h"

namespace candor {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class AccessControl : public testing::ServerTest {
 protected:
  std::string concrete(const std::string& pattern, const std::string& workspace, Id assessment) const {
    std::string path = pattern;
    const auto replace = [&](const std::string& name, const std::string& value) {
      if (const auto at = path.find(name); at != std::string::npos) path.replace(at, name.size(), value);
    };
    replace("{workspace}", workspace);
    replace("{assessment}", std::to_string(assessment));
    replace("{evidence}", std::to_string(evidence_));
    replace("{format}", "json");
    replace("{asset}", "candor.css");
    replace("{candidate}", std::to_string(candidate_));
    replace("{cohort}", "M2025");
    replace("{log}", log_);
    return path;
  }

  httplib::Result call(const server::Route& route, const std::string& path, bool api, const testing::Login* login) {
    httplib::Client c = client();
    httplib::Headers headers;
    if (login != nullptr) headers = headers_of(*login, api);
    if (route.method == "GET") return c.Get(path.c_str(), headers);
    if (api) return c.Post(path.c_str(), headers, "{}", "application/json");
    httplib::Params form;
    if (login != nullptr) form.emplace("csrf", login->csrf);
    return c.Post(path.c_str(), headers, form);
  }

  // Who gets past each qualification route's use case in the fixture.
  static std::set<std::string> qualification_roles(const server::Route& route) {
    const std::string& p = route.pattern;
    const auto ends = [&](const std::string& tail) {
      return p.size() >= tail.size() && p.compare(p.size() - tail.size(), tail.size(), tail) == 0;
    };
    if (ends("/exam") || ends("/marks") || ends("/questions") || ends("/session") || ends("/reconcile") || (ends("/decision") && route.method == "POST")) {
      return {"examiner"};
    }
    if (p == "/w/{workspace}") {  // the dashboard: every member, each seeing what her role reads
      std::set<std::string> everyone;
      for (app::Role role : all_roles()) everyone.insert(app::to_string(role));
      return everyone;
    }
    if (ends("/decision")) return {"examiner", "admin"};
    if (ends("/certificate")) return {"admin"};
    return {"admin", "candidate", "examiner"};  // the record, submissions, the certificate download
  }

  static std::vector<bool> surfaces(const server::Route& route) {
    if (route.surface == server::Surface::kPage) return {false};
    if (route.surface == server::Surface::kApi) return {true};
    return {false, true};
  }
};

TEST_F(AccessControl, EveryRouteAsEveryRoleAnotherWorkspaceAndSignedOut) {
  std::map<std::string, testing::Login> logins;
  for (app::Role role : all_roles()) logins[app::to_string(role)] = sign_in(app::to_string(role));
  logins["mallory"] = sign_in("mallory");
  int probes = 0;
  for (const server::Route& route : server::route_table()) {
    if (route.access == server::Access::kPublic) continue;
    const bool ends_session = route.pattern == "/signout";
    for (bool api : surfaces(route)) {
      const std::string prefix = api ? "/api" : "";
      const std::string path = prefix + concrete(route.pattern, "acme", assessment_);
      SCOPED_TRACE(route.method + " " + path);
      // Signed out: 401 from the API, the sign-in page for pages.
      auto anonymous = call(route, path, api, nullptr);
      ASSERT_TRUE(anonymous);
      if (api || route.method != "GET") {
        EXPECT_EQ(anonymous->status, 401);
      } else {
        EXPECT_EQ(anonymous->status, 303);
        EXPECT_THAT(anonymous->get_header_value("Location"), HasSubstr("/signin"));
      }
      EXPECT_THAT(anonymous->body, Not(HasSubstr("ACME Secret")));
      ++probes;
      if (ends_session) continue;
      for (const auto& [name, login] : logins) {
        SCOPED_TRACE("as " + name);
        auto res = call(route, path, api, &login);
        ASSERT_TRUE(res);
        ++probes;
        EXPECT_LT(res->status, 500) << res->body;
        if (route.access != server::Access::kMember) {
          EXPECT_THAT(res->status, Not(::testing::AnyOf(401, 403, 404))) << res->body;
          continue;
        }
        if (name == "mallory") {
          // Exactly what a workspace that does not exist answers.
          EXPECT_EQ(res->status, 404);
          EXPECT_THAT(res->body, Not(HasSubstr("ACME Secret")));
          auto missing = call(route, prefix + concrete(route.pattern, "nosuch", assessment_), api, &login);
          ASSERT_TRUE(missing);
          EXPECT_EQ(missing->status, 404);
          EXPECT_EQ(std::regex_replace(res->body, std::regex("acme"), "X"),
                    std::regex_replace(missing->body, std::regex("nosuch"), "X"));
          continue;
        }
        app::Caller probe{1, "acme", name, *app::parse_role(name)};
        const bool permitted = !route.permission || app::authorize(probe, *route.permission).ok();
        if (!permitted) {
          EXPECT_EQ(res->status, 403) << res->body;
          EXPECT_THAT(res->body, Not(HasSubstr("ACME Secret")));
        } else if (route.permission) {
          EXPECT_THAT(res->status, Not(::testing::AnyOf(401, 403, 404))) << res->body;
        } else {
          // Qualification routes: the use cases decide per record. The
          // "examiner" user examines the cohort; the tutor user is not one of
          // its tutors, so only the roles listed per route get in.
          if (qualification_roles(route).count(name) > 0) {
            EXPECT_THAT(res->status, Not(::testing::AnyOf(401, 403, 404))) << res->body;
          } else {
            EXPECT_EQ(res->status, 403) << res->body;
            EXPECT_THAT(res->body, Not(HasSubstr("Jane Candidate")));
          }
        }
      }
    }
  }
  EXPECT_GT(probes, 300);
}

TEST_F(AccessControl, AnAssessmentIdOfAnotherWorkspaceIsNotFoundInOnesOwn) {
  const testing::Login mallory = sign_in("mallory");
  for (const server::Route& route : server::route_table()) {
    if (route.pattern.find("{assessment}") == std::string::npos || route.method != "GET") continue;
    const std::string path = "/api" + concrete(route.pattern, "globex", assessment_);
    SCOPED_TRACE(path);
    auto res = call(route, path, true, &mallory);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 404) << res->body;
    EXPECT_THAT(res->body, Not(HasSubstr("ACME Secret")));
  }
}

TEST_F(AccessControl, AMemberOfOneWorkspaceSeesOnlyItsOwnWorkspaces) {
  const testing::Login viewer = sign_in("viewer");
  auto res = client().Get("/api/account", headers_of(viewer));
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_THAT(res->body, HasSubstr("acme"));
  EXPECT_THAT(res->body, Not(HasSubstr("globex")));
  auto other = client().Get("/api/w/globex", headers_of(viewer));
  EXPECT_EQ(other->status, 404);
}

}  // namespace
}  // namespace candor
