#include "report/benchmark_chart.h"

#include <algorithm>
#include <cmath>

#include "report/anchors.h"
#include "report/svg.h"

namespace candor {
namespace {

constexpr double kWidth = 940;
constexpr double kLeft = 300;   // where the scale starts
constexpr double kUnit = 80;    // pixels per capability level
constexpr double kRow = 28;
constexpr double kTop = 40;
constexpr int kMaxLevel = 5;

double x_of(double level) { return kLeft + std::clamp(level, 0.0, double{kMaxLevel}) * kUnit; }

std::string words(const ItemComparison& item, int minimum_peers) {
  std::string out = item.node_id + " " + item.title + ": ";
  out += item.subject ? "evidenced level " + svg::figure(*item.subject) : "not assessed";
  if (item.statistics.suppressed) return out + "; fewer than " + std::to_string(minimum_peers) + " peers, not shown";
  const Quartiles& q = *item.statistics.quartiles;
  out += "; peers Q1 " + svg::figure(q.q1) + ", median " + svg::figure(q.median) + ", Q3 " + svg::figure(q.q3);
  if (item.statistics.percentile) {
    out += "; percentile " + svg::figure(std::floor(*item.statistics.percentile * 10) / 10);
  }
  return out;
}

std::string row(const ItemComparison& item, double y, int minimum_peers) {
  std::string out = svg::text(4, y + 4, item.node_id + " " + svg::shorten(item.title, 34));
  if (item.statistics.suppressed) {
    out += svg::text(x_of(kMaxLevel / 2.0), y + 4, "fewer than " + std::to_string(minimum_peers) + " peers",
                     std::string("text-anchor=\"middle\" font-size=\"11\" font-style=\"italic\" fill=\"") +
                         svg::kMuted + "\"");
  } else {
    const Quartiles& q = *item.statistics.quartiles;
    const double width = std::max(x_of(q.q3) - x_of(q.q1), 2.0);
    out += "<g class=\"peers\" data-q1=\"" + svg::figure(q.q1) + "\" data-median=\"" + svg::figure(q.median) +
           "\" data-q3=\"" + svg::figure(q.q3) + "\">" +
           svg::rect(x_of(q.q1), y - 8, width, 16, std::string("fill=\"#dbe9f6\" stroke=\"") + svg::kBlue + "\"") +
           svg::line(x_of(q.median), y - 10, x_of(q.median), y + 10,
                     std::string("stroke=\"") + svg::kInk + "\" stroke-width=\"3\"") +
           "</g>";
  }
  if (item.subject) {
    const double x = x_of(*item.subject);
    out += "<polygon class=\"subject\" points=\"" + svg::number(x) + "," + svg::number(y - 8) + " " +
           svg::number(x + 8) + "," + svg::number(y) + " " + svg::number(x) + "," + svg::number(y + 8) + " " +
           svg::number(x - 8) + "," + svg::number(y) + "\" fill=\"" + svg::kVermillion + "\" stroke=\"" + svg::kInk +
           "\"/>";
  } else {
    out += svg::text(kWidth - 4, y + 4, "not assessed", "text-anchor=\"end\" font-size=\"11\" font-style=\"italic\"");
  }
  return svg::link(anchors::process(item.node_id), words(item, minimum_peers), out);
}

std::string axis(double bottom) {
  std::string out = "<g class=\"axis\">";
  for (int level = 0; level <= kMaxLevel; ++level) {
    out += svg::line(x_of(level), kTop - 8, x_of(level), bottom, std::string("stroke=\"") + svg::kGrid + "\"");
    out += svg::text(x_of(level), kTop - 12, std::to_string(level), "text-anchor=\"middle\" font-size=\"10\"");
  }
  out += svg::text(x_of(0), kTop - 26, "capability level", std::string("font-size=\"11\" fill=\"") + svg::kMuted + "\"");
  return out + "</g>";
}

std::string legend(double y) {
  std::string out = "<g class=\"legend\" font-size=\"11\">";
  out += svg::rect(4, y, 22, 14, std::string("fill=\"#dbe9f6\" stroke=\"") + svg::kBlue + "\"");
  out += svg::text(32, y + 11, "peers: first to third quartile");
  out += svg::line(240, y - 1, 240, y + 15, std::string("stroke=\"") + svg::kInk + "\" stroke-width=\"3\"");
  out += svg::text(248, y + 11, "peers' median");
  out += "<polygon points=\"370," + svg::number(y) + " 377," + svg::number(y + 7) + " 370," + svg::number(y + 14) +
         " 363," + svg::number(y + 7) + "\" fill=\"" + svg::kVermillion + "\" stroke=\"" + svg::kInk + "\"/>";
  out += svg::text(384, y + 11, "this assessment (evidenced level; claims are never used)");
  return out + "</g>";
}

}  // namespace

std::string benchmark_chart_svg(const BenchmarkComparison& comparison) {
  const auto& items = comparison.processes;
  const double bottom = kTop + kRow * std::max<std::size_t>(items.size(), 1);
  const double height = bottom + 44;
  std::string out = svg::open(kWidth, height, "benchmark",
                              "Benchmark: evidenced capability level against " + std::to_string(comparison.pool_peers) +
                                  " peers' quartiles for " + std::to_string(items.size()) + " processes");
  for (std::size_t i = 1; i < items.size(); i += 2) {
    out += svg::rect(0, kTop + kRow * i, kWidth, kRow, "fill=\"#f4f4f4\" class=\"stripe\"");
  }
  out += axis(bottom);
  if (items.empty()) out += svg::text(kLeft, kTop + 18, "No process maps onto the pool.", "font-style=\"italic\"");
  for (std::size_t i = 0; i < items.size(); ++i) {
    out += row(items[i], kTop + kRow * i + kRow / 2, comparison.minimum_peers);
  }
  out += legend(height - 26);
  return out + svg::close();
}

}  // namespace candor
