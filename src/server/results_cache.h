// Rendered results by workspace, key and the workspace's journal head: every
// change to a workspace appends to its journal and so moves the head, which
// makes a cached answer stale the moment anything it rests on changes. Only
// filled after the application layer has authorised the caller. Internal.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

#include "base/result.h"

namespace candor::server {

class ResultsCache {
 public:
  static constexpr std::size_t kMaxEntries = 256;

  // The cached text, or compute()'s, which is kept for the next caller.
  Result<std::shared_ptr<const std::string>> get(std::int64_t workspace_id, const std::string& key,
                                                 const std::string& journal_head,
                                                 const std::function<Result<std::string>()>& compute);

 private:
  struct Entry {
    std::string journal_head;
    std::shared_ptr<const std::string> text;
  };
  std::mutex mutex_;
  std::map<std::pair<std::int64_t, std::string>, Entry> entries_;
};

}  // namespace candor::server
