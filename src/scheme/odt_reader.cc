// ODT (OpenDocument text): content.xml holds the body. Headings are text:h
// with their outline level; automatic styles ("P3") name the style they
// derive from, which is how a "Title" paragraph is recognised.
#include <pugixml.hpp>

#include <algorithm>
#include <map>

#include "base/text.h"
#include "scheme/document_reader.h"
#include "scheme/text_layout.h"

namespace candor::scheme {
namespace {

void collect_text(const pugi::xml_node& node, std::string& out, int depth) {
  if (depth > 64) return;
  for (auto child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      out += child.value();
      continue;
    }
    const std::string_view name = child.name();
    if (name == "text:s") {
      out.append(static_cast<std::size_t>(std::clamp(child.attribute("text:c").as_int(1), 1, 64)),
                 ' ');
    } else if (name == "text:tab" || name == "text:line-break") {
      out += ' ';
    } else if (name == "text:note" || name == "office:annotation") {
      continue;  // footnotes and comments are not body text
    } else {
      collect_text(child, out, depth + 1);
    }
  }
}

struct OdtWalker {
  std::map<std::string, std::string> parent_style;  // automatic style -> parent
  std::vector<Block>& blocks;
  int paragraph_index = 0;
  int table_count = 0;

  std::string resolved_style(std::string style) const {
    for (int i = 0; i < 8; ++i) {
      auto found = parent_style.find(style);
      if (found == parent_style.end() || found->second.empty()) break;
      style = found->second;
    }
    return style;
  }

  void paragraph(const pugi::xml_node& node, BlockKind kind, int level, int table) {
    ++paragraph_index;
    std::string raw;
    collect_text(node, raw, 0);
    Block block;
    block.text = collapse_whitespace(raw);
    if (block.text.empty()) return;
    block.kind = kind;
    block.level = level;
    block.index = paragraph_index;
    block.table = table;
    block.style = resolved_style(node.attribute("text:style-name").as_string());
    if (kind == BlockKind::kParagraph && block.style == "Title") block.kind = BlockKind::kTitle;
    blocks.push_back(std::move(block));
  }

  void container(const pugi::xml_node& node, int table, int list_depth, int depth) {
    if (depth > 64) return;
    for (auto child : node.children()) {
      const std::string_view name = child.name();
      if (name == "text:h") {
        const int level = std::clamp(child.attribute("text:outline-level").as_int(1), 1, 9);
        paragraph(child, table > 0 ? BlockKind::kTableCell : BlockKind::kHeading,
                  table > 0 ? 0 : level, table);
      } else if (name == "text:p") {
        const BlockKind kind = table > 0        ? BlockKind::kTableCell
                               : list_depth > 0 ? BlockKind::kListItem
                                                : BlockKind::kParagraph;
        paragraph(child, kind, list_depth, table);
      } else if (name == "text:list") {
        container(child, table, list_depth + 1, depth + 1);
      } else if (name == "table:table") {
        const int number = table > 0 ? table : ++table_count;
        container(child, number, list_depth, depth + 1);
      } else if (name == "text:list-item" || name == "text:list-header" ||
                 name == "text:section" || name == "table:table-row" ||
                 name == "table:table-cell" || name == "table:table-rows" ||
                 name == "table:table-header-rows") {
        container(child, table, list_depth, depth + 1);
      }
    }
  }
};

std::optional<int> saved_page_count(ZipArchive& archive) {
  if (!archive.contains("meta.xml")) return std::nullopt;
  auto xml = archive.read("meta.xml");
  if (!xml.ok()) return std::nullopt;
  pugi::xml_document doc;
  if (!doc.load_buffer(xml->data(), xml->size())) return std::nullopt;
  auto stats = doc.child("office:document-meta").child("office:meta").child("meta:document-statistic");
  const int count = stats.attribute("meta:page-count").as_int(0);
  return count > 0 ? std::optional<int>(count) : std::nullopt;
}

}  // namespace

Result<Document> read_odt(std::string bytes, const std::string& name, ZipLimits limits) {
  ZipArchive archive = CANDOR_TRY(ZipArchive::open(std::move(bytes), name, limits));
  if (!archive.contains("content.xml")) {
    return Error::invalid_input("not an OpenDocument file: content.xml is missing",
                                Location{name});
  }
  if (archive.contains("mimetype")) {
    const std::string mimetype = CANDOR_TRY(archive.read("mimetype"));
    if (trim(mimetype) != "application/vnd.oasis.opendocument.text") {
      return Error::unsupported("an OpenDocument file but not a text document (" +
                                    std::string(trim(mimetype)) + ")",
                                Location{name});
    }
  }
  std::string xml = CANDOR_TRY(archive.read("content.xml"));
  pugi::xml_document doc;
  const auto parsed = doc.load_buffer(xml.data(), xml.size());
  if (!parsed) {
    return Error::invalid_input(std::string("content.xml is not well-formed XML: ") +
                                    parsed.description() + " at byte " +
                                    std::to_string(parsed.offset),
                                Location{name});
  }
  auto root = doc.child("office:document-content");
  auto text = root.child("office:body").child("office:text");
  if (!text) return Error::invalid_input("content.xml has no office:text body", Location{name});
  Document document;
  document.format = "odt";
  OdtWalker walker{{}, document.blocks};
  for (auto style : root.child("office:automatic-styles").children("style:style")) {
    walker.parent_style[style.attribute("style:name").as_string()] =
        style.attribute("style:parent-style-name").as_string();
  }
  walker.container(text, 0, 0, 0);
  if (auto pages = saved_page_count(archive)) {
    document.page_count = pages;
    document.page_count_source = "the page count saved in meta.xml";
  }
  return document;
}

}  // namespace candor::scheme
