// Markdown through md4c's callbacks: headings keep their level, list items
// their depth, table cells their table; code blocks and HTML are skipped.
#include <md4c.h>

#include "scheme/document_reader.h"
#include "scheme/text_layout.h"

namespace candor::scheme {
namespace {

struct MarkdownWalker {
  std::vector<Block>& blocks;
  std::string pending;
  BlockKind kind = BlockKind::kParagraph;
  int heading_level = 0;
  int list_depth = 0;
  int table = 0;
  int table_count = 0;
  int code_depth = 0;
  int paragraph_index = 0;

  void flush() {
    std::string text = collapse_whitespace(pending);
    pending.clear();
    if (text.empty()) return;
    ++paragraph_index;
    Block block;
    block.text = std::move(text);
    block.index = paragraph_index;
    block.table = table;
    if (heading_level > 0) {
      block.kind = BlockKind::kHeading;
      block.level = heading_level;
    } else if (table > 0) {
      block.kind = BlockKind::kTableCell;
    } else if (list_depth > 0) {
      block.kind = BlockKind::kListItem;
      block.level = list_depth;
    }
    blocks.push_back(std::move(block));
  }

  int enter(MD_BLOCKTYPE type, void* detail) {
    switch (type) {
      case MD_BLOCK_H:
        flush();
        heading_level = static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
        break;
      case MD_BLOCK_UL:
      case MD_BLOCK_OL:
        flush();
        ++list_depth;
        break;
      case MD_BLOCK_LI:
      case MD_BLOCK_P:
      case MD_BLOCK_TH:
      case MD_BLOCK_TD:
        flush();
        break;
      case MD_BLOCK_TABLE:
        flush();
        table = ++table_count;
        break;
      case MD_BLOCK_CODE:
      case MD_BLOCK_HTML:
        flush();
        ++code_depth;
        break;
      default:
        break;
    }
    return 0;
  }

  int leave(MD_BLOCKTYPE type) {
    switch (type) {
      case MD_BLOCK_H:
        flush();
        heading_level = 0;
        break;
      case MD_BLOCK_UL:
      case MD_BLOCK_OL:
        flush();
        --list_depth;
        break;
      case MD_BLOCK_TABLE:
        flush();
        table = 0;
        break;
      case MD_BLOCK_CODE:
      case MD_BLOCK_HTML:
        pending.clear();
        --code_depth;
        break;
      default:
        flush();
        break;
    }
    return 0;
  }

  void text(MD_TEXTTYPE type, const MD_CHAR* data, MD_SIZE size) {
    if (code_depth > 0 || type == MD_TEXT_HTML) return;
    if (type == MD_TEXT_BR || type == MD_TEXT_SOFTBR) {
      pending += ' ';
    } else if (type == MD_TEXT_NULLCHAR) {
      pending += "\xEF\xBF\xBD";
    } else {
      pending.append(data, size);
    }
  }
};

}  // namespace

Result<Document> read_markdown(std::string_view text, const std::string& name) {
  Document document;
  document.format = "markdown";
  MarkdownWalker walker{document.blocks};
  MD_PARSER parser{};
  parser.abi_version = 0;
  parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS |
                 MD_FLAG_NOHTML;
  parser.enter_block = [](MD_BLOCKTYPE type, void* detail, void* user) {
    return static_cast<MarkdownWalker*>(user)->enter(type, detail);
  };
  parser.leave_block = [](MD_BLOCKTYPE type, void*, void* user) {
    return static_cast<MarkdownWalker*>(user)->leave(type);
  };
  parser.enter_span = [](MD_SPANTYPE, void*, void*) { return 0; };
  parser.leave_span = [](MD_SPANTYPE, void*, void*) { return 0; };
  parser.text = [](MD_TEXTTYPE type, const MD_CHAR* data, MD_SIZE size, void* user) {
    static_cast<MarkdownWalker*>(user)->text(type, data, size);
    return 0;
  };
  if (md_parse(text.data(), static_cast<MD_SIZE>(text.size()), &parser, &walker) != 0) {
    return Error::invalid_input("the Markdown could not be parsed", Location{name});
  }
  walker.flush();
  return document;
}

}  // namespace candor::scheme
