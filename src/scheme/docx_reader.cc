// DOCX (Office Open XML): word/document.xml holds the body; word/styles.xml
// maps style ids (localised: "berschrift1" in a German Word) to names and
// outline levels, which is how headings are recognised whatever the language.
#include <pugixml.hpp>

#include <map>

#include "base/text.h"
#include "scheme/document_reader.h"
#include "scheme/text_layout.h"

namespace candor::scheme {
namespace {

struct StyleInfo {
  std::string name;
  std::string based_on;
  int outline_level = -1;  // 0-based as in the file; -1 = none
};

using Styles = std::map<std::string, StyleInfo>;

Styles read_styles(const std::string& xml) {
  Styles styles;
  pugi::xml_document doc;
  if (!doc.load_buffer(xml.data(), xml.size())) return styles;
  for (auto style : doc.child("w:styles").children("w:style")) {
    StyleInfo info;
    info.name = to_lower(style.child("w:name").attribute("w:val").as_string());
    info.based_on = style.child("w:basedOn").attribute("w:val").as_string();
    auto outline = style.child("w:pPr").child("w:outlineLvl");
    if (outline) info.outline_level = outline.attribute("w:val").as_int(-1);
    styles[style.attribute("w:styleId").as_string()] = info;
  }
  return styles;
}

// 1-based heading level of a style (following basedOn), 0 for none, -1 for
// the document title.
int style_heading_level(const Styles& styles, std::string style_id) {
  for (int depth = 0; depth < 10 && !style_id.empty(); ++depth) {
    auto found = styles.find(style_id);
    const std::string name = found != styles.end() ? found->second.name : to_lower(style_id);
    if (name == "title") return -1;
    if (found != styles.end() && found->second.outline_level >= 0 &&
        found->second.outline_level < 9) {
      return found->second.outline_level + 1;
    }
    for (const char* prefix : {"heading ", "heading"}) {
      if (name.rfind(prefix, 0) == 0) {
        const std::string rest = name.substr(std::string_view(prefix).size());
        if (rest.size() == 1 && rest[0] >= '1' && rest[0] <= '9') return rest[0] - '0';
      }
    }
    if (found == styles.end()) break;
    style_id = found->second.based_on;
  }
  return 0;
}

void collect_run_text(const pugi::xml_node& node, std::string& out) {
  for (auto child : node.children()) {
    const std::string_view name = child.name();
    if (name == "w:t") {
      out += child.text().get();
    } else if (name == "w:tab" || name == "w:br" || name == "w:cr") {
      out += ' ';
    } else if (name == "w:noBreakHyphen") {
      out += '-';
    } else if (name == "w:delText" || name == "w:instrText" || name == "w:rPr" ||
               name == "w:pPr") {
      continue;  // deleted text and field codes are not what the reader sees
    } else {
      collect_run_text(child, out);
    }
  }
}

struct DocxWalker {
  const Styles& styles;
  std::vector<Block>& blocks;
  int paragraph_index = 0;
  int table_count = 0;

  void paragraph(const pugi::xml_node& p, int table) {
    ++paragraph_index;
    std::string raw;
    collect_run_text(p, raw);
    std::string text = collapse_whitespace(raw);
    if (text.empty()) return;
    Block block;
    block.text = std::move(text);
    block.index = paragraph_index;
    block.table = table;
    auto properties = p.child("w:pPr");
    block.style = properties.child("w:pStyle").attribute("w:val").as_string();
    int level = style_heading_level(styles, block.style);
    if (auto outline = properties.child("w:outlineLvl")) {
      const int value = outline.attribute("w:val").as_int(9);
      if (value < 9) level = value + 1;
    }
    if (table > 0) {
      block.kind = BlockKind::kTableCell;
    } else if (level == -1) {
      block.kind = BlockKind::kTitle;
    } else if (level > 0) {
      block.kind = BlockKind::kHeading;
      block.level = level;
    } else if (auto numbering = properties.child("w:numPr")) {
      block.kind = BlockKind::kListItem;
      block.level = numbering.child("w:ilvl").attribute("w:val").as_int(0) + 1;
    }
    blocks.push_back(std::move(block));
  }

  void container(const pugi::xml_node& node, int table, int depth) {
    if (depth > 64) return;  // hostile nesting
    for (auto child : node.children()) {
      const std::string_view name = child.name();
      if (name == "w:p") {
        paragraph(child, table);
      } else if (name == "w:tbl") {
        const int number = table > 0 ? table : ++table_count;
        for (auto row : child.children("w:tr")) {
          for (auto cell : row.children("w:tc")) container(cell, number, depth + 1);
        }
      } else if (name == "w:sdt") {
        container(child.child("w:sdtContent"), table, depth + 1);
      } else if (name == "w:customXml" || name == "w:ins" || name == "w:smartTag") {
        container(child, table, depth + 1);
      }
    }
  }
};

// docProps/app.xml: the page count Word saved with the file.
std::optional<int> saved_page_count(ZipArchive& archive) {
  if (!archive.contains("docProps/app.xml")) return std::nullopt;
  auto xml = archive.read("docProps/app.xml");
  if (!xml.ok()) return std::nullopt;
  pugi::xml_document doc;
  if (!doc.load_buffer(xml->data(), xml->size())) return std::nullopt;
  auto pages = doc.child("Properties").child("Pages");
  if (!pages) return std::nullopt;
  const int count = pages.text().as_int(0);
  return count > 0 ? std::optional<int>(count) : std::nullopt;
}

}  // namespace

Result<Document> read_docx(std::string bytes, const std::string& name, ZipLimits limits) {
  ZipArchive archive = CANDOR_TRY(ZipArchive::open(std::move(bytes), name, limits));
  if (!archive.contains("word/document.xml")) {
    return Error::invalid_input("not a DOCX document: word/document.xml is missing",
                                Location{name});
  }
  std::string body_xml = CANDOR_TRY(archive.read("word/document.xml"));
  Styles styles;
  if (archive.contains("word/styles.xml")) styles = read_styles(CANDOR_TRY(archive.read("word/styles.xml")));
  pugi::xml_document doc;
  const auto parsed = doc.load_buffer(body_xml.data(), body_xml.size());
  if (!parsed) {
    return Error::invalid_input(std::string("word/document.xml is not well-formed XML: ") +
                                    parsed.description() + " at byte " +
                                    std::to_string(parsed.offset),
                                Location{name});
  }
  auto body = doc.child("w:document").child("w:body");
  if (!body) {
    return Error::invalid_input("word/document.xml has no w:body", Location{name});
  }
  Document document;
  document.format = "docx";
  DocxWalker walker{styles, document.blocks};
  walker.container(body, 0, 0);
  if (auto pages = saved_page_count(archive)) {
    document.page_count = pages;
    document.page_count_source = "the page count saved in docProps/app.xml";
  }
  return document;
}

}  // namespace candor::scheme
