#include "report/capability_radar.h"

#include <cmath>
#include <numbers>
#include <optional>

#include "base/text.h"
#include "report/anchors.h"
#include "report/svg.h"

namespace candor {
namespace {

constexpr int kMaxLevel = 5;

struct Point {
  double x = 0;
  double y = 0;
};

std::string level_text(const std::optional<int>& level, bool lower_bound) {
  if (!level) return "not assessed";
  return (lower_bound ? "at least " : "") + std::to_string(*level);
}

std::string tooltip(const ProcessResult& process) {
  return process.node_id + " " + process.title + ": claimed " +
         (process.claimed_level ? std::to_string(*process.claimed_level) : "nothing") + ", evidenced " +
         level_text(process.evidenced_level, process.level_is_lower_bound);
}

// A claimed marker: an open triangle, so it differs from the evidenced dot by
// shape as well as by colour.
std::string claimed_marker(Point at, const ProcessResult& process) {
  const std::string points = svg::number(at.x) + "," + svg::number(at.y - 6) + " " + svg::number(at.x - 5.5) +
                             "," + svg::number(at.y + 4) + " " + svg::number(at.x + 5.5) + "," +
                             svg::number(at.y + 4);
  return svg::link(anchors::process(process.node_id), tooltip(process),
                   "<polygon class=\"claimed\" data-node=\"" + html_escape(process.node_id) + "\" data-level=\"" +
                       std::to_string(*process.claimed_level) + "\" points=\"" + points +
                       "\" fill=\"#ffffff\" stroke=\"" + svg::kOrange + "\" stroke-width=\"2\"/>");
}

// An evidenced marker: a filled dot; a ring when the level is only a lower
// bound (an unrated attribute stopped it).
std::string evidenced_marker(Point at, const ProcessResult& process) {
  const std::string fill = process.level_is_lower_bound ? "#ffffff" : svg::kBlue;
  return svg::link(anchors::process(process.node_id), tooltip(process),
                   "<circle class=\"evidenced\" data-node=\"" + html_escape(process.node_id) +
                       "\" data-level=\"" + std::to_string(*process.evidenced_level) + "\" cx=\"" +
                       svg::number(at.x) + "\" cy=\"" + svg::number(at.y) + "\" r=\"5\" fill=\"" + fill +
                       "\" stroke=\"" + svg::kBlue + "\" stroke-width=\"2.5\"/>");
}

// "Not assessed": a hatched box with words, in place of a value.
std::string not_assessed_marker(double x, double y, const ProcessResult& process, const char* anchor_side) {
  const double width = 84;
  const double left = std::string_view(anchor_side) == "end"     ? x - width
                      : std::string_view(anchor_side) == "start" ? x
                                                                 : x - width / 2;
  return svg::link(anchors::process(process.node_id), tooltip(process),
                   "<g class=\"not-assessed\" data-node=\"" + html_escape(process.node_id) + "\">" +
                       svg::swatch(left, y - 11, width, 15, "not-assessed") +
                       svg::text(left + width / 2, y, "not assessed",
                                 "text-anchor=\"middle\" font-size=\"10\" font-style=\"italic\" fill=\"#444\" "
                                 "paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"3\"") +
                       "</g>");
}

std::string legend(double x, double y) {
  std::string out = "<g class=\"legend\" font-size=\"11\">";
  out += svg::line(x, y, x + 24, y, std::string("stroke=\"") + svg::kOrange + "\" stroke-width=\"2\" stroke-dasharray=\"6 3\"");
  out += "<polygon points=\"" + svg::number(x + 12) + "," + svg::number(y - 6) + " " + svg::number(x + 6.5) + "," +
         svg::number(y + 4) + " " + svg::number(x + 17.5) + "," + svg::number(y + 4) +
         "\" fill=\"#ffffff\" stroke=\"" + svg::kOrange + "\" stroke-width=\"2\"/>";
  out += svg::text(x + 30, y + 4, "claimed by the process owner");
  x += 210;
  out += svg::line(x, y, x + 24, y, std::string("stroke=\"") + svg::kBlue + "\" stroke-width=\"2.5\"");
  out += "<circle cx=\"" + svg::number(x + 12) + "\" cy=\"" + svg::number(y) + "\" r=\"5\" fill=\"" + svg::kBlue + "\"/>";
  out += svg::text(x + 30, y + 4, "evidenced");
  x += 100;
  out += "<circle cx=\"" + svg::number(x + 6) + "\" cy=\"" + svg::number(y) + "\" r=\"5\" fill=\"#ffffff\" stroke=\"" +
         svg::kBlue + "\" stroke-width=\"2.5\"/>";
  out += svg::text(x + 16, y + 4, "at least (unrated attributes)");
  out += "</g>";
  out += svg::swatch(x - 310, y + 14, 40, 14, "not-assessed");
  out += svg::text(x - 264, y + 25, "not assessed: no verified rating, shown as no value", "font-size=\"11\"");
  return out;
}

class Radar {
 public:
  explicit Radar(const std::vector<ProcessResult>& processes) : processes_(processes) {}

