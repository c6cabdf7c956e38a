#include "report/xlsx_sheet.h"

#include <cmath>

namespace candor::xlsx {
namespace {

// Excel's limit on the length of a cell's text. Longer text (a large
// measurement payload) is cut visibly rather than refused.
constexpr std::size_t kMaxCellChars = 32767;

std::string fit(const std::string& value) {
  if (value.size() <= kMaxCellChars) return value;
  std::size_t end = kMaxCellChars - 40;
  while (end > 0 && (static_cast<unsigned char>(value[end]) & 0xC0) == 0x80) --end;  // whole characters
  return value.substr(0, end) + " … [cut: see the JSON report]";
}

}  // namespace

Formats make_formats(lxw_workbook* workbook) {
  Formats formats;
  formats.header = workbook_add_format(workbook);
  format_set_bold(formats.header);
  format_set_bg_color(formats.header, 0xE3E8EE);
  format_set_bottom(formats.header, LXW_BORDER_THIN);
  formats.wrap = workbook_add_format(workbook);
  format_set_text_wrap(formats.wrap);
  format_set_align(formats.wrap, LXW_ALIGN_VERTICAL_TOP);
  formats.percent = workbook_add_format(workbook);
  format_set_num_format(formats.percent, "0.0%");
  formats.bold = workbook_add_format(workbook);
  format_set_bold(formats.bold);
  return formats;
}

SheetWriter::SheetWriter(lxw_workbook* workbook, const char* name, const Formats& formats)
    : sheet_(workbook_add_worksheet(workbook, name)), formats_(formats) {}

void SheetWriter::header(const std::vector<Column>& columns) {
  row();
  for (std::size_t i = 0; i < columns.size(); ++i) {
    worksheet_set_column(sheet_, static_cast<lxw_col_t>(i), static_cast<lxw_col_t>(i), columns[i].width, nullptr);
    worksheet_write_string(sheet_, 0, static_cast<lxw_col_t>(i), columns[i].title.c_str(), formats_.header);
  }
  worksheet_freeze_panes(sheet_, 1, 0);
}

SheetWriter& SheetWriter::row() {
  ++row_;
  column_ = 0;
  return *this;
}

SheetWriter& SheetWriter::text(const std::string& value) {
  if (!value.empty()) worksheet_write_string(sheet_, row_, column_, fit(value).c_str(), nullptr);
  ++column_;
  return *this;
}

SheetWriter& SheetWriter::wrapped(const std::string& value) {
  if (!value.empty()) worksheet_write_string(sheet_, row_, column_, fit(value).c_str(), formats_.wrap);
  ++column_;
  return *this;
}

SheetWriter& SheetWriter::bold(const std::string& value) {
  if (!value.empty()) worksheet_write_string(sheet_, row_, column_, fit(value).c_str(), formats_.bold);
  ++column_;
  return *this;
}

SheetWriter& SheetWriter::number(double value) {
  worksheet_write_number(sheet_, row_, column_++, value, nullptr);
  return *this;
}

SheetWriter& SheetWriter::integer_or(const std::optional<int>& value, const std::string& otherwise) {
  return value ? number(*value) : text(otherwise);
}

SheetWriter& SheetWriter::percent(double ratio) {
  const double floored = std::floor(ratio * 1000.0 + 1e-9) / 1000.0;
  worksheet_write_number(sheet_, row_, column_++, floored, formats_.percent);
  return *this;
}

SheetWriter& SheetWriter::skip() {
  ++column_;
  return *this;
}

}  // namespace candor::xlsx
