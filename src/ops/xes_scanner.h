// IEEE 1849 XES event logs, read as a stream (no DOM: a 10-million-event
// log is gigabytes of XML). Each <event> becomes the same CsvRecord the CSV
// scanner produces, so the generic profile, mapping files and the row parser
// apply unchanged. The columns are:
//   case_id   the trace's concept:name
//   activity  the event's concept:name
//   timestamp the event's time:timestamp
//   resource  the event's org:resource
// then every other event attribute under its XES key (e.g.
// lifecycle:transition) and every other trace attribute as "case:KEY". They
// are the keys the log declares in <global> plus those found in the first
// traces; a key first seen later is not a column (as with JSON Lines).
// Only top-level attributes of an event or trace are columns; nested ones
// (lists, containers, meta-attributes) are skipped.
//
// Damaged XML (an unclosed tag, an event outside a trace, text where markup
// belongs, ...) is not a bad row but an error naming the line: the structure
// of the rest of the file cannot be trusted.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "base/result.h"
#include "ops/csv_scanner.h"

namespace candor::ops {

// Whether a log is XES: the file name ends in .xes (or .xes.gz), or its
// first markup (after a byte order mark and blanks) is "<?xml" or "<log".
bool looks_like_xes(const char* data, std::size_t start, std::size_t size, const std::string& path);

struct XesProlog {
  std::vector<std::string> header;
  std::size_t body_start = 0;  // the first <trace> (or </log>)
  bool splittable = true;      // no comments, CDATA or processing instructions in the body
};

// Reads from `start` up to the first trace: the <log> root, its extensions,
// globals and attributes; samples the first traces for more keys.
Result<XesProlog> read_xes_prolog(const char* data, std::size_t start, std::size_t size, const std::string& file);

// Ranges [begin, end) covering [body_start, size) that start at a <trace>.
std::vector<std::pair<std::size_t, std::size_t>> split_xes(const char* data, const XesProlog& prolog, std::size_t size,
                                                           std::size_t pieces, std::size_t min_piece_bytes);

// Scans one range, calling on_record for every event. A structural error
// stops the scan: totals.error says what, totals.error_line where (counted
// from the range start, like record lines). `last` is true for the range
// that holds the end of the file (it must close the log).
ScanTotals scan_xes(const char* data, std::size_t begin, std::size_t end, bool last,
                    const std::vector<std::string>& header, const std::function<void(const CsvRecord&)>& on_record);

}  // namespace candor::ops