  std::string draw() const {
    std::string out = svg::open(kWidth, kHeight, "capability-radar", label());
    out += grid();
    out += outline(/*claimed=*/true) + outline(/*claimed=*/false);
    for (std::size_t i = 0; i < processes_.size(); ++i) out += axis_marks(i);
    out += legend(24, kHeight - 40);
    return out + svg::close();
  }

 private:
  static constexpr double kWidth = 720;
  static constexpr double kHeight = 620;
  static constexpr double kRadius = 210;
  static constexpr Point kCentre{360, 300};

  std::string label() const {
    return "Capability radar: claimed and evidenced capability level of " + std::to_string(processes_.size()) +
           " processes on a scale of 0 to 5";
  }

  double angle(std::size_t i) const {
    return -std::numbers::pi / 2 + 2 * std::numbers::pi * static_cast<double>(i) / processes_.size();
  }

  // Level 0 sits a few pixels out from the centre so that several level-0
  // processes stay separate, visible markers.
  Point at(std::size_t i, int level) const {
    const double r = level == 0 ? 7 : kRadius * level / kMaxLevel;
    return {kCentre.x + r * std::cos(angle(i)), kCentre.y + r * std::sin(angle(i))};
  }

  std::string grid() const {
    std::string out = "<g class=\"grid\" fill=\"none\" stroke=\"" + std::string(svg::kGrid) + "\">";
    for (int level = 1; level <= kMaxLevel; ++level) {
      std::string points;
      for (std::size_t i = 0; i < processes_.size(); ++i) {
        const Point p = at(i, level);
        points += svg::number(p.x) + "," + svg::number(p.y) + " ";
      }
      out += "<polygon points=\"" + points + "\"/>";
    }
    for (std::size_t i = 0; i < processes_.size(); ++i) {
      const Point end = at(i, kMaxLevel);
      const bool assessed = processes_[i].evidenced_level.has_value();
      out += svg::line(kCentre.x, kCentre.y, end.x, end.y, assessed ? "" : "stroke-dasharray=\"4 3\"");
    }
    out += "</g>";
    // Ring numbers just left of the upward axis, clear of the markers on it.
    for (int level = 1; level <= kMaxLevel; ++level) {
      out += svg::text(kCentre.x - 5, kCentre.y - kRadius * level / kMaxLevel + 11, std::to_string(level),
                       std::string("text-anchor=\"end\" font-size=\"10\" fill=\"") + svg::kMuted + "\"");
    }
    return out;
  }

  std::optional<int> value(std::size_t i, bool claimed) const {
    return claimed ? processes_[i].claimed_level : processes_[i].evidenced_level;
  }

  // The outline joins neighbouring axes that both have a value; a missing
  // value breaks it, so nothing is interpolated through "not assessed".
  std::string outline(bool claimed) const {
    const std::string stroke = claimed ? std::string("stroke=\"") + svg::kOrange +
                                             "\" stroke-width=\"2\" stroke-dasharray=\"6 3\""
                                       : std::string("stroke=\"") + svg::kBlue + "\" stroke-width=\"2.5\"";
    const std::size_t n = processes_.size();
    bool complete = true;
    for (std::size_t i = 0; i < n; ++i) complete = complete && value(i, claimed).has_value();
    std::string out = "<g class=\"" + std::string(claimed ? "claimed-outline" : "evidenced-outline") + "\">";
    if (complete) {
      std::string points;
      for (std::size_t i = 0; i < n; ++i) {
        const Point p = at(i, *value(i, claimed));
        points += svg::number(p.x) + "," + svg::number(p.y) + " ";
      }
      const char* fill = claimed ? "none" : "rgba(0,114,178,0.12)";
      out += "<polygon points=\"" + points + "\" fill=\"" + fill + "\" " + stroke + "/>";
    } else {
      for (std::size_t i = 0; i < n; ++i) {
        const std::size_t next = (i + 1) % n;
        if (!value(i, claimed) || !value(next, claimed)) continue;
        const Point a = at(i, *value(i, claimed));
        const Point b = at(next, *value(next, claimed));
        out += svg::line(a.x, a.y, b.x, b.y, stroke);
      }
    }
    return out + "</g>";
  }

  // Beyond this many axes a label gets one line (the id; the title is in
  // its tooltip and in the process table) so neighbouring labels never
  // collide, and "not assessed" becomes a hatched square beside the id.
  static constexpr std::size_t kDenseAxes = 12;

