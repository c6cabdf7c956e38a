// A thin writer over one libxlsxwriter worksheet: a header row (bold,
// frozen, with column widths), then rows of cells. Keeps the library's C API
// and its limits (string length) out of the sheet code. Internal.
#pragma once

#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include <xlsxwriter.h>

namespace candor::xlsx {

struct Column {
  std::string title;
  double width = 12;
};

struct Formats {
  lxw_format* header = nullptr;
  lxw_format* wrap = nullptr;
  lxw_format* percent = nullptr;
  lxw_format* bold = nullptr;
};

Formats make_formats(lxw_workbook* workbook);

class SheetWriter {
 public:
  SheetWriter(lxw_workbook* workbook, const char* name, const Formats& formats);

  void header(const std::vector<Column>& columns);
  // Starts the next row; cells are then written left to right.
  SheetWriter& row();
  SheetWriter& text(const std::string& value);
  SheetWriter& wrapped(const std::string& value);
  SheetWriter& bold(const std::string& value);
  SheetWriter& number(double value);
  SheetWriter& integer_or(const std::optional<int>& value, const std::string& otherwise);
  // A ratio 0..1 shown as a percentage, floored to 0.1 % so that Excel's
  // display rounding can never round it up.
  SheetWriter& percent(double ratio);
  SheetWriter& skip();

 private:
  lxw_worksheet* sheet_;
  const Formats& formats_;
  int row_ = -1;
  int column_ = 0;
};

// "1, 2, 3"
template <class T>
std::string list(const std::vector<T>& items) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += ", ";
    if constexpr (std::is_arithmetic_v<T>) out += std::to_string(item);
    else out += item;
  }
  return out;
}

}  // namespace candor::xlsx
