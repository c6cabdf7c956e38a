#include "server/results_cache.h"

namespace candor::server {

Result<std::shared_ptr<const std::string>> ResultsCache::get(std::int64_t workspace_id, const std::string& key,
                                                             const std::string& journal_head,
                                                             const std::function<Result<std::string>()>& compute) {
  const auto slot = std::make_pair(workspace_id, key);
  {
    std::lock_guard lock(mutex_);
    if (const auto it = entries_.find(slot); it != entries_.end() && it->second.journal_head == journal_head) {
      return it->second.text;
    }
  }
  auto text = std::make_shared<const std::string>(CANDOR_TRY(compute()));
  std::lock_guard lock(mutex_);
  if (entries_.size() >= kMaxEntries) entries_.clear();
  entries_[slot] = Entry{journal_head, text};
  return text;
}

}  // namespace candor::server