  std::string axis_marks(std::size_t i) const {
    const ProcessResult& process = processes_[i];
    const bool dense = processes_.size() > kDenseAxes;
    std::string out;
    const double cos = std::cos(angle(i));
    const double sin = std::sin(angle(i));
    const double label_x = kCentre.x + (kRadius + 14) * cos;
    // Labels above the centre sit higher, below it lower, so that the lines
    // of a label never run into the rings or each other.
    const double lift = dense ? -2 : -14;
    const double label_y = kCentre.y + (kRadius + 14) * sin + 4 + (sin > 0.3 ? 8 : sin < -0.3 ? lift : 0);
    const char* side = cos > 0.1 ? "start" : cos < -0.1 ? "end" : "middle";
    const std::string anchor = std::string("text-anchor=\"") + side + "\"";
    std::string label = svg::text(label_x, label_y, process.node_id, anchor + " font-weight=\"bold\"");
    if (!dense) {
      label += svg::text(label_x, label_y + 13, svg::shorten(process.title, 22),
                         anchor + " font-size=\"10\" fill=\"" + svg::kMuted + "\"");
    }
    out += svg::link(anchors::process(process.node_id), tooltip(process), label);
    if (process.claimed_level) out += claimed_marker(at(i, *process.claimed_level), process);
    if (process.evidenced_level) {
      out += evidenced_marker(at(i, *process.evidenced_level), process);
    } else if (dense) {
      out += not_assessed_square(label_x, label_y, process, side);
    } else {
      out += not_assessed_marker(label_x, label_y + 28, process, side);
    }
    return out;
  }

  // The compact "not assessed" marker: a hatched square beside the label.
  static std::string not_assessed_square(double x, double y, const ProcessResult& process, const char* side) {
    const double text_width = 7.5 * process.node_id.size();
    const std::string_view where = side;
    const double left = where == "start" ? x + text_width + 4
                        : where == "end" ? x - text_width - 16
                                         : x + text_width / 2 + 4;
    const double top = y - 11;
    return svg::link(anchors::process(process.node_id), tooltip(process),
                     "<g class=\"not-assessed\" data-node=\"" + html_escape(process.node_id) + "\">" +
                         svg::swatch(left, top, 12, 12, "not-assessed") + "</g>");
  }

  const std::vector<ProcessResult>& processes_;
};

// Fewer than three processes: one row per process on a 0-5 scale.
std::string level_rows(const std::vector<ProcessResult>& processes) {
  const double left = 200, right = 660, row = 44, top = 40;
  const double height = top + row * std::max<std::size_t>(processes.size(), 1) + 70;
  const auto x_of = [&](int level) { return left + (right - left) * level / kMaxLevel; };
  std::string out = svg::open(720, height, "capability-radar capability-rows",
                              "Capability levels: claimed and evidenced level of " +
                                  std::to_string(processes.size()) + " processes on a scale of 0 to 5");
  for (int level = 0; level <= kMaxLevel; ++level) {
    out += svg::line(x_of(level), top - 10, x_of(level), top + row * processes.size(),
                     std::string("stroke=\"") + svg::kGrid + "\"");
    out += svg::text(x_of(level), top - 16, std::to_string(level), "text-anchor=\"middle\" font-size=\"10\"");
  }
  if (processes.empty()) {
    out += svg::text(left, top + 26, "This framework has no processes to rate.", "font-style=\"italic\"");
  }
  for (std::size_t i = 0; i < processes.size(); ++i) {
    const ProcessResult& process = processes[i];
    const double y = top + row * i + row / 2;
    out += svg::link(anchors::process(process.node_id), tooltip(process),
                     svg::text(left - 10, y + 4, process.node_id + " " + svg::shorten(process.title, 24),
                               "text-anchor=\"end\""));
    if (process.claimed_level && process.evidenced_level) {
      out += svg::line(x_of(*process.claimed_level), y, x_of(*process.evidenced_level), y,
                       std::string("stroke=\"") + svg::kMuted + "\" stroke-width=\"1.5\"");
    }
    if (process.claimed_level) out += claimed_marker({x_of(*process.claimed_level), y}, process);
    if (process.evidenced_level) {
      out += evidenced_marker({x_of(*process.evidenced_level), y}, process);
    } else {
      out += not_assessed_marker((left + right) / 2, y + 4, process, "middle");
    }
  }
  out += legend(24, height - 40);
  return out + svg::close();
}

}  // namespace

std::string capability_radar_svg(const Results& results) {
  if (results.processes.size() < 3) return level_rows(results.processes);
  return Radar(results.processes).draw();
}

}  // namespace candor
