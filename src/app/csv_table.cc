#include "app/csv_table.h"

#include "base/text.h"

namespace candor::app {

Result<Table> read_csv_table(std::string_view text, const std::string& file) {
  if (const auto bad = find_invalid_utf8(text); bad != std::string_view::npos) {
    const auto [line, column] = line_and_column(text, bad);
    return Error::invalid_input("text is not valid UTF-8", Location{file, line, column});
  }
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  Table table;
  std::vector<std::string> row;
  std::string field;
  int line = 1;
  int row_line = 1;
  bool quoted = false;
  bool field_started = false;
  const auto end_row = [&] {
    row.push_back(std::move(field));
    field.clear();
    if (table.header.empty() && table.rows.empty()) table.header = std::move(row);
    else table.rows.emplace_back(row_line, std::move(row));
    row.clear();
    field_started = false;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        if (c == '\n') ++line;
        field += c;
      }
    } else if (c == '"' && !field_started) {
      quoted = true;
      field_started = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
      field_started = false;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      end_row();
      row_line = ++line;
    } else {
      field += c;
      field_started = true;
    }
  }
  if (quoted) return Error::invalid_input("a quoted field is never closed", Location{file, row_line});
  if (field_started || !row.empty()) end_row();
  if (table.header.empty()) return Error::invalid_input("the file is empty", Location{file, 1});
  return table;
}

}  // namespace candor::app
