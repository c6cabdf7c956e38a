// JSON Lines input: each line one JSON object whose keys are the columns (the
// header is the keys of the first object). A line becomes the same CsvRecord
// the CSV scanner produces, so profiles, mapping files and the row parser
// apply unchanged: a missing key is a missing value, keys outside the header
// are ignored, a line that is not a JSON object is a bad row.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "ops/csv_scanner.h"

namespace candor::ops {

// Whether the bytes from `start` look like JSON Lines (the first non-blank byte is '{').
bool looks_like_jsonl(const char* data, std::size_t start, std::size_t size);

// The keys of the first object, in order; empty when the line is no object.
std::vector<std::string> jsonl_header(const char* data, std::size_t begin, std::size_t end);

ScanTotals scan_jsonl(const char* data, std::size_t begin, std::size_t end, const std::vector<std::string>& header,
                      const std::function<void(const CsvRecord&)>& on_record);

}  // namespace candor::ops
