#include "report/measurement_payload.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace candor {
namespace {

using json = nlohmann::ordered_json;  // keeps the payload's own field order

constexpr const char* kFingerprintFields[] = {"input_sha256", "sha256", "profile", "mapping", "candor_version"};

// Strings as they are; everything else in compact JSON, which writes numbers
// exactly as parsed (no rounding).
std::string display(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_null()) return "";
  return value.dump();
}

void read_checks(const json& checks, MeasurementPayload& out) {
  out.has_checks = true;
  for (const auto& check : checks) {
    if (!check.is_object()) continue;
    for (const auto& [key, value] : check.items()) {
      if (std::find(out.check_columns.begin(), out.check_columns.end(), key) == out.check_columns.end()) {
        out.check_columns.push_back(key);
      }
    }
  }
  const bool any_scalar = std::any_of(checks.begin(), checks.end(), [](const json& c) { return !c.is_object(); });
  if (any_scalar) out.check_columns.push_back("value");
  for (const auto& check : checks) {
    std::vector<std::string> row;
    for (const auto& column : out.check_columns) {
      if (check.is_object()) row.push_back(check.contains(column) ? display(check.at(column)) : "");
      else row.push_back(column == "value" ? display(check) : "");
    }
    out.checks.push_back(std::move(row));
  }
}

}  // namespace

std::optional<MeasurementPayload> read_measurement_payload(std::string_view payload_json) {
  const json payload = json::parse(payload_json, nullptr, /*allow_exceptions=*/false);
  if (payload.is_discarded() || !payload.is_object()) return std::nullopt;
  MeasurementPayload out;
  for (const char* field : kFingerprintFields) {
    if (payload.contains(field)) out.fingerprint.emplace_back(field, display(payload.at(field)));
  }
  for (const auto& [key, value] : payload.items()) {
    if (value.is_number()) out.figures.emplace_back(key, value.dump());
  }
  if (const auto checks = payload.find("checks"); checks != payload.end() && checks->is_array()) {
    read_checks(*checks, out);
  }
  return out;
}

}  // namespace candor
