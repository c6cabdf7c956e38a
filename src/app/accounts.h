// People who sign in to the web application: accounts with Argon2id password
// hashes, their roles per workspace, and sessions. Sign-in is throttled per
// account name; a session token is random, handed out once, and stored only
// as its SHA-256. Every session has its own CSRF token.
#pragma once

#include <cstdint>
#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "app/application.h"
#include "store/account_store.h"

namespace candor::app {

inline constexpr int kMaxFailedSignIns = 5;
inline constexpr std::int64_t kSignInWindowSeconds = 15 * 60;
inline constexpr std::int64_t kSessionSeconds = 12 * 3600;
inline constexpr std::size_t kMinPasswordLength = 10;

struct SignIn {
  std::string token;  // goes into the HttpOnly cookie
  std::string csrf;   // goes into every form and state-changing API call
};

struct Session {
  std::int64_t user_id = 0;
  std::string user;
  std::string display_name;
  std::string csrf;
};

// Who is behind a request: the session, and the user's membership in the
// workspace the request names (none when not a member, or no workspace named).
struct Identity {
  Session session;
  std::optional<Caller> caller;
};

class Accounts {
 public:
  explicit Accounts(Application& application) : app_(application) {}

  Result<std::int64_t> add_user(const std::string& name, const std::string& password,
                                const std::string& display_name);
  Status set_password(const std::string& name, const std::string& password);
  // Gives a user a role in a workspace (journaled there, by `actor`).
  Status grant(const std::string& user, const std::string& workspace, Role role, const std::string& actor);

  Result<SignIn> sign_in(const std::string& name, const std::string& password,
                         std::int64_t now = std::time(nullptr));
  Result<Session> session(const std::string& token, std::int64_t now = std::time(nullptr));
  Status sign_out(const std::string& token);
  // Ends every session of the user: they sign in again with the new password.
  Status change_password(std::int64_t user_id, const std::string& old_password, const std::string& new_password);

  Result<std::vector<MembershipRow>> workspaces(std::int64_t user_id);
  // The user acting in a workspace with their role there. Not being a member
  // and the workspace not existing give the same answer, so nothing leaks.
  Result<Caller> caller(const Session& session, const std::string& workspace);
  // session() and caller() in one read of the store, for every web request.
  Result<Identity> identify(const std::string& token, const std::string& workspace,
                            std::int64_t now = std::time(nullptr));

 private:
  Application& app_;
};

// Constant-time comparison for tokens.
bool same_token(const std::string& a, const std::string& b);

}  // namespace candor::app
