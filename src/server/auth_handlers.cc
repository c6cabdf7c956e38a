// Signing in and out, the account page, and the static assets.
#include <nlohmann/json.hpp>

#include "server/assets.h"
#include "server/handlers.h"
#include "server/identity_cache.h"

namespace candor::server {
namespace {

void set_session_cookie(Exchange& x, const std::string& token, bool expire = false) {
  std::string value = std::string(kSessionCookie) + "=" + token + "; Path=/; HttpOnly; SameSite=Strict";
  value += expire ? "; Max-Age=0" : "; Max-Age=" + std::to_string(app::kSessionSeconds);
  x.response.set_header("Set-Cookie", value);
}

// Only local paths are followed after sign-in, never another site.
std::string safe_next(const std::string& next) {
  if (next.size() < 2 || next[0] != '/' || next[1] == '/' || next[1] == '\\') return "/";
  return next;
}

nlohmann::json workspaces_json(Exchange& x, std::int64_t user_id) {
  nlohmann::json list = nlohmann::json::array();
  const auto memberships = x.services.accounts.workspaces(user_id);
  if (!memberships.ok()) return list;
  for (const auto& m : *memberships) {
    list.push_back({{"name", m.workspace}, {"role", m.role}, {"url", "/w/" + url_encode(m.workspace)}});
  }
  return list;
}

}  // namespace

Status home(Exchange& x) {
  if (!x.session) {
    x.redirect("/signin");
    return {};
  }
  const nlohmann::json workspaces = workspaces_json(x, x.session->user_id);
  x.redirect(workspaces.size() == 1 ? workspaces[0]["url"].get<std::string>() : "/account");
  return {};
}

Status sign_in_page(Exchange& x) {
  return x.respond({{"next", safe_next(x.query("next"))}, {"error", nullptr}}, "signin", "Sign in");
}

Status sign_in(Exchange& x) {
  const std::string name = x.field("user");
  auto signed_in = x.services.accounts.sign_in(name, x.field("password"));
  if (!signed_in.ok()) {
    if (x.api) return std::move(signed_in).error();
    x.response.status = signed_in.error().http_status();
    return x.respond({{"next", safe_next(x.field("next"))}, {"user", name}, {"error", signed_in.error().message()}},
                     "signin", "Sign in");
  }
  // A new session id at every sign-in, and the one the browser brought (if
  // any) ended: a session id planted before sign-in is worth nothing after.
  if (!x.session_token.empty()) {
    (void)x.services.accounts.sign_out(x.session_token);
    if (x.session) x.services.identities.forget_user(x.session->user_id);
  }
  set_session_cookie(x, signed_in->token);
  const auto session = x.services.accounts.session(signed_in->token);
  const nlohmann::json workspaces = session.ok() ? workspaces_json(x, session->user_id) : nlohmann::json::array();
  if (x.api) {
    x.response.set_content(nlohmann::json{{"user", name}, {"csrf", signed_in->csrf}, {"workspaces", workspaces}}.dump(),
                           "application/json");
    return {};
  }
  std::string next = safe_next(x.field("next"));
  if (next == "/" && workspaces.size() == 1) next = workspaces[0]["url"].get<std::string>();
  x.redirect(next);
  return {};
}

Status sign_out(Exchange& x) {
  CANDOR_TRY(x.services.accounts.sign_out(x.session_token));
  x.services.identities.forget_user(x.session->user_id);
  set_session_cookie(x, "", true);
  return x.done("/signin", {{"signed_out", true}});
}

Status account_page(Exchange& x) {
  const nlohmann::json model = {{"user", x.session->user},
                                {"display_name", x.session->display_name},
                                {"csrf", x.session->csrf},
                                {"workspaces", workspaces_json(x, x.session->user_id)},
                                {"changed", x.query("changed") == "1"}};
  return x.respond(model, "account", "Your account");
}

Status change_password(Exchange& x) {
  const std::string fresh = x.field("new_password");
  if (!x.api && fresh != x.field("confirm_password")) {
    return Error::invalid_input("the two new passwords differ", Location{"", 0, 0, "confirm_password"});
  }
  CANDOR_TRY(x.services.accounts.change_password(x.session->user_id, x.field("current_password"), fresh));
  x.services.identities.forget_user(x.session->user_id);
  // Every session ended with the old password: start a fresh one here.
  auto signed_in = CANDOR_TRY(x.services.accounts.sign_in(x.session->user, fresh));
  set_session_cookie(x, signed_in.token);
  return x.done("/account?changed=1", {{"changed", true}, {"csrf", signed_in.csrf}});
}

Status static_asset(Exchange& x) {
  const std::string name = "static/" + x.path["asset"];
  const auto content = find_asset(name);
  if (!content) return Error::not_found("no file " + x.request.path);
  x.response.set_header("Cache-Control", "public, max-age=3600");
  x.response.set_content(std::string(*content), std::string(media_type_of(name)).c_str());
  return {};
}

}  // namespace candor::server
