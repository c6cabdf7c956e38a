#include "framework/yaml_reader.h"

#include <algorithm>
#include <cstring>

#include "base/text.h"

namespace candor {

Result<YAML::Node> YamlReader::parse(std::string_view text) {
  if (const auto bad = find_invalid_utf8(text); bad != std::string_view::npos) {
    const auto [line, column] = line_and_column(text, bad);
    return Error::invalid_input("text is not valid UTF-8", Location{file_, line, column});
  }
  try {
    YAML::Node root = YAML::Load(std::string(text));
    if (!root.IsDefined() || root.IsNull()) {
      return Error::invalid_input("the file is empty", Location{file_, 1, 1});
    }
    return root;
  } catch (const YAML::Exception& e) {
    return Error::invalid_input("YAML syntax error: " + e.msg,
                                Location{file_, e.mark.line + 1, e.mark.column + 1});
  }
}

Location YamlReader::at(const YAML::Node& node) const {
  const YAML::Mark mark = node.Mark();
  if (mark.line < 0) return Location{file_};
  return Location{file_, mark.line + 1, mark.column + 1};
}

void YamlReader::problem(const YAML::Node& node, std::string message) {
  problems_.push_back(Error::invalid_input(std::move(message), at(node)));
}

void YamlReader::problem(Location where, std::string message) {
  if (where.file.empty()) where.file = file_;
  problems_.push_back(Error::invalid_input(std::move(message), std::move(where)));
}

void YamlReader::check_keys(const YAML::Node& map, std::initializer_list<const char*> allowed,
                            const std::string& what) {
  if (!map.IsMap()) return;
  for (const auto& entry : map) {
    const std::string key = entry.first.Scalar();
    const bool known = std::any_of(allowed.begin(), allowed.end(),
                                   [&](const char* name) { return key == name; });
    if (!known) problem(entry.first, "unknown key '" + key + "' in " + what);
  }
}

bool YamlReader::expect_map(const YAML::Node& node, const std::string& what) {
  if (node.IsMap()) return true;
  problem(node, what + " must be a map of keys to values");
  return false;
}

bool YamlReader::expect_list(const YAML::Node& node, const std::string& what) {
  if (node.IsSequence()) return true;
  problem(node, what + " must be a list");
  return false;
}

std::optional<std::string> YamlReader::text(const YAML::Node& map, const char* key, bool required,
                                            std::size_t max_length) {
  const YAML::Node value = map[key];
  if (!value.IsDefined() || value.IsNull()) {
    if (required) problem(map, std::string("missing required key '") + key + "'");
    return std::nullopt;
  }
  if (!value.IsScalar()) {
    problem(value, std::string("'") + key + "' must be text");
    return std::nullopt;
  }
  std::string out = value.Scalar();
  if (out.size() > max_length) {
    problem(value, std::string("'") + key + "' is " + std::to_string(out.size()) +
                       " characters long; the limit is " + std::to_string(max_length));
    return std::nullopt;
  }
  return out;
}

std::optional<double> YamlReader::number(const YAML::Node& map, const char* key, bool required) {
  const YAML::Node value = map[key];
  if (!value.IsDefined() || value.IsNull()) {
    if (required) problem(map, std::string("missing required key '") + key + "'");
    return std::nullopt;
  }
  double out = 0;
  if (!value.IsScalar() || !YAML::convert<double>::decode(value, out)) {
    problem(value, std::string("'") + key + "' must be a number, not '" +
                       (value.IsScalar() ? value.Scalar() : std::string("a list or map")) + "'");
    return std::nullopt;
  }
  return out;
}

std::optional<int> YamlReader::integer(const YAML::Node& map, const char* key, bool required) {
  const YAML::Node value = map[key];
  if (!value.IsDefined() || value.IsNull()) {
    if (required) problem(map, std::string("missing required key '") + key + "'");
    return std::nullopt;
  }
  int out = 0;
  if (!value.IsScalar() || !YAML::convert<int>::decode(value, out)) {
    problem(value, std::string("'") + key + "' must be a whole number");
    return std::nullopt;
  }
  return out;
}

std::optional<bool> YamlReader::boolean(const YAML::Node& map, const char* key) {
  const YAML::Node value = map[key];
  if (!value.IsDefined() || value.IsNull()) return std::nullopt;
  bool out = false;
  if (!value.IsScalar() || !YAML::convert<bool>::decode(value, out)) {
    problem(value, std::string("'") + key + "' must be true or false");
    return std::nullopt;
  }
  return out;
}

std::vector<std::string> YamlReader::text_list(const YAML::Node& map, const char* key,
                                               std::size_t max_length) {
  std::vector<std::string> out;
  const YAML::Node value = map[key];
  if (!value.IsDefined() || value.IsNull()) return out;
  if (!value.IsSequence()) {
    problem(value, std::string("'") + key + "' must be a list");
    return out;
  }
  for (const auto& item : value) {
    if (!item.IsScalar()) {
      problem(item, std::string("items of '") + key + "' must be text");
      continue;
    }
    if (item.Scalar().size() > max_length) {
      problem(item, std::string("an item of '") + key + "' is longer than " +
                        std::to_string(max_length) + " characters");
      continue;
    }
    out.push_back(item.Scalar());
  }
  return out;
}

std::optional<std::string> YamlReader::choice(const YAML::Node& map, const char* key,
                                              std::initializer_list<const char*> choices,
                                              bool required) {
  auto value = text(map, key, required);
  if (!value) return std::nullopt;
  for (const char* option : choices) {
    if (*value == option) return value;
  }
  std::string allowed;
  for (const char* option : choices) allowed += (allowed.empty() ? "" : " | ") + std::string(option);
  problem(map[key], std::string("'") + key + "' must be one of " + allowed + ", not '" + *value + "'");
  return std::nullopt;
}

}  // namespace candor
