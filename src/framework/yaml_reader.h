// Reading user-written YAML without stopping at the first mistake. A
// YamlReader hands out typed values from yaml-cpp nodes and records every
// problem as an Error located at FILE:LINE:COL, so a validator can report all
// of them at once. Include only from .cc files: it pulls in yaml-cpp.
#pragma once

#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "base/error.h"
#include "base/result.h"

namespace candor {

class YamlReader {
 public:
  explicit YamlReader(std::string file) : file_(std::move(file)) {}

  // Parses text; a syntax error or invalid UTF-8 is returned as an Error.
  Result<YAML::Node> parse(std::string_view text);

  Location at(const YAML::Node& node) const;
  void problem(const YAML::Node& node, std::string message);
  void problem(Location where, std::string message);
  const std::vector<Error>& problems() const { return problems_; }
  bool failed() const { return !problems_.empty(); }

  // Reports every key of `map` not in `allowed` ("unknown key 'obligaton' in node").
  void check_keys(const YAML::Node& map, std::initializer_list<const char*> allowed,
                  const std::string& what);
  bool expect_map(const YAML::Node& node, const std::string& what);
  bool expect_list(const YAML::Node& node, const std::string& what);

  // Typed getters. A missing required key or a wrong type is recorded and
  // yields nullopt. max_length guards against oversize fields.
  std::optional<std::string> text(const YAML::Node& map, const char* key, bool required,
                                  std::size_t max_length = 300);
  std::optional<double> number(const YAML::Node& map, const char* key, bool required);
  std::optional<int> integer(const YAML::Node& map, const char* key, bool required);
  std::optional<bool> boolean(const YAML::Node& map, const char* key);
  std::vector<std::string> text_list(const YAML::Node& map, const char* key,
                                     std::size_t max_length = 300);
  // One of `choices`, else a problem naming them.
  std::optional<std::string> choice(const YAML::Node& map, const char* key,
                                    std::initializer_list<const char*> choices, bool required);

 private:
  std::string file_;
  std::vector<Error> problems_;
};

}  // namespace candor
