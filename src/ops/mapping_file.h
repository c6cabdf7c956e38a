// A user's mapping file (YAML) for an export no built-in profile covers:
//
//   name: our-itsm-tool          # optional
//   record_type: incident        # optional
//   delimiter: ";"               # optional; detected by default
//   date_order: day_first        # optional: iso | day_first | month_first | epoch_seconds | epoch_millis
//   time_zone: "+01:00"          # optional: the zone the export's times are in
//   columns:                     # field: header name, or {position: N} (1-based), or {header: NAME}
//     case_id: Number
//     state: {position: 4}
//     sequence: Updates
//     priority: Priority
//   values:                      # optional: coded values mapped to labels, per field
//     priority: {"1": "1 - Critical", "3": "3 - Moderate"}
//   states: {resolved: [Resolved, Closed], closed: [Closed], allowed: [...]}   # optional
//   event_log: false             # optional: true for activity logs without resolved_at
//
// Every error names the file, line and field.
#pragma once

#include <string>

#include "base/result.h"
#include "ops/mapping.h"

namespace candor::ops {

Result<Mapping> load_mapping_file(const std::string& path);
// The same from the file's text (an upload); `name` stands for the file in messages.
Result<Mapping> load_mapping_text(const std::string& text, const std::string& name);

}  // namespace candor::ops
