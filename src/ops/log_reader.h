// Reads a whole ticket log (CSV, JSON Lines or XES) into a CaseTable: finds the dialect (BOM,
// delimiter) and header, the date format of each date column, splits the body
// at record boundaries and parses the pieces on every core. Bad rows are
// counted and kept as located examples, never dropped silently.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "base/result.h"
#include "ops/case_table.h"
#include "ops/input_buffer.h"
#include "ops/mapping.h"
#include "ops/row_parser.h"

namespace candor::ops {

struct BadRow {
  std::uint64_t line = 0;
  std::string reason;
};

// Called for every good row, from the parsing thread `thread` (0-based);
// `table` is that thread's case table (for state names).
using RowSink = std::function<void(unsigned thread, const CaseTable& table, std::string_view case_id, const ParsedRow& row)>;

struct ReadOptions {
  unsigned threads = 0;           // 0: every core
  bool progress = false;          // a progress line on stderr
  std::size_t bad_row_examples = 20;
  std::size_t min_piece_bytes = 4096;  // tests make it tiny to split everywhere
  RowSink on_row;                       // optional: the process map collects rows
};

struct LogSummary {
  std::string file;
  char delimiter = ',';
  bool byte_order_mark = false;
  bool jsonl = false;  // JSON Lines rather than CSV
  bool xes = false;    // an IEEE XES event log (xes_scanner.h)
  std::vector<std::string> header;
  RowLayout layout;
  std::uint64_t events = 0;     // good rows
  std::uint64_t bad_rows = 0;
  std::vector<BadRow> bad_row_examples;  // the first ones, in file order
  std::vector<std::string> warnings;
  std::unique_ptr<CaseTable> cases;
};

Result<LogSummary> read_log(const InputBuffer& input, const Mapping& mapping, const ReadOptions& options = {});

}  // namespace candor::ops
