#include "ops/log_reader.h"

#include <simdjson.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <thread>

#include "ops/csv_chunker.h"
#include "ops/jsonl_scanner.h"
#include "ops/xes_scanner.h"

namespace candor::ops {
namespace {

constexpr Field kDateFields[] = {Field::kUpdatedAt, Field::kOpenedAt, Field::kResolvedAt, Field::kClosedAt};

// The end of the first record (one past its newline), by quote parity.
std::size_t first_record_end(const char* data, std::size_t begin, std::size_t size) {
  bool inside = false;
  for (std::size_t i = begin; i < size; ++i) {
    if (data[i] == '"') inside = !inside;
    else if (data[i] == '\n' && !inside) return i + 1;
  }
  return size;
}

char detect_delimiter(const char* data, std::size_t begin, std::size_t end) {
  const char candidates[] = {',', ';', '\t', '|'};
  std::size_t counts[4] = {0, 0, 0, 0};
  bool inside = false;
  for (std::size_t i = begin; i < end; ++i) {
    if (data[i] == '"') inside = !inside;
    if (inside) continue;
    for (int c = 0; c < 4; ++c) counts[c] += data[i] == candidates[c];
  }
  const auto best = std::max_element(counts, counts + 4) - counts;
  return counts[best] > 0 ? candidates[best] : ',';
}

// Scans a range as CSV or JSON Lines, whichever the file is.
template <class OnRecord>
ScanTotals scan_records(const InputBuffer& input, std::size_t begin, std::size_t end, const LogSummary& summary,
                        OnRecord&& on_record) {
  if (summary.jsonl) return scan_jsonl(input.data(), begin, end, summary.header, on_record);
  if (summary.xes) return scan_xes(input.data(), begin, end, end == input.size(), summary.header, on_record);
  return scan_csv(input.data(), begin, end, summary.delimiter, summary.layout.max_column, on_record);
}

struct ChunkResult {
  std::uint64_t newlines = 0;
  std::uint64_t events = 0;
  std::uint64_t bad_rows = 0;
  std::vector<BadRow> bad_examples;  // lines relative to the chunk
  std::string error;                 // XES: damaged structure (line relative to the chunk)
  std::uint64_t error_line = 0;
};

class ProgressLine {
 public:
  ProgressLine(bool enabled, std::size_t total) : enabled_(enabled && isatty(2)), total_(total) {}
  void add(std::size_t bytes) {
    if (!enabled_) return;
    const std::size_t done = done_.fetch_add(bytes) + bytes;
    const auto now = std::chrono::steady_clock::now();
    std::lock_guard lock(mutex_);
    if (now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    std::fprintf(stderr, "\rcandor: reading %5.1f%% (%zu MB of %zu MB)", 100.0 * done / std::max<std::size_t>(1, total_),
                 done >> 20, total_ >> 20);
  }
  ~ProgressLine() {
    if (enabled_) std::fprintf(stderr, "\r%60s\r", "");
  }

 private:
  bool enabled_;
  std::size_t total_;
  std::atomic<std::size_t> done_{0};
  std::mutex mutex_;
  std::chrono::steady_clock::time_point last_{};
};

// Samples each date column from the start of every range.
void detect_dates(const InputBuffer& input, const std::vector<std::pair<std::size_t, std::size_t>>& ranges,
                  LogSummary& summary) {
  RowLayout& layout = summary.layout;
  std::array<std::vector<std::string>, kFieldCount> samples;
  const std::size_t per_range = std::max<std::size_t>(50, 4000 / std::max<std::size_t>(1, ranges.size()));
  for (const auto& [begin, end] : ranges) {
    const std::size_t stop = std::min(end, begin + per_range * 2048);
    std::size_t taken = 0;
    std::string scratch;
    scan_records(input, begin, stop, summary, [&](const CsvRecord& record) {
      if (taken++ >= per_range || record.stored_count < layout.max_column) return;
      for (Field field : kDateFields) {
        const int column = layout.column(field);
        if (column >= 0) samples[static_cast<std::size_t>(field)].emplace_back(field_value(record.fields[column], scratch));
      }
    });
  }
  std::optional<DateFormat> shared;
  for (Field field : kDateFields) {
    if (layout.column(field) < 0) continue;
    std::string problem;
    auto format = detect_date_format(samples[static_cast<std::size_t>(field)], &problem);
    if (!problem.empty()) summary.warnings.push_back(std::string(field_name(field)) + ": " + problem);
    if (format) {
      layout.date_formats[static_cast<std::size_t>(field)] = *format;
      if (!shared || (shared->ambiguous && !format->ambiguous)) shared = format;
    }
  }
  // One file uses one day order: a column whose sample could not tell takes
  // the order another column showed; a stated order overrides detection.
  for (Field field : kDateFields) {
    DateFormat& format = layout.date_formats[static_cast<std::size_t>(field)];
    if (summary.layout.mapping->date_order) {
      format.order = *summary.layout.mapping->date_order;
      format.ambiguous = false;
    } else if (shared && (samples[static_cast<std::size_t>(field)].empty() || format.ambiguous)) {
      format = *shared;
    }
    format.zone_offset_minutes = summary.layout.mapping->zone_offset_minutes;
  }
}

ChunkResult parse_range(const InputBuffer& input, std::size_t begin, std::size_t end, const LogSummary& summary,
                        CaseTable& table, const ReadOptions& options, unsigned thread, ProgressLine& progress) {
  const std::size_t examples = options.bad_row_examples;
  ChunkResult result;
  RowParser parser(summary.layout);
  ParsedRow row;
  std::string reason;
  std::string_view id;
  const bool utf8_ok = simdjson::validate_utf8(input.data() + begin, end - begin);
  std::size_t released = begin;
  const auto totals = scan_records(input, begin, end, summary, [&](const CsvRecord& record_in) {
    const CsvRecord* record = &record_in;
    CsvRecord checked;
    if (!utf8_ok && !simdjson::validate_utf8(input.data() + record->offset, record->end_offset - record->offset)) {
      checked = *record;
      checked.invalid_utf8 = true;
      record = &checked;
    }
    if (parser.parse(*record, table, row, id, reason)) {
      table.update(table.case_for(id), row);
      if (options.on_row) options.on_row(thread, table, id, row);
      ++result.events;
    } else {
      ++result.bad_rows;
      if (result.bad_examples.size() < examples) result.bad_examples.push_back(BadRow{record->line, reason});
    }
    if (record->end_offset - released >= (8u << 20)) {
      progress.add(record->end_offset - released);
      input.release(released, record->end_offset);
      released = record->end_offset;
    }
  });
  progress.add(end - released);
  input.release(released, end);
  result.newlines = totals.newlines;
  result.error = totals.error;
  result.error_line = totals.error_line;
  return result;
}

Status read_header(const InputBuffer& input, const Mapping& mapping, LogSummary& summary, std::size_t& body_start,
                   XesProlog& prolog) {
  const char* data = input.data();
  std::size_t start = 0;
  if (input.size() >= 3 && static_cast<unsigned char>(data[0]) == 0xEF && static_cast<unsigned char>(data[1]) == 0xBB &&
      static_cast<unsigned char>(data[2]) == 0xBF) {
    start = 3;
    summary.byte_order_mark = true;
  }
  if (start >= input.size()) return Error::invalid_input("the file is empty: no header and no rows", Location{summary.file});
  if (looks_like_xes(data, start, input.size(), input.path())) {
    summary.xes = true;
    prolog = CANDOR_TRY(read_xes_prolog(data, start, input.size(), summary.file));
    summary.header = prolog.header;
    body_start = prolog.body_start;
    return {};
  }
  body_start = first_record_end(data, start, input.size());
  if (looks_like_jsonl(data, start, input.size())) {
    summary.jsonl = true;
    const char* newline = static_cast<const char*>(std::memchr(data + start, '\n', input.size() - start));
    const std::size_t line_end = newline ? static_cast<std::size_t>(newline - data) : input.size();
    summary.header = jsonl_header(data, start, line_end);
    body_start = start;  // the first line is a record too
    if (summary.header.empty()) return Error::invalid_input("the first line is not a JSON object with keys", Location{summary.file, 1});
    return {};
  }
  summary.delimiter = mapping.delimiter ? mapping.delimiter : detect_delimiter(data, start, body_start);
  if (!simdjson::validate_utf8(data + start, body_start - start)) {
    return Error::invalid_input("the header is not valid UTF-8", Location{summary.file, 1});
  }
  std::string scratch;
  bool bad_quotes = false;
  const std::size_t most_fields = 1 + static_cast<std::size_t>(std::count(data + start, data + body_start, summary.delimiter));
  scan_csv(data, start, body_start, summary.delimiter, most_fields, [&](const CsvRecord& record) {
    bad_quotes = record.malformed_quotes || record.unterminated_quote;
    for (std::uint32_t i = 0; i < record.stored_count; ++i) summary.header.emplace_back(field_value(record.fields[i], scratch));
  });
  if (bad_quotes) return Error::invalid_input("the header's quotes are malformed", Location{summary.file, 1});
  if (summary.header.empty()) return Error::invalid_input("the first line is blank: no header", Location{summary.file, 1});
  return {};
}

}  // namespace

Result<LogSummary> read_log(const InputBuffer& input, const Mapping& mapping, const ReadOptions& options) {
  LogSummary summary;
  summary.file = input.path();
  std::size_t body_start = 0;
  XesProlog prolog;
  CANDOR_TRY(read_header(input, mapping, summary, body_start, prolog));
  RowLayout& layout = summary.layout;
  layout.mapping = &mapping;
  layout.columns = CANDOR_TRY(resolve_columns(mapping, summary.header, summary.file, &summary.warnings));
  layout.width = summary.header.size();
  layout.max_column = 0;
  for (int column : layout.columns) layout.max_column = std::max<std::size_t>(layout.max_column, column + 1);
  layout.use_sequence = layout.column(Field::kSequence) >= 0;

  const unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  // Pieces of at most ~16 MB: a piece is validated (UTF-8) before it is
  // parsed, so its size bounds the file pages mapped at once.
  const std::size_t pieces = std::max<std::size_t>(threads * 16, (input.size() - body_start) / (16u << 20));
  const auto ranges = summary.xes ? split_xes(input.data(), prolog, input.size(), pieces, options.min_piece_bytes)
                                  : split_at_records(input, body_start, pieces, threads, options.min_piece_bytes, !summary.jsonl);
  detect_dates(input, ranges, summary);

  std::vector<ChunkResult> results(ranges.size());
  std::vector<std::unique_ptr<CaseTable>> tables;
  for (unsigned t = 0; t < threads; ++t) tables.push_back(std::make_unique<CaseTable>(mapping));
  std::atomic<std::size_t> next{0};
  ProgressLine progress(options.progress, input.size() - body_start);
  std::vector<std::thread> workers;
  for (unsigned t = 0; t < threads; ++t) {
    workers.emplace_back([&, t] {
      for (std::size_t i = next++; i < ranges.size(); i = next++) {
        results[i] = parse_range(input, ranges[i].first, ranges[i].second, summary, *tables[t], options, t, progress);
      }
    });
  }
  for (auto& worker : workers) worker.join();

  // Lines: the header's lines, then each range's newlines in order.
  std::uint64_t line_base = 1 + std::count(input.data(), input.data() + body_start, '\n');
  for (auto& result : results) {
    if (!result.error.empty()) {
      return Error::invalid_input("XES: " + result.error, Location{summary.file, static_cast<int>(line_base + result.error_line - 1)});
    }
    summary.events += result.events;
    summary.bad_rows += result.bad_rows;
    for (auto& bad : result.bad_examples) {
      if (summary.bad_row_examples.size() < options.bad_row_examples) {
        summary.bad_row_examples.push_back(BadRow{line_base + bad.line - 1, std::move(bad.reason)});
      }
    }
    line_base += result.newlines;
  }
  // Merge the larger tables first into the largest one.
  std::sort(tables.begin(), tables.end(), [](const auto& a, const auto& b) { return a->size() > b->size(); });
  for (std::size_t t = 1; t < tables.size(); ++t) tables[0]->merge(*tables[t]);
  summary.cases = std::move(tables[0]);
  return summary;
}

}  // namespace candor::ops
