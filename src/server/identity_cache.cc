#include "server/identity_cache.h"

namespace candor::server {

std::optional<app::Identity> IdentityCache::find(const std::string& token, const std::string& workspace) {
  std::lock_guard lock(mutex_);
  const auto it = entries_.find({token, workspace});
  if (it == entries_.end()) return std::nullopt;
  if (it->second.expires < std::chrono::steady_clock::now()) {
    entries_.erase(it);
    return std::nullopt;
  }
  return it->second.identity;
}

void IdentityCache::remember(const std::string& token, const std::string& workspace, const app::Identity& identity) {
  std::lock_guard lock(mutex_);
  if (entries_.size() >= kMaxEntries) entries_.clear();
  entries_[{token, workspace}] = Entry{identity, std::chrono::steady_clock::now() + kLifetime};
}

void IdentityCache::forget_user(std::int64_t user_id) {
  std::lock_guard lock(mutex_);
  std::erase_if(entries_, [&](const auto& entry) { return entry.second.identity.session.user_id == user_id; });
}

}  // namespace candor::server
