#include "ops/mapping_file.h"

#include <yaml-cpp/yaml.h>

#include "base/files.h"

namespace candor::ops {
namespace {

Error at(const std::string& path, const YAML::Node& node, const std::string& field, const std::string& message) {
  return Error::invalid_input(message, Location{path, node.Mark().line + 1, node.Mark().column + 1, field});
}

Result<std::vector<std::string>> string_list(const std::string& path, const YAML::Node& node, const std::string& field) {
  if (!node.IsSequence()) return at(path, node, field, "must be a list of names");
  std::vector<std::string> out;
  for (const auto& item : node) out.push_back(item.as<std::string>());
  return out;
}

Result<int> zone_offset(const std::string& path, const YAML::Node& node) {
  const std::string text = node.as<std::string>();
  if (text == "UTC" || text == "Z") return 0;
  if (text.size() == 6 && (text[0] == '+' || text[0] == '-') && text[3] == ':') {
    try {
      const int minutes = std::stoi(text.substr(1, 2)) * 60 + std::stoi(text.substr(4, 2));
      return text[0] == '-' ? -minutes : minutes;
    } catch (...) {
    }
  }
  return at(path, node, "time_zone", "must be UTC or an offset such as +01:00, not '" + text + "'");
}

Status read_columns(const std::string& path, const YAML::Node& columns, Mapping& mapping) {
  if (!columns || !columns.IsMap()) return at(path, columns, "columns", "must map field names to columns");
  for (const auto& entry : columns) {
    const std::string name = entry.first.as<std::string>();
    const auto field = field_from_name(name);
    if (!field) return at(path, entry.first, "columns." + name, "unknown field '" + name + "'");
    ColumnSource source;
    const YAML::Node& value = entry.second;
    if (value.IsScalar()) {
      source.header = value.as<std::string>();
    } else if (value.IsMap() && value["position"]) {
      source.position = value["position"].as<int>();
      if (source.position < 1) return at(path, value, "columns." + name, "position is 1-based");
    } else if (value.IsMap() && value["header"]) {
      source.header = value["header"].as<std::string>();
    } else {
      return at(path, value, "columns." + name, "must be a header name, {header: NAME} or {position: N}");
    }
    mapping.columns[static_cast<std::size_t>(*field)] = source;
  }
  return {};
}

Status read_mapping(const std::string& path, const YAML::Node& root, Mapping& mapping) {
  if (!root.IsMap()) return Error::invalid_input("a mapping file is a YAML map", Location{path, 1});
  mapping.name = root["name"] ? root["name"].as<std::string>() : path;
  mapping.description = "mapping file " + path;
  mapping.allowed_states.clear();
  if (root["record_type"]) mapping.record_type = root["record_type"].as<std::string>();
  if (root["event_log"]) mapping.event_log = root["event_log"].as<bool>();
  if (const auto d = root["delimiter"]) {
    const std::string text = d.as<std::string>();
    if (text.size() != 1 || text == "\"" || text == "\n") return at(path, d, "delimiter", "must be one character");
    mapping.delimiter = text[0];
  }
  if (const auto order = root["date_order"]) {
    const std::string text = order.as<std::string>();
    if (text == "iso") mapping.date_order = DateOrder::kIso;
    else if (text == "day_first") mapping.date_order = DateOrder::kDayFirst;
    else if (text == "month_first") mapping.date_order = DateOrder::kMonthFirst;
    else if (text == "epoch_seconds") mapping.date_order = DateOrder::kEpochSeconds;
    else if (text == "epoch_millis") mapping.date_order = DateOrder::kEpochMillis;
    else return at(path, order, "date_order", "must be iso, day_first, month_first, epoch_seconds or epoch_millis");
  }
  if (const auto zone = root["time_zone"]) {
    mapping.zone_offset_minutes = CANDOR_TRY(zone_offset(path, zone));
    mapping.time_zone = zone.as<std::string>();
  }
  CANDOR_TRY(read_columns(path, root["columns"], mapping));
  if (const auto values = root["values"]) {
    if (!values.IsMap()) return at(path, values, "values", "must map field names to value maps");
    for (const auto& entry : values) {
      const std::string name = entry.first.as<std::string>();
      const auto field = field_from_name(name);
      if (!field) return at(path, entry.first, "values." + name, "unknown field '" + name + "'");
      if (!entry.second.IsMap()) return at(path, entry.second, "values." + name, "must map values to labels");
      for (const auto& pair : entry.second) {
        mapping.value_maps[static_cast<std::size_t>(*field)][pair.first.as<std::string>()] = pair.second.as<std::string>();
      }
    }
  }
  if (const auto states = root["states"]) {
    if (states["resolved"]) mapping.resolved_states = CANDOR_TRY(string_list(path, states["resolved"], "states.resolved"));
    if (states["closed"]) mapping.closed_states = CANDOR_TRY(string_list(path, states["closed"], "states.closed"));
    if (states["allowed"]) mapping.allowed_states = CANDOR_TRY(string_list(path, states["allowed"], "states.allowed"));
  }
  return {};
}

}  // namespace

Result<Mapping> load_mapping_file(const std::string& path) {
  const std::string text = CANDOR_TRY(read_file(path, 1 << 20));
  return load_mapping_text(text, path);
}

Result<Mapping> load_mapping_text(const std::string& text, const std::string& path) {
  Mapping mapping;
  try {
    const YAML::Node root = YAML::Load(text);
    CANDOR_TRY(read_mapping(path, root, mapping));
  } catch (const YAML::Exception& e) {
    return Error::invalid_input(e.msg, Location{path, e.mark.line + 1, e.mark.column + 1});
  }
  return mapping;
}

}  // namespace candor::ops
