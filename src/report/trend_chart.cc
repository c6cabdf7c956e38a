#include "report/trend_chart.h"

#include <algorithm>

#include "report/anchors.h"
#include "report/svg.h"

namespace candor {
namespace {

constexpr double kWidth = 940;
constexpr double kLeft = 300;
constexpr double kUnit = 80;
constexpr double kRow = 28;
constexpr double kTop = 40;
constexpr int kMaxLevel = 5;

double x_of(int level) { return kLeft + std::clamp(level, 0, kMaxLevel) * kUnit; }

// Older assessments lighter: from the muted grey to the evidenced blue.
const char* shade(std::size_t index, std::size_t count) {
  if (index + 1 == count) return svg::kBlue;
  return index == 0 ? "#BBBBBB" : svg::kSky;
}

std::string words(const ProcessTrend& process) {
  std::string out = process.node_id + " " + process.title + ":";
  for (const auto& point : process.points) {
    out += " " + point.assessed_on.to_string() + " " +
           (point.evidenced_level ? "level " + std::to_string(*point.evidenced_level) : "not assessed") + ";";
  }
  out.pop_back();
  return out;
}

std::string row(const ProcessTrend& process, double y) {
  std::string out = svg::text(4, y + 4, process.node_id + " " + svg::shorten(process.title, 34));
  std::optional<int> first;
  std::optional<int> last;
  for (const auto& point : process.points) {
    if (!point.evidenced_level) continue;
    if (!first) first = point.evidenced_level;
    last = point.evidenced_level;
  }
  if (first && last && *first != *last) {
    out += svg::line(x_of(*first), y, x_of(*last), y, std::string("stroke=\"") + svg::kInk + "\" stroke-width=\"2\"");
  }
  for (std::size_t i = 0; i < process.points.size(); ++i) {
    const auto& point = process.points[i];
    if (!point.evidenced_level) continue;
    // Later dots are drawn on top and slightly smaller, so equal levels stay visible.
    const double radius = 9 - 2.0 * std::min<std::size_t>(i, 3);
    out += "<circle cx=\"" + svg::number(x_of(*point.evidenced_level)) + "\" cy=\"" + svg::number(y) + "\" r=\"" +
           svg::number(radius) + "\" fill=\"" + shade(i, process.points.size()) + "\" stroke=\"" + svg::kInk +
           "\" data-assessment=\"" + std::to_string(point.assessment) + "\"/>";
  }
  const std::string change = !process.change ? "not assessed"
                             : *process.change > 0 ? "+" + std::to_string(*process.change)
                                                   : std::to_string(*process.change);
  out += svg::text(kWidth - 4, y + 4, change, "text-anchor=\"end\" font-size=\"11\"");
  return svg::link(anchors::process(process.node_id), words(process), out);
}

}  // namespace

std::string trend_chart_svg(const Trend& trend) {
  const auto& processes = trend.processes;
  const double bottom = kTop + kRow * std::max<std::size_t>(processes.size(), 1);
  const double height = bottom + 44;
  std::string out = svg::open(kWidth, height, "trend",
                              "Trend: evidenced capability level of " + std::to_string(processes.size()) +
                                  " processes over " + std::to_string(trend.assessments.size()) + " assessments");
  for (std::size_t i = 1; i < processes.size(); i += 2) {
    out += svg::rect(0, kTop + kRow * i, kWidth, kRow, "fill=\"#f4f4f4\" class=\"stripe\"");
  }
  out += "<g class=\"axis\">";
  for (int level = 0; level <= kMaxLevel; ++level) {
    out += svg::line(x_of(level), kTop - 8, x_of(level), bottom, std::string("stroke=\"") + svg::kGrid + "\"");
    out += svg::text(x_of(level), kTop - 12, std::to_string(level), "text-anchor=\"middle\" font-size=\"10\"");
  }
  out += svg::text(kWidth - 4, kTop - 12, "change", "text-anchor=\"end\" font-size=\"10\"") + "</g>";
  for (std::size_t i = 0; i < processes.size(); ++i) out += row(processes[i], kTop + kRow * i + kRow / 2);
  std::string legend = "<g class=\"legend\" font-size=\"11\">";
  double x = 4;
  for (std::size_t i = 0; i < trend.assessments.size(); ++i) {
    legend += "<circle cx=\"" + svg::number(x + 7) + "\" cy=\"" + svg::number(height - 19) + "\" r=\"6\" fill=\"" +
              shade(i, trend.assessments.size()) + "\" stroke=\"" + svg::kInk + "\"/>";
    legend += svg::text(x + 18, height - 15, "#" + std::to_string(trend.assessments[i]) + " " + trend.dates[i].to_string());
    x += 150;
  }
  out += legend + "</g>";
  return out + svg::close();
}

}  // namespace candor
