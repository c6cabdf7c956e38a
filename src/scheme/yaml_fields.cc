#include "scheme/yaml_fields.h"

#include "base/text.h"

namespace candor::scheme {

void Problems::add(const YAML::Mark& at, std::string message) {
  Location where{file_};
  if (at.line >= 0) where = Location{file_, at.line + 1, at.column + 1};
  reader_.problem(std::move(where), std::move(message));
}

Fields::Fields(const YAML::Node& node, Problems& problems, std::string what)
    : node_(node), problems_(problems), what_(std::move(what)) {
  if (!node.IsMap()) {
    problems_.add(node, what_ + " must be a mapping");
    valid_ = false;
  }
}

bool Fields::has(const std::string& key) {
  known_.insert(key);
  return valid_ && node_[key] && !node_[key].IsNull();
}

YAML::Node Fields::child(const std::string& key) {
  known_.insert(key);
  if (!valid_) return YAML::Node();
  return node_[key];
}

std::string Fields::text(const std::string& key, bool required) {
  YAML::Node value = child(key);
  if (!value || value.IsNull()) {
    if (required && valid_) problems_.add(node_, what_ + ": '" + key + "' is required");
    return {};
  }
  if (!value.IsScalar()) {
    problems_.add(value, what_ + ": '" + key + "' must be text");
    return {};
  }
  std::string out = value.Scalar();
  if (!is_valid_utf8(out)) {
    problems_.add(value, what_ + ": '" + key + "' is not valid UTF-8");
    return {};
  }
  if (required && trim(out).empty()) problems_.add(value, what_ + ": '" + key + "' is empty");
  return out;
}

std::optional<int> Fields::integer(const std::string& key, bool required) {
  YAML::Node value = child(key);
  if (!value || value.IsNull()) {
    if (required && valid_) problems_.add(node_, what_ + ": '" + key + "' is required");
    return std::nullopt;
  }
  int out = 0;
  if (!value.IsScalar() || !YAML::convert<int>::decode(value, out)) {
    problems_.add(value, what_ + ": '" + key + "' must be a whole number");
    return std::nullopt;
  }
  return out;
}

std::optional<double> Fields::number(const std::string& key) {
  YAML::Node value = child(key);
  if (!value || value.IsNull()) return std::nullopt;
  double out = 0;
  if (!value.IsScalar() || !YAML::convert<double>::decode(value, out)) {
    problems_.add(value, what_ + ": '" + key + "' must be a number");
    return std::nullopt;
  }
  return out;
}

bool Fields::boolean(const std::string& key, bool fallback) {
  YAML::Node value = child(key);
  if (!value || value.IsNull()) return fallback;
  bool out = fallback;
  if (!value.IsScalar() || !YAML::convert<bool>::decode(value, out)) {
    problems_.add(value, what_ + ": '" + key + "' must be true or false");
    return fallback;
  }
  return out;
}

std::vector<std::string> Fields::texts(const std::string& key) {
  YAML::Node value = child(key);
  std::vector<std::string> out;
  if (!value || value.IsNull()) return out;
  if (value.IsScalar()) return {value.Scalar()};
  if (!value.IsSequence()) {
    problems_.add(value, what_ + ": '" + key + "' must be a list of texts");
    return out;
  }
  for (const auto& item : value) {
    if (!item.IsScalar() || !is_valid_utf8(item.Scalar())) {
      problems_.add(item, what_ + ": every entry of '" + key + "' must be text");
      continue;
    }
    out.push_back(item.Scalar());
  }
  return out;
}

std::optional<Date> Fields::date(const std::string& key, bool required) {
  std::string value = text(key, required);
  if (value.empty()) return std::nullopt;
  auto parsed = Date::parse(value);
  if (!parsed.ok()) {
    problems_.add(child(key), what_ + ": '" + key + "' is not a date (YYYY-MM-DD): " + value);
    return std::nullopt;
  }
  return parsed.value();
}

std::string Fields::choice(const std::string& key, const std::vector<std::string>& allowed,
                           const std::string& fallback) {
  std::string value = text(key);
  if (value.empty()) return fallback;
  for (const auto& option : allowed) {
    if (option == value) return value;
  }
  problems_.add(child(key), what_ + ": '" + key + "' must be one of " + join(allowed, ", ") +
                                " (found '" + value + "')");
  return fallback;
}

void Fields::finish() {
  if (!valid_) return;
  for (const auto& entry : node_) {
    const std::string key = entry.first.Scalar();
    if (!known_.count(key)) problems_.add(entry.first, what_ + ": unknown key '" + key + "'");
  }
}

std::vector<YAML::Node> list_of(Fields& fields, const std::string& key, Problems& problems,
                                bool required) {
  YAML::Node value = fields.child(key);
  std::vector<YAML::Node> out;
  if (!value || value.IsNull()) {
    if (required && fields.valid()) problems.add(fields.node(), "'" + key + "' is required");
    return out;
  }
  if (!value.IsSequence()) {
    problems.add(value, "'" + key + "' must be a list");
    return out;
  }
  for (const auto& item : value) out.push_back(item);
  return out;
}

bool note_unique(std::set<std::string>& seen, const std::string& id, const YAML::Node& at,
                 Problems& problems, const std::string& what) {
  if (id.empty()) return true;
  if (!seen.insert(id).second) {
    problems.add(at, "duplicate " + what + " id '" + id + "'");
    return false;
  }
  return true;
}

Result<YAML::Node> parse_yaml(const std::string& text, const std::string& file) {
  return YamlReader(file).parse(text);
}

}  // namespace candor::scheme
