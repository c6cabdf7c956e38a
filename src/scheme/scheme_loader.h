// Reading a qualification scheme from YAML (format: docs/schemes.md). Every
// problem found is reported with FILE:LINE:COL, not just the first.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "scheme/scheme.h"

namespace candor::scheme {

Result<Scheme> parse_scheme(const std::string& text, const std::string& file);
Result<Scheme> load_scheme(const std::string& path);

// The folders searched for shipped schemes, in order: $CANDOR_SCHEMES_DIR,
// ./schemes, and the source tree's schemes/ (a build-tree candor).
std::vector<std::string> scheme_search_path();

// An existing file path is loaded as is; otherwise the scheme with that id
// is looked up in the search path (by file name ID.yaml, then by `id:`).
Result<Scheme> find_scheme(const std::string& id_or_path);

}  // namespace candor::scheme
