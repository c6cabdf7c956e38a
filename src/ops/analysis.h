// One call from a file to its KPIs: open (mmap or gunzip), read with the
// chosen profile or mapping file, compute. Front ends (CLI, app) use this.
#pragma once

#include <memory>
#include <string>

#include "base/result.h"
#include "ops/input_buffer.h"
#include "ops/kpis.h"
#include "ops/log_reader.h"
#include "ops/mapping.h"

namespace candor::ops {

struct LogAnalysis {
  std::unique_ptr<Mapping> mapping;  // LogSummary points into it
  std::unique_ptr<InputBuffer> input;
  LogSummary log;
  Kpis kpis;
};

struct AnalysisRequest {
  std::string file;
  std::string profile;       // built-in profile name; default servicenow
  std::string mapping_file;  // a YAML mapping file instead of a profile
  // Front ends' uploads: the log's and mapping's bytes in memory instead of
  // files; `file` and `mapping_file` then only name them in messages.
  const std::string* bytes = nullptr;
  const std::string* mapping_text = nullptr;
  bool strict = false;       // any bad row is an error
  ReadOptions read;
};

// The profile or mapping file named (one of them; default: servicenow).
Result<Mapping> choose_mapping(const std::string& profile, const std::string& mapping_file);

Result<std::unique_ptr<LogAnalysis>> analyse_log(const AnalysisRequest& request);

}  // namespace candor::ops
