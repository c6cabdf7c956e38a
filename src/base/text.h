// Small text helpers shared by every module: UTF-8 validation, trimming,
// case folding, splitting and joining.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace candor {

// Byte offset of the first invalid UTF-8 sequence, or npos when valid.
std::size_t find_invalid_utf8(std::string_view text);
inline bool is_valid_utf8(std::string_view text) {
  return find_invalid_utf8(text) == std::string_view::npos;
}
// 1-based line and column of a byte offset.
std::pair<int, int> line_and_column(std::string_view text, std::size_t offset);

std::string_view trim(std::string_view text);
std::string to_lower(std::string_view text);  // ASCII only
bool starts_with_ci(std::string_view text, std::string_view prefix);
std::vector<std::string> split(std::string_view text, char separator);
std::string join(const std::vector<std::string>& parts, std::string_view separator);
std::string html_escape(std::string_view text);
// Formats a ratio 0..1 as a percentage with one decimal, never rounding up
// past a boundary that matters: 0.9999 prints as "99.9 %", not "100.0 %".
std::string percent_floor(double ratio);

}  // namespace candor
