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

constexpr double kMarkSpacing = 6;

// Line segments at 45 degrees across a rectangle, rising ("/") or falling.
std::string diagonals(double x, double y, double w, double h, bool rising) {
  std::string d;
  for (double c = kMarkSpacing / 2; c < w + h; c += kMarkSpacing) {
    const double t0 = std::max(0.0, c - h);
    const double t1 = std::min(w, c);
    const double x0 = rising ? x + t0 : x + w - t0;
    const double x1 = rising ? x + t1 : x + w - t1;
    d += "M" + number(x0) + " " + number(y + c - t0) + "L" + number(x1) + " " + number(y + c - t1);
  }
  return d;
}

std::string dots(double x, double y, double w, double h) {
  std::string d;
  for (double cy = y + kMarkSpacing / 2; cy < y + h; cy += kMarkSpacing) {
    for (double cx = x + kMarkSpacing / 2; cx < x + w; cx += kMarkSpacing) {
      d += "M" + number(cx - 0.8) + " " + number(cy) + "h1.6";
    }
  }
  return d;
}

struct Look {
  const char* fill;
  const char* marks;  // none | rising | crossed | dots
  const char* mark_colour;
};

Look look_of(std::string_view status) {
  if (status == "conforming" || status == "capability") return {kBlue, "none", ""};
  if (status == "minor") return {kOrange, "rising", "#ffffff"};
  if (status == "major") return {kVermillion, "crossed", "#6b2000"};  // the darkest swatch, in print too
  if (status == "overstated") return {kVermillion, "rising", "#ffffff"};
  if (status == "understated") return {kSky, "none", ""};
  if (status == "not-applicable") return {"#D9D9D9", "none", ""};
  if (status == "disputed") return {kPurple, "dots", "#ffffff"};
  return {"#ffffff", "rising", "#8a8a8a"};  // not assessed
}

}  // namespace

std::string swatch(double x, double y, double width, double height, std::string_view status,
                   std::string_view attributes) {
  const Look look = look_of(status);
  const bool not_assessed = std::string_view(look.fill) == "#ffffff";
  std::string out = rect(x, y, width, height,
                         "fill=\"" + std::string(look.fill) + "\"" +
                             (not_assessed ? " stroke=\"#8a8a8a\" stroke-dasharray=\"3 2\"" : "") +
                             (attributes.empty() ? "" : " " + std::string(attributes)));
  const std::string marks = look.marks;
  if (marks == "none" || width < 1 || height < 1) return out;
  std::string d;
  if (marks == "rising" || marks == "crossed") d += diagonals(x, y, width, height, true);
  if (marks == "crossed") d += diagonals(x, y, width, height, false);
  if (marks == "dots") d += dots(x, y, width, height);
  const char* stroke_width = marks == "dots" ? "1.6" : not_assessed ? "0.8" : "1.4";
  return out + "<path d=\"" + d + "\" stroke=\"" + look.mark_colour + "\" stroke-width=\"" + stroke_width +
         "\" stroke-linecap=\"round\" fill=\"none\" pointer-events=\"none\"/>";
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
