#include "scheme/document.h"

namespace candor::scheme {

const char* to_string(BlockKind kind) {
  switch (kind) {
    case BlockKind::kTitle: return "title";
    case BlockKind::kHeading: return "heading";
    case BlockKind::kParagraph: return "paragraph";
    case BlockKind::kListItem: return "list_item";
    case BlockKind::kTableCell: return "table_cell";
  }
  return "?";
}

std::string Document::describe_location(const Block& block) const {
  std::string out;
  if (block.page > 0) out = "page " + std::to_string(block.page) + ", ";
  const char* unit = (format == "text" || format == "pdf") ? "line " : "paragraph ";
  return out + unit + std::to_string(block.index);
}

}  // namespace candor::scheme
