#include "report/conformity_heat_map.h"

#include <algorithm>
#include <map>

#include "base/text.h"
#include "report/anchors.h"
#include "report/svg.h"

namespace candor {
namespace {

constexpr double kWidth = 900;
constexpr double kLabelWidth = 250;
constexpr double kCellWidth = 62;
constexpr double kCellHeight = 24;
constexpr double kGap = 4;
constexpr double kTop = 12;
constexpr int kCellsPerLine = static_cast<int>((kWidth - kLabelWidth - 10) / (kCellWidth + kGap));

const char* const kStatuses[] = {"conforming", "minor", "major", "not-applicable", "disputed", "not-assessed"};

// Assessable nodes with no assessable children, in framework order.
void collect_leaves(const Framework& framework, const Node& node, std::vector<const Node*>& out) {
  bool has_assessable_child = false;
  for (const Node* child : framework.children_of(node)) {
    collect_leaves(framework, *child, out);
    has_assessable_child = has_assessable_child || child->assessable();
  }
  if (node.assessable() && !has_assessable_child) out.push_back(&node);
}

// The counts under a clause's title, on as many lines as they need.
std::string count_lines(const std::string& counts, double y) {
  std::string out;
  std::string line;
  for (const auto& part : split(counts, '|')) {
    if (!line.empty() && line.size() + part.size() > 40) {
      out += svg::text(4, y, line, std::string("font-size=\"10\" fill=\"") + svg::kMuted + "\"");
      line.clear();
      y += 12;
    }
    line += (line.empty() ? "" : " · ") + part;
  }
  if (!line.empty()) out += svg::text(4, y, line, std::string("font-size=\"10\" fill=\"") + svg::kMuted + "\"");
  return out;
}

// "8 conforming|1 major|2 not assessed": the non-zero counts.
std::string count_words(const ClauseSummary& clause) {
  const std::pair<int, const char*> counts[] = {
      {clause.conforming, "conforming"}, {clause.minor, "minor"},       {clause.major, "major"},
      {clause.not_applicable, "n/a"},    {clause.disputed, "disputed"}, {clause.not_assessed, "not assessed"}};
  std::vector<std::string> parts;
  for (const auto& [count, word] : counts) {
    if (count > 0) parts.push_back(std::to_string(count) + " " + word);
  }
  return join(parts, "|");
}

class HeatMap {
 public:
  HeatMap(const Framework& framework, const Results& results) : framework_(framework) {
    for (const auto& result : results.conformity) conformity_[result.node_id] = &result;
    for (const auto& clause : results.clauses) clauses_[clause.node_id] = &clause;
  }

  std::string draw() const {
    std::string rows;
    double y = kTop;
    int cells = 0;
    for (const Node* root : framework_.roots()) {
      std::vector<const Node*> leaves;
      collect_leaves(framework_, *root, leaves);
      cells += static_cast<int>(leaves.size());
      rows += row(*root, leaves, y);
    }
    const double height = y + 64;
    std::string out = svg::open(kWidth, height, "conformity-heat-map",
                                "Conformity heat map: " + std::to_string(cells) +
                                    " requirements by clause, coloured by evidenced conformity");
    out += rows;
    out += legend(height - 40);
    return out + svg::close();
  }

 private:
  std::string row(const Node& root, const std::vector<const Node*>& leaves, double& y) const {
    const int lines = std::max(1, static_cast<int>((leaves.size() + kCellsPerLine - 1) / kCellsPerLine));
    const double height = std::max(lines * (kCellHeight + kGap), 52.0);
    std::string out = "<g class=\"clause\" data-node=\"" + html_escape(root.id) + "\">";
    out += svg::line(0, y - kGap / 2, kWidth, y - kGap / 2, std::string("stroke=\"") + svg::kGrid + "\"");
    const auto clause = clauses_.find(root.id);
    const std::string counts = clause != clauses_.end() ? count_words(*clause->second) : "";
    std::string tooltip = counts;
    for (char& c : tooltip) c = c == '|' ? ',' : c;
    out += svg::link(anchors::node(root.id), root.id + " " + root.title + (counts.empty() ? "" : ": " + tooltip),
                     svg::text(4, y + 14, root.id + " " + svg::shorten(root.title, 30), "font-weight=\"bold\"") +
                         count_lines(counts, y + 30));
    if (leaves.empty()) {
      out += svg::text(kLabelWidth, y + 16, "nothing to assess in this clause", "font-style=\"italic\"");
    }
    for (std::size_t i = 0; i < leaves.size(); ++i) {
      const double x = kLabelWidth + (kCellWidth + kGap) * (i % kCellsPerLine);
      const double cell_y = y + (kCellHeight + kGap) * (i / kCellsPerLine);
      out += cell(*leaves[i], x, cell_y);
    }
    y += height + kGap * 2;
    return out + "</g>";
  }

  std::string cell(const Node& node, double x, double y) const {
    const auto it = conformity_.find(node.id);
    const std::string status = it != conformity_.end() ? cell_status(*it->second) : "not-assessed";
    std::string tooltip = node.id + " " + node.title + ": " + svg::conformity_label(status);
    if (it != conformity_.end() && !it->second->claimed.empty()) {
      tooltip += " (claimed " + it->second->claimed + ")";
    }
    return svg::link(anchors::node(node.id), tooltip,
                     "<g class=\"cell " + status + "\" data-node=\"" + html_escape(node.id) + "\">" +
                         svg::swatch(x, y, kCellWidth, kCellHeight, status) +
                         id_label(node.id, x, y) +
                         "</g>");
  }

  // The node id on a white tab inside the cell: readable over any colour or
  // pattern, on screen and in black-and-white print.
  static std::string id_label(const std::string& node_id, double x, double y) {
    const std::string text = svg::shorten(node_id, 8);
    const double width = std::min(kCellWidth - 8, 7.0 * text.size() + 6);
    return svg::rect(x + (kCellWidth - width) / 2, y + 5, width, kCellHeight - 10,
                     "fill=\"#ffffff\" fill-opacity=\"0.92\" rx=\"2\"") +
           svg::text(x + kCellWidth / 2, y + 16, text, "text-anchor=\"middle\" font-size=\"11\" fill=\"#111\"");
  }

  static std::string legend(double y) {
    std::string out = "<g class=\"legend\" font-size=\"11\">";
    double x = 4;
    for (const char* status : kStatuses) {
      out += svg::swatch(x, y, 22, 14, status, std::string_view(status) == "not-assessed" ? "" : "stroke=\"#999\"");
      const std::string label = svg::conformity_label(status);
      out += svg::text(x + 28, y + 11, label);
      x += 40 + 6.6 * label.size();
    }
    return out + "</g>";
  }

  const Framework& framework_;
  std::map<std::string, const ConformityResult*> conformity_;
  std::map<std::string, const ClauseSummary*> clauses_;
};

}  // namespace

std::string cell_status(const ConformityResult& result) {
  if (result.verdict.status == ItemStatus::kDisputed) return "disputed";
  if (result.evidenced.empty()) return "not-assessed";
  return result.evidenced;
}

std::string conformity_heat_map_svg(const Framework& framework, const Results& results) {
  return HeatMap(framework, results).draw();
}

}  // namespace candor
