// Reading YAML mappings field by field while collecting every problem with
// its FILE:LINE:COL, instead of stopping at the first. Internal to the scheme
// module's loaders (scheme and candidate files); includes yaml-cpp, so only
// .cc files include it.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/error.h"
#include "framework/yaml_reader.h"

namespace candor::scheme {

// The problems found in one file, each located at FILE:LINE:COL. It keeps
// them in the framework module's YamlReader, so both kinds of YAML loader
// locate and collect problems the same way.
class Problems {
 public:
  explicit Problems(std::string file) : file_(file), reader_(std::move(file)) {}
  void add(const YAML::Node& at, std::string message) { reader_.problem(at, std::move(message)); }
  void add(const YAML::Mark& at, std::string message);
  void add(Location where, std::string message) { reader_.problem(std::move(where), std::move(message)); }
  bool empty() const { return !reader_.failed(); }
  Error to_error() const { return Error::many(reader_.problems()); }
  const std::string& file() const { return file_; }
  Location location(const YAML::Node& at) const { return reader_.at(at); }

 private:
  std::string file_;
  YamlReader reader_;
};

// One YAML mapping. Each getter marks its key as known; finish() reports the
// keys nobody asked for, since a misspelt key silently ignored is a rule lost.
class Fields {
 public:
  Fields(const YAML::Node& node, Problems& problems, std::string what);
  bool valid() const { return valid_; }
  const YAML::Node& node() const { return node_; }
  bool has(const std::string& key);

  std::string text(const std::string& key, bool required = false);
  std::optional<int> integer(const std::string& key, bool required = false);
  std::optional<double> number(const std::string& key);
  bool boolean(const std::string& key, bool fallback);
  std::vector<std::string> texts(const std::string& key);
  std::optional<Date> date(const std::string& key, bool required = false);
  // The raw child (a list or mapping); an undefined node when absent.
  YAML::Node child(const std::string& key);
  // Requires the key's value to be one of `allowed`.
  std::string choice(const std::string& key, const std::vector<std::string>& allowed,
                     const std::string& fallback);
  void finish();

 private:
  YAML::Node node_;
  Problems& problems_;
  std::string what_;
  std::set<std::string> known_;
  bool valid_ = true;
};

// Iterates a list under `key`; reports a non-list.
std::vector<YAML::Node> list_of(Fields& fields, const std::string& key, Problems& problems,
                                bool required = false);

// Reports a duplicate id at its place; returns false when it was seen before.
bool note_unique(std::set<std::string>& seen, const std::string& id, const YAML::Node& at,
                 Problems& problems, const std::string& what);

// Parses YAML text; a syntax error becomes a located Error.
Result<YAML::Node> parse_yaml(const std::string& text, const std::string& file);

}  // namespace candor::scheme
