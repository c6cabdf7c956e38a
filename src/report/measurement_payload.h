// What a report shows of a measurement's payload: the fingerprint that lets
// anyone recompute it (input hash, profile, mapping, engine version), its
// top-level figures, and its checks. Payloads come from ops/ (KPIs and
// conformance checks over ticket logs); the report reads them generically, so
// a new figure shows up without a change here.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace candor {

struct MeasurementPayload {
  // input_sha256, sha256, profile, mapping, candor_version — those present.
  std::vector<std::pair<std::string, std::string>> fingerprint;
  // Top-level numeric fields, in the payload's order, exactly as written.
  std::vector<std::pair<std::string, std::string>> figures;
  // The "checks" array as a table: the union of the scalar keys of its
  // objects as columns (a check that is not an object gets one "value" column).
  std::vector<std::string> check_columns;
  std::vector<std::vector<std::string>> checks;
  bool has_checks = false;
};

// Empty when the payload is not a JSON object.
std::optional<MeasurementPayload> read_measurement_payload(std::string_view payload_json);

}  // namespace candor
