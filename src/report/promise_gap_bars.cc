#include "report/promise_gap_bars.h"

#include <algorithm>
#include <cstdlib>

#include "base/text.h"
#include "report/anchors.h"
#include "report/svg.h"

namespace candor {
namespace {

constexpr double kWidth = 940;
constexpr double kCentre = 480;
constexpr double kUnit = 40;  // pixels per capability level
constexpr double kRow = 30;
constexpr double kTop = 52;
constexpr int kMaxGap = 5;

std::string gap_words(const ProcessResult& process) {
  if (!process.evidenced_level) {
    return process.claimed_level ? "claimed " + std::to_string(*process.claimed_level) + ", evidence not assessed"
                                 : "no claim, not assessed";
  }
  const std::string evidenced =
      (process.level_is_lower_bound ? "at least " : "") + std::to_string(*process.evidenced_level);
  if (!process.claimed_level) return "no claim; evidenced " + evidenced;
  const int gap = *process.promise_gap;
  // A lower-bound level can only rise, so the gap can only shrink.
  const std::string bound = process.level_is_lower_bound && gap > 0 ? "at most " : "";
  return bound + (gap > 0 ? "+" : "") + std::to_string(gap) + " (claimed " +
         std::to_string(*process.claimed_level) + ", evidenced " + evidenced + ")";
}

std::string tooltip(const ProcessResult& process) {
  std::string out = process.node_id + " " + process.title + ": promise gap " + gap_words(process);
  if (!process.gap_judgements.empty()) {
    out += "; explained by " + std::to_string(process.gap_judgements.size()) + " judgement(s)";
  }
  return out;
}

std::string gap_mark(const ProcessResult& process, double y) {
  const std::string node = html_escape(process.node_id);
  if (!process.evidenced_level) {
    return "<g class=\"not-assessed\" data-node=\"" + node + "\">" +
           svg::swatch(kCentre - 60, y - 9, 120, 18, "not-assessed") +
           svg::text(kCentre, y + 4, "not assessed",
                     "text-anchor=\"middle\" font-size=\"11\" font-style=\"italic\" paint-order=\"stroke\" "
                     "stroke=\"#ffffff\" stroke-width=\"3\"") +
           "</g>";
  }
  if (!process.promise_gap) {
    return "<g class=\"no-claim\" data-node=\"" + node + "\">" +
           svg::text(kCentre, y + 4, "no claim",
                     std::string("text-anchor=\"middle\" font-size=\"11\" font-style=\"italic\" fill=\"") + svg::kMuted +
                         "\" paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"4\"") +
           "</g>";
  }
  const int gap = std::clamp(*process.promise_gap, -kMaxGap, kMaxGap);
  if (gap == 0) {
    return "<g class=\"bar no-gap\" data-node=\"" + node + "\" data-gap=\"0\"><polygon points=\"" +
           svg::number(kCentre) + "," + svg::number(y - 7) + " " + svg::number(kCentre + 7) + "," + svg::number(y) +
           " " + svg::number(kCentre) + "," + svg::number(y + 7) + " " + svg::number(kCentre - 7) + "," +
           svg::number(y) + "\" fill=\"" + svg::kInk + "\"/></g>";
  }
  const double length = std::abs(gap) * kUnit;
  const double x = gap > 0 ? kCentre : kCentre - length;
  const std::string dash = process.level_is_lower_bound ? " stroke-dasharray=\"4 2\"" : "";
  return "<g class=\"bar " + std::string(gap > 0 ? "overstated" : "understated") + "\" data-node=\"" + node +
         "\" data-gap=\"" + std::to_string(*process.promise_gap) + "\">" +
         svg::swatch(x, y - 9, length, 18, gap > 0 ? "overstated" : "understated",
                     std::string("stroke=\"") + svg::kInk + "\"" + dash) +
         "</g>";
}

std::string axis(double bottom) {
  std::string out = "<g class=\"axis\">";
  for (int level = -kMaxGap; level <= kMaxGap; ++level) {
    const double x = kCentre + level * kUnit;
    out += svg::line(x, kTop - 12, x, bottom,
                     std::string("stroke=\"") + (level == 0 ? svg::kInk : svg::kGrid) + "\"" +
                         (level == 0 ? " stroke-width=\"1.5\"" : ""));
    out += svg::text(x, kTop - 16, (level > 0 ? "+" : "") + std::to_string(level),
                     "text-anchor=\"middle\" font-size=\"10\"");
  }
  out += svg::text(kCentre - 8, kTop - 34, "\u2190 evidence shows more than claimed",
                   std::string("text-anchor=\"end\" font-size=\"11\" fill=\"") + svg::kMuted + "\"");
  out += svg::text(kCentre + 8, kTop - 34, "claimed more than evidence shows \u2192",
                   std::string("font-size=\"11\" fill=\"") + svg::kMuted + "\"");
  return out + "</g>";
}

std::string legend(double y) {
  std::string out = "<g class=\"legend\" font-size=\"11\">";
  out += svg::swatch(4, y, 22, 14, "overstated", "stroke=\"#222\"");
  out += svg::text(32, y + 11, "overstated (claimed > evidenced)");
  out += svg::swatch(250, y, 22, 14, "understated", "stroke=\"#222\"");
  out += svg::text(278, y + 11, "understated");
  out += svg::rect(372, y, 22, 14, "fill=\"#ffffff\" stroke=\"#222\" stroke-dasharray=\"4 2\"");
  out += svg::text(400, y + 11, "dashed: evidenced level is a lower bound");
  out += svg::swatch(660, y, 22, 14, "not-assessed");
  out += svg::text(688, y + 11, "not assessed (no value)");
  return out + "</g>";
}

}  // namespace

std::string promise_gap_svg(const Results& results) {
  const auto& processes = results.processes;
  const double bottom = kTop + kRow * std::max<std::size_t>(processes.size(), 1);
  const double height = bottom + 48;
  std::string out = svg::open(kWidth, height, "promise-gap",
                              "Promise gap: claimed minus evidenced capability level for " +
                                  std::to_string(processes.size()) + " processes");
  for (std::size_t i = 1; i < processes.size(); i += 2) {
    out += svg::rect(0, kTop + kRow * i, kWidth, kRow, "fill=\"#f4f4f4\" class=\"stripe\"");
  }
  out += axis(bottom);
  if (processes.empty()) {
    out += svg::text(kCentre, kTop + 18, "This framework has no processes.", "text-anchor=\"middle\" font-style=\"italic\"");
  }
  for (std::size_t i = 0; i < processes.size(); ++i) {
    const ProcessResult& process = processes[i];
    const double y = kTop + kRow * i + kRow / 2;
    const std::string label = process.node_id + " " + svg::shorten(process.title, 30);
    out += svg::link(anchors::process(process.node_id), tooltip(process),
                     svg::text(4, y + 4, label) + gap_mark(process, y) +
                         svg::text(kCentre + kMaxGap * kUnit + 10, y + 4, gap_words(process), "font-size=\"11\""));
  }
  out += legend(height - 28);
  return out + svg::close();
}

}  // namespace candor
