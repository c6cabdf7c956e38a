#include "app/accounts.h"

#include <sodium.h>

#include <nlohmann/json.hpp>

#include "base/sha256.h"
#include "base/text.h"

namespace candor::app {
namespace {

Result<std::string> hash_password(const std::string& password) {
  if (password.size() < kMinPasswordLength) {
    return Error::invalid_input("a password needs at least " + std::to_string(kMinPasswordLength) + " characters",
                                Location{"", 0, 0, "password"});
  }
  if (password.size() > 1024) return Error::invalid_input("the password is too long", Location{"", 0, 0, "password"});
  if (sodium_init() < 0) return Error::internal("libsodium failed to initialise");
  char hash[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(hash, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    return Error::internal("out of memory while hashing a password");
  }
  return std::string(hash);
}

bool password_matches(const std::string& hash, const std::string& password) {
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string random_token() {
  unsigned char bytes[32];
  randombytes_buf(bytes, sizeof bytes);
  return to_hex(bytes, sizeof bytes);
}

Error wrong_credentials() { return Error::unauthenticated("wrong name or password"); }

Error not_signed_in() { return Error::unauthenticated("not signed in (or the session expired)"); }

}  // namespace

bool same_token(const std::string& a, const std::string& b) {
  return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

Result<std::int64_t> Accounts::add_user(const std::string& name, const std::string& password,
                                        const std::string& display_name) {
  if (trim(name).empty() || name.size() > 100 || name.find_first_of(" \t\r\n") != std::string::npos) {
    return Error::invalid_input("a user name needs 1 to 100 characters without spaces", Location{"", 0, 0, "user"});
  }
  const std::string hash = CANDOR_TRY(hash_password(password));
  if (CANDOR_TRY(find_user(app_.db(), name))) return Error::conflict("a user named '" + name + "' already exists");
  return insert_user(app_.db(), name, display_name.empty() ? name : display_name, hash);
}

Status Accounts::set_password(const std::string& name, const std::string& password) {
  const auto user = CANDOR_TRY(find_user(app_.db(), name));
  if (!user) return Error::not_found("no user named '" + name + "'");
  const std::string hash = CANDOR_TRY(hash_password(password));
  return app_.db().transaction([&]() -> Status {
    CANDOR_TRY(update_password_hash(app_.db(), user->id, hash));
    return delete_sessions_of(app_.db(), user->id);
  });
}

Status Accounts::grant(const std::string& user_name, const std::string& workspace_name, Role role,
                       const std::string& actor) {
  const auto user = CANDOR_TRY(find_user(app_.db(), user_name));
  if (!user) return Error::not_found("no user named '" + user_name + "'");
  const Caller admin = CANDOR_TRY(app_.local_caller(workspace_name, actor));
  return app_.db().transaction([&]() -> Status {
    CANDOR_TRY(upsert_membership(app_.db(), user->id, admin.workspace_id, to_string(role)));
    CANDOR_TRY(ensure_actor(app_.db(), admin.workspace_id, actor));
    return append_journal(app_.db(), admin.workspace_id, actor,
                          {"membership.grant", "user", user_name, "",
                           nlohmann::json{{"user", user_name}, {"role", to_string(role)}}.dump()});
  });
}

Result<SignIn> Accounts::sign_in(const std::string& name, const std::string& password, std::int64_t now) {
  Database& db = app_.db();
  const auto [failures, since] = CANDOR_TRY(login_failures(db, name));
  if (failures >= kMaxFailedSignIns && now - since <= kSignInWindowSeconds) {
    const std::int64_t minutes = (kSignInWindowSeconds - (now - since)) / 60 + 1;
    return Error::rate_limited("too many failed sign-ins for '" + name + "'; try again in " +
                               std::to_string(minutes) + " minutes");
  }
  const auto user = CANDOR_TRY(find_user(db, name));
  // Verify against a hash even for unknown names, so timing does not tell
  // which names exist.
  static const std::string kDecoy = hash_password("decoy-password-never-used").value();
  const bool matches = password_matches(user ? user->password_hash : kDecoy, password) && user.has_value();
  if (!matches) {
    CANDOR_TRY(record_login_failure(db, name, now, kSignInWindowSeconds));
    return wrong_credentials();
  }
  SignIn out{random_token(), random_token()};
  CANDOR_TRY(db.transaction([&]() -> Status {
    CANDOR_TRY(clear_login_failures(db, name));
    return insert_session(db, sha256_hex(out.token), user->id, out.csrf, now + kSessionSeconds);
  }));
  return out;
}

Result<Session> Accounts::session(const std::string& token, std::int64_t now) {
  if (token.size() != 64) return Error::unauthenticated("not signed in");
  const auto row = CANDOR_TRY(find_session(app_.db(), sha256_hex(token)));
  if (!row || row->expires_at < now) return Error::unauthenticated("not signed in (or the session expired)");
  const auto user = CANDOR_TRY(find_user(app_.db(), row->user_id));
  if (!user) return Error::unauthenticated("not signed in");
  return Session{user->id, user->name, user->display_name, row->csrf_token};
}

Status Accounts::sign_out(const std::string& token) { return delete_session(app_.db(), sha256_hex(token)); }

Status Accounts::change_password(std::int64_t user_id, const std::string& old_password,
                                 const std::string& new_password) {
  const auto user = CANDOR_TRY(find_user(app_.db(), user_id));
  if (!user || !password_matches(user->password_hash, old_password)) {
    return Error::invalid_input("the current password is wrong", Location{"", 0, 0, "current_password"});
  }
  return set_password(user->name, new_password);
}

Result<std::vector<MembershipRow>> Accounts::workspaces(std::int64_t user_id) {
  return list_memberships(app_.db(), user_id);
}

Result<Caller> Accounts::caller(const Session& session, const std::string& workspace) {
  for (const auto& membership : CANDOR_TRY(list_memberships(app_.db(), session.user_id))) {
    if (membership.workspace == workspace) {
      return Caller{membership.workspace_id, membership.workspace, session.user,
                    CANDOR_TRY(parse_role(membership.role))};
    }
  }
  return Error::not_found("no workspace '" + workspace + "'");
}

Result<Identity> Accounts::identify(const std::string& token, const std::string& workspace, std::int64_t now) {
  if (token.size() != 64) return not_signed_in();
  const auto row = CANDOR_TRY(find_session_membership(app_.db(), sha256_hex(token), workspace));
  if (!row || row->session.expires_at < now) return not_signed_in();
  Identity out{Session{row->session.user_id, row->user_name, row->display_name, row->session.csrf_token}, std::nullopt};
  if (row->membership) {
    out.caller = Caller{row->membership->workspace_id, row->membership->workspace, row->user_name,
                        CANDOR_TRY(parse_role(row->membership->role))};
  }
  return out;
}

}  // namespace candor::app
