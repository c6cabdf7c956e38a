#include "report/roadmap_timeline.h"

#include <algorithm>
#include <cmath>

#include "base/text.h"
#include "report/anchors.h"
#include "report/svg.h"

namespace candor {
namespace {

constexpr double kLabelWidth = 250;
constexpr double kRow = 18;
constexpr double kHeader = 78;      // cycle band, phases and month labels
constexpr double kUsageHeight = 56;  // the capacity strip under the bars

// Actions take the swatch of what they answer to.
const char* kind_status(ActionKind kind) {
  switch (kind) {
    case ActionKind::kCloseMajor: return "major";
    case ActionKind::kCloseMinor: return "minor";
    case ActionKind::kSettleDispute: return "disputed";
    case ActionKind::kAssess: return "not-assessed";
    case ActionKind::kRaiseCapability: return "capability";
  }
  return "not-assessed";
}

const char* kind_words(ActionKind kind) {
  switch (kind) {
    case ActionKind::kCloseMajor: return "close a major nonconformity";
    case ActionKind::kCloseMinor: return "close a minor nonconformity";
    case ActionKind::kSettleDispute: return "settle a dispute";
    case ActionKind::kAssess: return "assess";
    case ActionKind::kRaiseCapability: return "raise capability";
  }
  return "";
}

std::string phase_letters(const std::string& phase) {
  if (phase == "plan-do") return "P\u00b7D";
  if (phase == "check-act") return "C\u00b7A";
  if (phase == "do") return "D";
  return phase;
}

class Timeline {
 public:
  Timeline(const Framework& framework, const Roadmap& roadmap) : framework_(framework), roadmap_(roadmap) {
    months_ = std::max<int>(1, static_cast<int>(roadmap.months.size()));
    month_width_ = std::clamp(640.0 / months_, 8.0, 56.0);
    width_ = std::max(720.0, kLabelWidth + months_ * month_width_ + 130);
    bars_bottom_ = kHeader + kRow * roadmap.actions.size() + 6;
    height_ = bars_bottom_ + kUsageHeight + 64;
  }

  std::string draw() const {
    std::string out = svg::open(width_, height_, "roadmap-timeline", label());
    out += cycle_bands() + month_labels();
    for (std::size_t i = 0; i < roadmap_.actions.size(); ++i) out += bar(roadmap_.actions[i], i);
    out += usage() + finish_marker() + legend();
    return out + svg::close();
  }

 private:
  std::string label() const {
    return "Roadmap timeline: " + std::to_string(roadmap_.actions.size()) + " actions over " +
           std::to_string(roadmap_.months_needed) + " months in " + std::to_string(roadmap_.cycles) +
           " PDCA cycles, finishing " + roadmap_.finish.to_string();
  }

  double x_of(int month) const { return kLabelWidth + month * month_width_; }

  std::string cycle_bands() const {
    std::string out = "<g class=\"cycles\">";
    for (std::size_t first = 0; first < roadmap_.months.size();) {
      const int cycle = roadmap_.months[first].cycle;
      std::size_t last = first;
      while (last + 1 < roadmap_.months.size() && roadmap_.months[last + 1].cycle == cycle) ++last;
      const double x = x_of(static_cast<int>(first));
      const double w = month_width_ * (last - first + 1);
      out += svg::rect(x, 4, w, bars_bottom_ + kUsageHeight - 4,
                       "class=\"cycle\" data-cycle=\"" + std::to_string(cycle) + "\" fill=\"" +
                           (cycle % 2 ? "#eef3f8" : "#fbfbfb") + "\" stroke=\"#d0d7de\"");
      if (w >= 36) {
        out += svg::text(x + 4, 17, (w >= 90 ? "PDCA cycle " : "C") + std::to_string(cycle),
                         "font-size=\"11\" font-weight=\"bold\"");
      }
      first = last + 1;
    }
    return out + "</g>";
  }

  std::string month_labels() const {
    std::string out = "<g class=\"months\" font-size=\"10\">";
    const int every = std::max(1, static_cast<int>(std::ceil(46.0 / month_width_)));
    for (std::size_t i = 0; i < roadmap_.months.size(); ++i) {
      const MonthPlan& month = roadmap_.months[i];
      const double centre = x_of(static_cast<int>(i)) + month_width_ / 2;
      if (month_width_ >= 22) {
        out += svg::text(centre, 34, phase_letters(month.phase), std::string("text-anchor=\"middle\" fill=\"") + svg::kMuted + "\"");
      }
      if (i % every == 0) {
        out += svg::text(x_of(static_cast<int>(i)) + 2, 62, month.month.month_string(),
                         "transform=\"rotate(-30 " + svg::number(x_of(static_cast<int>(i)) + 2) + " 62)\"");
      }
    }
    return out + "</g>";
  }

  std::string bar(const Action& action, std::size_t row) const {
    const double y = kHeader + kRow * row;
    const double x = x_of(action.start_month);
    const double w = month_width_ * (action.end_month - action.start_month + 1);
    const std::string tooltip = action.id + " " + action.title + ": " + kind_words(action.kind) + ", " +
                                svg::figure(action.effort_days) + " person-days, " +
                                roadmap_month_text(action.start_month) + " to " + roadmap_month_text(action.end_month);
    const std::string border = action.kind == ActionKind::kAssess ? "" : "stroke=\"#222\" stroke-width=\"0.6\"";
    return svg::link(anchors::action(action.id), tooltip,
                     "<g class=\"action\" data-action=\"" + html_escape(action.id) + "\">" +
                         svg::text(4, y + 12, row_label(action), "font-size=\"11\"") +
                         svg::swatch(x + 1, y + 3, w - 2, kRow - 5, kind_status(action.kind), border) +
                         "</g>");
  }

