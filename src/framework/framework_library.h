// The shipped and user-supplied framework files candor can find by id. It
// searches, in order: the folders in $CANDOR_FRAMEWORKS (colon-separated), the
// `frameworks/` folder beside the installed binary (../share/candor/frameworks),
// and the source tree's frameworks/ (when run from a build).
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "core/framework.h"

namespace candor {

struct FrameworkFile {
  std::string key;  // "iso20000-1:2018"
  std::string id;
  std::string version;
  std::string title;
  std::string subject_kind;
  std::string path;
  std::string text;  // the YAML, as read
};

class FrameworkLibrary {
 public:
  explicit FrameworkLibrary(std::vector<std::string> directories) : directories_(std::move(directories)) {}
  static FrameworkLibrary standard();

  // Every valid framework file found (invalid files are skipped here; use
  // `candor framework validate` to see why).
  std::vector<FrameworkFile> list() const;
  // By "id" (the newest version), "id:version", or the path of a YAML file.
  Result<FrameworkFile> find(const std::string& reference) const;

 private:
  std::vector<std::string> directories_;
};

// Reads and validates a framework file into a FrameworkFile.
Result<FrameworkFile> read_framework_file(const std::string& path);

}  // namespace candor
