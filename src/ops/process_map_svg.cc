// Draws a ProcessMap with the report module's SVG helpers: nodes in a row,
// forward edges as arcs above, backward edges as arcs below, each labelled
// "count · median time" and as wide as its share of the cases.
#include <algorithm>
#include <cmath>

#include "ops/process_map.h"
#include "report/svg.h"

namespace candor::ops {
namespace {

constexpr double kNodeWidth = 124, kNodeHeight = 44, kGap = 56, kMargin = 24;
constexpr std::size_t kMaxEdges = 40;

std::string hours_label(double hours) {
  if (std::isnan(hours)) return "";
  if (hours < 1) return svg::number(std::round(hours * 60)) + " min";
  if (hours < 48) return svg::number(std::round(hours * 10) / 10) + " h";
  return svg::number(std::round(hours / 24 * 10) / 10) + " d";
}

std::string escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '&') out += "&amp;";
    else if (c == '"') out += "&quot;";
    else out += c;
  }
  return out;
}

std::string count_label(std::uint64_t count) {
  if (count >= 10000000) return std::to_string(count / 1000000) + "M";
  if (count >= 10000) return std::to_string(count / 1000) + "k";
  return std::to_string(count);
}

}  // namespace

std::string process_map_svg(const ProcessMap& map, const std::string& title) {
  const std::size_t shown = std::min(map.edges.size(), kMaxEdges);
  const double step = kNodeWidth + kGap;
  const double width = kMargin * 2 + step * double(map.nodes.size()) - kGap;
  double above = 40, below = 40;
  for (std::size_t i = 0; i < shown; ++i) {
    const ProcessEdge& e = map.edges[i];
    const double span = std::abs(double(e.to) - double(e.from));
    const double lift = 28 + 22 * span;
    (e.to > e.from ? above : below) = std::max(e.to > e.from ? above : below, lift + 16);
  }
  const double middle = kMargin + 30 + above;
  const double height = middle + kNodeHeight + below + 40;
  std::string out = svg::open(width, height, "process-map", "Process map: " + title);
  out.insert(4, " xmlns=\"http://www.w3.org/2000/svg\"");  // a standalone file, not inline in HTML
  out += svg::text(kMargin, kMargin, title + " — " + std::to_string(map.cases) + " cases, " + std::to_string(map.events) +
                                         " events" + (shown < map.edges.size() ? ", the " + std::to_string(shown) +
                                                                                     " most frequent of " +
                                                                                     std::to_string(map.edges.size()) + " transitions"
                                                                               : ""),
                   "font-size=\"14\" font-weight=\"bold\"");
  const double top_count = map.cases ? double(map.cases) : 1;
  auto centre = [&](std::size_t node) { return kMargin + step * double(node) + kNodeWidth / 2; };
  for (std::size_t i = shown; i-- > 0;) {  // least frequent first: the busiest edges draw on top
    const ProcessEdge& e = map.edges[i];
    const bool forward = e.to > e.from;
    const double span = std::abs(double(e.to) - double(e.from));
    const double lift = (28 + 22 * span) * (forward ? -1 : 1);
    const double x1 = centre(e.from) + (forward ? 10 : -10), x2 = centre(e.to) + (forward ? -10 : 10);
    const double y = forward ? middle : middle + kNodeHeight;
    const double stroke = 1 + 7 * std::min(1.0, double(e.count) / top_count);
    const char* colour = forward ? svg::kBlue : svg::kVermillion;
    out += "<path d=\"M" + svg::number(x1) + " " + svg::number(y) + " Q" + svg::number((x1 + x2) / 2) + " " +
           svg::number(y + 2 * lift) + " " + svg::number(x2) + " " + svg::number(y) + "\" fill=\"none\" stroke=\"" + colour +
           "\" stroke-opacity=\"0.7\" stroke-width=\"" + svg::number(stroke) + "\"><title>" + escaped(map.nodes[e.from].name) +
           " → " + escaped(map.nodes[e.to].name) + ": " + std::to_string(e.count) + " times" +
           (std::isnan(e.median_hours) ? "" : ", median " + hours_label(e.median_hours)) + "</title></path>\n";
    out += svg::line(x2, y, x2 + (forward ? -4 : 4), y + (forward ? -7 : 7), std::string("stroke=\"") + colour + "\"");
    const std::string label = count_label(e.count) + (std::isnan(e.median_hours) ? "" : " · " + hours_label(e.median_hours));
    out += svg::text((x1 + x2) / 2, y + lift + (forward ? -3 : 11), label,
                     "font-size=\"10\" text-anchor=\"middle\" fill=\"" + std::string(svg::kInk) + "\"");
  }
  for (std::size_t i = 0; i < map.nodes.size(); ++i) {
    const double x = kMargin + step * double(i);
    const bool terminal = i == 0 || i + 1 == map.nodes.size();
    out += svg::rect(x, middle, kNodeWidth, kNodeHeight,
                     std::string("rx=\"8\" fill=\"") + (terminal ? "#eeeeee" : "#ffffff") + "\" stroke=\"" + svg::kInk + "\"");
    out += svg::text(x + kNodeWidth / 2, middle + 18, svg::shorten(map.nodes[i].name, 18),
                     "font-size=\"12\" text-anchor=\"middle\" font-weight=\"bold\"");
    out += svg::text(x + kNodeWidth / 2, middle + 34, count_label(map.nodes[i].cases) + " cases",
                     "font-size=\"10\" text-anchor=\"middle\" fill=\"" + std::string(svg::kMuted) + "\"");
  }
  out += svg::text(kMargin, height - 12,
                   "Blue arcs above: forward transitions; red arcs below: back to an earlier state. Labels: times taken · "
                   "median time between the two rows.",
                   "font-size=\"10\" fill=\"" + std::string(svg::kMuted) + "\"");
  out += svg::close();
  return out;
}

}  // namespace candor::ops
