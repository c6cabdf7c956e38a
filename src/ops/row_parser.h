// Turns one CSV record into a ParsedRow for the case table, or says why it
// is a bad row (which field, which value). The parser holds what is fixed
// for a file: column indexes, the date formats found, the expected width.
#pragma once

#include <array>
#include <cstdint>
#include <string>

#include "ops/case_table.h"
#include "ops/csv_scanner.h"
#include "ops/mapping.h"
#include "ops/values.h"

namespace candor::ops {

struct RowLayout {
  std::array<int, kFieldCount> columns{};  // 0-based column per field, -1 = absent
  std::array<DateFormat, kFieldCount> date_formats{};
  std::size_t width = 0;  // fields every record must have
  std::size_t max_column = 0;  // fields the scanner must store
  bool use_sequence = false;
  const Mapping* mapping = nullptr;

  int column(Field field) const { return columns[static_cast<std::size_t>(field)]; }
};

class RowParser {
 public:
  explicit RowParser(const RowLayout& layout) : layout_(layout) {}

  // Fills row and returns true, or returns false with `reason` set.
  // `id` receives the case id (valid until the next call).
  bool parse(const CsvRecord& record, CaseTable& table, ParsedRow& row, std::string_view& id, std::string& reason);

 private:
  std::string_view value(const CsvRecord& record, Field field, std::string& scratch) const;
  bool read_time(const CsvRecord& record, Field field, Timestamp& out, std::string& reason);
  bool read_count(const CsvRecord& record, Field field, std::int32_t& out, std::string& reason);

  // The last text and value per date field: the rows of one case repeat
  // opened_at, resolved_at and closed_at, so most parses are skipped.
  struct TimeCache {
    std::string text;
    Timestamp value = kNoTime;
  };
  std::array<TimeCache, kFieldCount> time_cache_;
  const RowLayout& layout_;
  std::string scratch_id_, scratch_a_, scratch_b_;
};

[[gnu::always_inline]] inline std::string_view RowParser::value(const CsvRecord& record, Field field,
                                                                std::string& scratch) const {
  const int column = layout_.column(field);
  if (column < 0) return {};
  return field_value(record.fields[column], scratch);
}

}  // namespace candor::ops
