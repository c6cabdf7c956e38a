#include <pugixml.hpp>

#include "app/csv_table.h"
#include "scheme/zip_archive.h"

namespace candor::app {
namespace {

Result<pugi::xml_document> parse_xml(const std::string& text, const std::string& file, const std::string& member) {
  pugi::xml_document document;
  const pugi::xml_parse_result parsed = document.load_buffer(text.data(), text.size());
  if (!parsed) {
    return Error::invalid_input(member + " is not well-formed XML: " + parsed.description(), Location{file});
  }
  return document;
}

// "B12" -> column index 1.
std::size_t column_of(const char* reference) {
  std::size_t column = 0;
  for (const char* c = reference; *c >= 'A' && *c <= 'Z'; ++c) column = column * 26 + static_cast<std::size_t>(*c - 'A' + 1);
  return column == 0 ? 0 : column - 1;
}

std::string text_of(const pugi::xml_node& node) {
  std::string out;
  for (const auto& t : node.select_nodes(".//*[local-name()='t']")) out += t.node().text().get();
  return out;
}

Result<std::string> first_sheet_path(scheme::ZipArchive& archive, const std::string& file) {
  const auto workbook = CANDOR_TRY(parse_xml(CANDOR_TRY(archive.read("xl/workbook.xml")), file, "xl/workbook.xml"));
  const pugi::xml_node sheet = workbook.select_node("//*[local-name()='sheet']").node();
  if (!sheet) return Error::invalid_input("the workbook has no worksheet", Location{file});
  const std::string id = sheet.attribute("r:id").value();
  const auto rels = CANDOR_TRY(parse_xml(CANDOR_TRY(archive.read("xl/_rels/workbook.xml.rels")), file,
                                         "xl/_rels/workbook.xml.rels"));
  for (const auto& rel : rels.select_nodes("//*[local-name()='Relationship']")) {
    if (id == rel.node().attribute("Id").value()) {
      std::string target = rel.node().attribute("Target").value();
      return target.rfind("/", 0) == 0 ? target.substr(1) : "xl/" + target;
    }
  }
  return std::string("xl/worksheets/sheet1.xml");
}

}  // namespace

Result<Table> read_xlsx_table(const std::string& bytes, const std::string& file) {
  scheme::ZipArchive archive = CANDOR_TRY(scheme::ZipArchive::open(bytes, file));
  std::vector<std::string> shared;
  if (archive.contains("xl/sharedStrings.xml")) {
    const auto strings = CANDOR_TRY(parse_xml(CANDOR_TRY(archive.read("xl/sharedStrings.xml")), file,
                                              "xl/sharedStrings.xml"));
    for (const auto& item : strings.select_nodes("//*[local-name()='si']")) shared.push_back(text_of(item.node()));
  }
  const std::string sheet_path = CANDOR_TRY(first_sheet_path(archive, file));
  const auto sheet = CANDOR_TRY(parse_xml(CANDOR_TRY(archive.read(sheet_path)), file, sheet_path));
  Table table;
  for (const auto& row_node : sheet.select_nodes("//*[local-name()='row']")) {
    const pugi::xml_node row = row_node.node();
    const int number = row.attribute("r").as_int();
    std::vector<std::string> cells;
    for (const auto& cell : row.children()) {
      if (std::string(cell.name()).find('c') == std::string::npos) continue;
      const std::size_t column = column_of(cell.attribute("r").value());
      if (column >= 16384) continue;
      if (cells.size() <= column) cells.resize(column + 1);
      const std::string type = cell.attribute("t").value();
      const std::string value = cell.select_node("*[local-name()='v']").node().text().get();
      if (type == "s") {
        const std::size_t index = static_cast<std::size_t>(std::atoll(value.c_str()));
        if (index >= shared.size()) {
          return Error::invalid_input("cell " + std::string(cell.attribute("r").value()) +
                                          " names a missing shared string", Location{file, number});
        }
        cells[column] = shared[index];
      } else if (type == "inlineStr") {
        cells[column] = text_of(cell);
      } else {
        cells[column] = value;
      }
    }
    if (table.header.empty() && table.rows.empty()) table.header = std::move(cells);
    else table.rows.emplace_back(number, std::move(cells));
  }
  if (table.header.empty()) return Error::invalid_input("the first worksheet is empty", Location{file});
  return table;
}

}  // namespace candor::app
