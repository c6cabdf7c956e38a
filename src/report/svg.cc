#include "report/svg.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "base/text.h"

namespace candor::svg {

std::string number(double value) {
  if (std::abs(value) < 0.005) return "0";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  std::string out = buffer;
  while (out.back() == '0') out.pop_back();
  if (out.back() == '.') out.pop_back();
  return out;
}

std::string figure(double value) {
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

std::string open(double width, double height, std::string_view css_class, std::string_view label) {
  const std::string escaped = html_escape(label);
  return "<svg class=\"chart " + html_escape(css_class) +
         "\" viewBox=\"0 0 " + number(width) + " " + number(height) + "\" width=\"" + number(width) +
         "\" height=\"" + number(height) + "\" role=\"img\" aria-label=\"" + escaped +
         "\" font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\" font-size=\"12\"><title>" + escaped +
         "</title>";
}

std::string close() { return "</svg>"; }

std::string text(double x, double y, std::string_view content, std::string_view attributes) {
  std::string out = "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\"";
  if (!attributes.empty()) out += " " + std::string(attributes);
  return out + ">" + html_escape(content) + "</text>";
}

std::string rect(double x, double y, double width, double height, std::string_view attributes) {
  return "<rect x=\"" + number(x) + "\" y=\"" + number(y) + "\" width=\"" + number(std::max(0.0, width)) +
         "\" height=\"" + number(std::max(0.0, height)) + "\" " + std::string(attributes) + "/>";
}

std::string line(double x1, double y1, double x2, double y2, std::string_view attributes) {
  return "<line x1=\"" + number(x1) + "\" y1=\"" + number(y1) + "\" x2=\"" + number(x2) + "\" y2=\"" +
         number(y2) + "\" " + std::string(attributes) + "/>";
}

std::string link(std::string_view anchor, std::string_view tooltip, std::string_view inner) {
  return "<a href=\"#" + html_escape(anchor) + "\"><title>" + html_escape(tooltip) + "</title>" +
         std::string(inner) + "</a>";
}

namespace {

std::string pattern(std::string_view prefix, std::string_view name, const char* background,
                    std::string_view marks) {
  return "<pattern id=\"" + std::string(prefix) + "-" + std::string(name) +
         "\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\"><rect width=\"8\" height=\"8\" fill=\"" +
         background + "\"/>" + std::string(marks) + "</pattern>";
}

}  // namespace

std::string pattern_defs(std::string_view prefix) {
  const std::string diagonal = "<path d=\"M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4\" stroke=\"#ffffff\" stroke-width=\"1.6\"/>";
  const std::string cross =
      "<path d=\"M0,0 l8,8 M8,0 l-8,8\" stroke=\"#ffffff\" stroke-width=\"1.4\"/>";
  const std::string dots = "<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"#ffffff\"/>";
  const std::string grey_hatch =
      "<path d=\"M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4\" stroke=\"#8a8a8a\" stroke-width=\"1\"/>";
  return "<defs>" + pattern(prefix, "minor", kOrange, diagonal) + pattern(prefix, "major", kVermillion, cross) +
         pattern(prefix, "disputed", kPurple, dots) + pattern(prefix, "not-assessed", "#ffffff", grey_hatch) +
         pattern(prefix, "overstated", kVermillion, diagonal) + "</defs>";
}

std::string conformity_fill(std::string_view prefix, std::string_view status) {
  const std::string base = "url(#" + std::string(prefix) + "-";
  if (status == "conforming") return kBlue;
  if (status == "not-applicable") return "#D9D9D9";
  if (status == "minor" || status == "major" || status == "disputed") return base + std::string(status) + ")";
  return not_assessed_fill(prefix);
}

std::string not_assessed_fill(std::string_view prefix) {
  return "url(#" + std::string(prefix) + "-not-assessed)";
}

const char* conformity_label(std::string_view status) {
  if (status == "conforming") return "conforming";
  if (status == "minor") return "minor nonconformity";
  if (status == "major") return "major nonconformity";
  if (status == "not-applicable") return "not applicable";
  if (status == "disputed") return "disputed";
  return "not assessed";
}

namespace {

bool starts_character(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) != 0x80; }

}  // namespace

std::string shorten(std::string_view text, std::size_t max_chars) {
  std::size_t characters = 0;
  for (const char byte : text) characters += starts_character(byte) ? 1 : 0;
  if (characters <= max_chars || max_chars == 0) return std::string(text);
  std::size_t kept = 0;
  std::size_t end = 0;
  for (; end < text.size(); ++end) {
    if (starts_character(text[end]) && kept++ == max_chars - 1) break;
  }
  return std::string(text.substr(0, end)) + "\u2026";
}

}  // namespace candor::svg
