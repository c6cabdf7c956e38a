// Reads a framework from YAML (docs/frameworks.md) and validates it. Every
// problem found is reported, each as FILE:LINE:COL: message, in one Error.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "core/framework.h"

namespace candor {

// `file` names the source in messages; it is not opened.
Result<Framework> load_framework(std::string_view yaml_text, const std::string& file);
Result<Framework> load_framework_file(const std::string& path);

}  // namespace candor
