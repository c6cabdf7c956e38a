#include "framework/framework_library.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "base/files.h"
#include "base/text.h"
#include "framework/framework_loader.h"

namespace candor {
namespace {

std::string executable_directory() {
  char buffer[4096];
  const ssize_t size = ::readlink("/proc/self/exe", buffer, sizeof buffer - 1);
  if (size <= 0) return ".";
  return std::filesystem::path(std::string(buffer, static_cast<std::size_t>(size))).parent_path().string();
}

}  // namespace

FrameworkLibrary FrameworkLibrary::standard() {
  std::vector<std::string> directories;
  if (const char* env = std::getenv("CANDOR_FRAMEWORKS"); env && *env) {
    for (auto& part : split(env, ':')) {
      if (!part.empty()) directories.push_back(part);
    }
  }
  directories.push_back(executable_directory() + "/../share/candor/frameworks");
  directories.push_back(std::string(CANDOR_SOURCE_DIR) + "/frameworks");
  return FrameworkLibrary(std::move(directories));
}

Result<FrameworkFile> read_framework_file(const std::string& path) {
  FrameworkFile file;
  file.text = CANDOR_TRY(read_file(path, 16 << 20));
  const Framework framework = CANDOR_TRY(load_framework(file.text, path));
  file.key = framework.key();
  file.id = framework.id;
  file.version = framework.version;
  file.title = framework.title;
  file.subject_kind = framework.subject_kind;
  file.path = path;
  return file;
}

std::vector<FrameworkFile> FrameworkLibrary::list() const {
  std::vector<FrameworkFile> out;
  for (const auto& directory : directories_) {
    std::error_code error;
    if (!std::filesystem::is_directory(directory, error)) continue;
    std::vector<std::string> paths;
    for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
      const auto extension = entry.path().extension();
      if (extension == ".yaml" || extension == ".yml") paths.push_back(entry.path().string());
    }
    std::sort(paths.begin(), paths.end());
    for (const auto& path : paths) {
      auto file = read_framework_file(path);
      if (!file.ok()) continue;
      const bool seen = std::any_of(out.begin(), out.end(), [&](const FrameworkFile& known) {
        return known.key == file->key;
      });
      if (!seen) out.push_back(std::move(file).value());  // earlier folders win
    }
  }
  return out;
}

Result<FrameworkFile> FrameworkLibrary::find(const std::string& reference) const {
  std::error_code error;
  if (reference.find('/') != std::string::npos || std::filesystem::is_regular_file(reference, error)) {
    return read_framework_file(reference);
  }
  const std::vector<FrameworkFile> files = list();
  const FrameworkFile* best = nullptr;
  for (const auto& file : files) {
    // The key, or the shipped file's name without .yaml ("iso20000-1-2018").
    if (file.key == reference || std::filesystem::path(file.path).stem() == reference) return file;
    if (file.id == reference && (best == nullptr || best->version < file.version)) best = &file;
  }
  if (best != nullptr) return *best;
  std::string known;
  for (const auto& file : files) known += (known.empty() ? "" : ", ") + file.key;
  return Error::not_found("no framework '" + reference + "'" +
                          (known.empty() ? std::string(" (no frameworks found)") : " (known: " + known + ")"));
}

}  // namespace candor
