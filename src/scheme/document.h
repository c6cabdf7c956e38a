// The one shape every artefact reader produces, whatever the file format:
// an ordered list of blocks (title, heading with level, paragraph, list item,
// table cell), each with its text and where it came from, so the checkers
// never see DOCX, ODT, PDF or Markdown.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace candor::scheme {

enum class BlockKind { kTitle, kHeading, kParagraph, kListItem, kTableCell };

const char* to_string(BlockKind kind);

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  int level = 0;      // headings: 1 = top level; list items: nesting depth
  std::string text;   // UTF-8, runs joined, whitespace collapsed
  std::string style;  // the style name the author used, when the format has one
  int page = 0;       // 1-based page, when the format has pages (PDF)
  int index = 0;      // 1-based position among the source's paragraphs or lines
  int table = 0;      // table cells: 1-based table number
};

struct Document {
  std::string format;  // "docx", "odt", "pdf", "markdown", "text"
  std::vector<Block> blocks;
  // The page count the file itself states (a PDF's pages, the count a word
  // processor saved); empty when the format has none.
  std::optional<int> page_count;
  std::string page_count_source;

  // "page 3, paragraph 12" / "paragraph 12": where a block is, for messages.
  std::string describe_location(const Block& block) const;
};

}  // namespace candor::scheme