  // "A13 8.3.4 Supplier management 0→1": the bar's pattern says what kind
  // of action it is, the label which node and, for capability, which step.
  std::string row_label(const Action& action) const {
    const Node* node = framework_.find(action.node_id);
    const std::string step = action.kind == ActionKind::kRaiseCapability
                                 ? " " + std::to_string(action.from_level) + "\u2192" + std::to_string(action.to_level)
                                 : "";
    const std::size_t room = 37 - std::min<std::size_t>(30, action.id.size() + action.node_id.size() + step.size());
    return action.id + " " + action.node_id + " " + svg::shorten(node ? node->title : "", room) + step;
  }

  std::string roadmap_month_text(int index) const {
    if (roadmap_.months.empty()) return "";
    return roadmap_.months.front().month.add_months(index).month_string();
  }

  // Each month's used capacity as a column against the capacity line.
  std::string usage() const {
    const double top = bars_bottom_ + 8;
    const double bottom = bars_bottom_ + kUsageHeight - 6;
    const double capacity = roadmap_.capacity_days_per_month;
    std::string out = "<g class=\"usage\">";
    out += svg::text(4, top + 14, "Capacity used per month", "font-size=\"11\" font-weight=\"bold\"");
    out += svg::text(4, top + 28, "of " + svg::figure(capacity) + " person-days",
                     std::string("font-size=\"10\" fill=\"") + svg::kMuted + "\"");
    for (std::size_t i = 0; i < roadmap_.months.size(); ++i) {
      const MonthPlan& month = roadmap_.months[i];
      const double share = month.capacity > 0 ? std::min(1.0, month.used / month.capacity) : 0;
      const double h = (bottom - top) * share;
      out += svg::link(anchors::action(first_action_of(month)),
                       month.month.month_string() + ": " + svg::figure(month.used) + " of " +
                           svg::figure(month.capacity) + " person-days used",
                       svg::rect(x_of(static_cast<int>(i)) + 1, bottom - h, month_width_ - 2, h,
                                 std::string("class=\"used\" fill=\"") + svg::kGreen + "\""));
    }
    out += svg::line(kLabelWidth, top, x_of(months_), top,
                     std::string("stroke=\"") + svg::kInk + "\" stroke-dasharray=\"5 3\" class=\"capacity\"");
    out += svg::line(kLabelWidth, bottom, x_of(months_), bottom, std::string("stroke=\"") + svg::kInk + "\"");
    return out + "</g>";
  }

  std::string first_action_of(const MonthPlan& month) const {
    return month.work.empty() ? (roadmap_.actions.empty() ? "" : roadmap_.actions.front().id)
                              : month.work.front().first;
  }

  std::string finish_marker() const {
    const double x = x_of(roadmap_.months_needed);
    return "<g class=\"finish\">" +
           svg::line(x, 4, x, bars_bottom_ + kUsageHeight, std::string("stroke=\"") + svg::kVermillion +
                                                                  "\" stroke-width=\"2\" stroke-dasharray=\"6 3\"") +
           svg::text(x + 4, 30, "finish", std::string("font-size=\"11\" font-weight=\"bold\" fill=\"") + svg::kVermillion + "\"") +
           svg::text(x + 4, 44, roadmap_.finish.to_string(), std::string("font-size=\"11\" fill=\"") + svg::kVermillion + "\"") +
           "</g>";
  }

  // Two lines at most: the legend wraps when the chart is narrow.
  std::string legend() const {
    double y = height_ - 44;
    double x = 4;
    std::string out = "<g class=\"legend\" font-size=\"11\">";
    const auto entry = [&](const std::string& status, const std::string& border, const std::string& words) {
      const double needed = 36 + 6.4 * words.size();
      if (x + needed > width_ && x > 4) {
        x = 4;
        y += 20;
      }
      if (status == "used") out += svg::rect(x, y, 22, 12, std::string("fill=\"") + svg::kGreen + "\"");
      else out += svg::swatch(x, y, 22, 12, status, border);
      out += svg::text(x + 27, y + 10, words);
      x += needed;
    };
    for (const ActionKind kind : {ActionKind::kCloseMajor, ActionKind::kCloseMinor, ActionKind::kSettleDispute,
                                  ActionKind::kAssess, ActionKind::kRaiseCapability}) {
      entry(kind_status(kind), kind == ActionKind::kAssess ? "" : "stroke=\"#222\"", kind_words(kind));
    }
    entry("used", "", "capacity used");
    return out + "</g>";
  }

  const Framework& framework_;
  const Roadmap& roadmap_;
  int months_ = 1;
  double month_width_ = 56;
  double width_ = 720;
  double bars_bottom_ = 0;
  double height_ = 0;
};

std::string nothing_to_plan() {
  std::string out = svg::open(720, 60, "roadmap-timeline", "Roadmap timeline: no actions to plan");
  out += svg::text(12, 34, "Nothing to plan: no blocker, nothing unassessed and no capability gap at the target level.",
                   "font-style=\"italic\"");
  return out + svg::close();
}

}  // namespace

std::string roadmap_timeline_svg(const Framework& framework, const Roadmap& roadmap) {
  if (roadmap.actions.empty() || roadmap.months.empty()) return nothing_to_plan();
  return Timeline(framework, roadmap).draw();
}

}  // namespace candor
