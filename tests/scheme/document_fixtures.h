// Hand-made proposals and reports for the checker's tests: one abstract
// document (title block, headings, paragraphs, list items, a table, a
// literature list) with an exact number of body words, written out as
// DOCX and ODT (XML zipped with libzip), PDF (written by hand), Markdown and
// plain text. Header-only because the test glob compiles only *_test.cc.
#pragma once

#include <zip.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace candor::scheme::testing {

struct FixtureBlock {
  enum Kind { kTitle, kHeading, kParagraph, kListItem, kTableRow } kind = kParagraph;
  int level = 0;
  std::string text;
  std::vector<std::string> cells;  // table rows
  bool body = false;               // counts towards the body's words
};

using Fixture = std::vector<FixtureBlock>;

// Words as the fixtures write them (ASCII): space-separated tokens with a
// letter or digit, counted independently of the code under test.
inline int fixture_words(const std::string& text) {
  std::istringstream in(text);
  std::string token;
  int n = 0;
  while (in >> token) {
    for (char c : token) {
      if (std::isalnum(static_cast<unsigned char>(c))) {
        ++n;
        break;
      }
    }
  }
  return n;
}

inline std::string filler(int words, int seed) {
  static const char* kWords[] = {"service", "process",  "change",  "review", "team",
                                 "measure", "customer", "plan",    "improve", "quality",
                                 "report",  "manager",  "evidence", "level",  "agreement"};
  std::string out;
  for (int i = 0; i < words; ++i) {
    if (i) out += ' ';
    out += kWords[(i * 7 + seed) % 15];
  }
  if (words > 0) out += '.';
  return out;
}

struct SectionSpec {
  std::string id;
  int level;
  std::string heading;
  std::string parent;
};

struct ReportOptions {
  int body_words = 6000;
  bool table = true;
  bool literature = true;
  bool pdca = true;
  bool numbered = true;
  std::set<std::string> omit;                     // section ids left out (heading and text)
  std::map<std::string, std::string> rename;      // section id -> heading as written
  std::vector<std::string> references = {
      "Setting the direction for the IT organization (exam requirement) -> Design a strategic "
      "framework for the portfolio of products and services (exam specification)",
      "Directing the IT organization (exam requirement) -> Manage organizational change (exam "
      "specification)"};
};

inline std::vector<SectionSpec> report_sections() {
  return {{"introduction", 1, "Introduction", ""},
          {"project", 1, "Project", ""},
          {"risks", 2, "Risks", "project"},
          {"methods", 2, "Methods, standards and frameworks", "project"},
          {"activities", 2, "Activities", "project"},
          {"results", 2, "Results", "project"},
          {"evaluation", 1, "Evaluation", ""},
          {"participant-view", 2, "From the participant's point of view", "evaluation"},
          {"organisation-view", 2, "From the organisation's point of view", "evaluation"},
          {"organisation-strategy", 3, "Related to the organisation's strategy", "organisation-view"},
          {"service-strategy", 3, "Related to the service strategy", "organisation-view"},
          {"it-strategy", 3, "Related to the IT strategy", "organisation-view"},
          {"iso20000-view", 2, "From an ISO/IEC 20000 perspective", "evaluation"},
          {"iso20000-fit", 3, "Where the project fits into the ISO/IEC 20000 approach", "iso20000-view"},
          {"certification-criteria", 3, "Fit with the criteria for certification", "iso20000-view"},
          {"improvement-opportunities", 2, "Improvement opportunities", "evaluation"},
          {"conclusion", 1, "Conclusion", ""}};
}

inline std::vector<SectionSpec> proposal_sections() {
  return {{"introduction", 1, "Introduction", ""},
          {"objectives", 1, "Objectives", ""},
          {"personal-objectives", 1, "Personal objectives", ""},
          {"plan", 1, "Plan", ""},
          {"deliverables", 1, "Deliverables", ""}};
}

// Builds the document; the paragraphs that fill the sections share out
// whatever body words the fixed texts leave, so the body has exactly
// options.body_words words.
inline Fixture build_fixture(const std::vector<SectionSpec>& sections, const ReportOptions& options,
                             const std::string& title) {
  Fixture out;
  out.push_back({FixtureBlock::kTitle, 0, title});
  out.push_back({FixtureBlock::kParagraph, 0, "Version 1.0"});
  out.push_back({FixtureBlock::kParagraph, 0, "Jane Candidate"});
  out.push_back({FixtureBlock::kParagraph, 0, "1 May 2025"});
  std::set<std::string> omitted = options.omit;
  for (const auto& section : sections) {  // a left-out section takes its subsections along
    if (omitted.count(section.parent)) omitted.insert(section.id);
  }
  std::vector<int> counters(4, 0);
  std::vector<std::size_t> filler_slots;
  int fixed_body = 0;
  for (const auto& section : sections) {
    if (omitted.count(section.id)) continue;
    std::string heading = section.heading;
    if (auto renamed = options.rename.find(section.id); renamed != options.rename.end()) {
      heading = renamed->second;
    }
    if (options.numbered) {
      ++counters[section.level];
      for (int deeper = section.level + 1; deeper < 4; ++deeper) counters[deeper] = 0;
      std::string number;
      for (int level = 1; level <= section.level; ++level) {
        number += (level > 1 ? "." : "") + std::to_string(counters[level]);
      }
      heading = number + " " + heading;
    }
    out.push_back({FixtureBlock::kHeading, section.level, heading});
    if (section.id == "introduction") {
      std::vector<std::string> texts = {
          "The problem this project solves is a slow and unreliable change process at Example "
          "Ltd. We compared three options and chose a phased redesign; the business "
          "justification is the cost of failed changes."};
      if (options.pdca) {
        texts.push_back("The PDCA cycle structures the work: plan, do, check and act in short "
                        "iterations.");
      }
      texts.push_back("Exam specifications addressed:");
      for (const auto& text : texts) {
        out.push_back({FixtureBlock::kParagraph, 0, text, {}, true});
        fixed_body += fixture_words(text);
      }
      for (const auto& reference : options.references) {
        out.push_back({FixtureBlock::kListItem, 1, reference, {}, true});
        fixed_body += fixture_words(reference);
      }
    }
    if (section.id == "activities" && options.table) {
      out.push_back({FixtureBlock::kTableRow, 0, "", {"Week", "Activity"}});
      out.push_back({FixtureBlock::kTableRow, 0, "", {"1", "Kick-off with the change board"}});
      out.push_back({FixtureBlock::kTableRow, 0, "", {"5", "Pilot of the new change model"}});
    }
    filler_slots.push_back(out.size());
    out.push_back({FixtureBlock::kParagraph, 0, "", {}, true});
  }
  const int slots = static_cast<int>(filler_slots.size());
  const int remaining = options.body_words - fixed_body;
  for (int i = 0; i < slots; ++i) {
    const int words = remaining / slots + (i < remaining % slots ? 1 : 0);
    out[filler_slots[i]].text = filler(words, i);
  }
  std::erase_if(out, [](const FixtureBlock& b) { return b.kind == FixtureBlock::kParagraph && b.text.empty(); });
  if (options.literature) {
    std::string heading = "Literature";
    if (auto renamed = options.rename.find("literature"); renamed != options.rename.end()) {
      heading = renamed->second;
    }
    if (options.numbered) heading = std::to_string(counters[1] + 1) + " " + heading;
    out.push_back({FixtureBlock::kHeading, 1, heading});
    out.push_back({FixtureBlock::kListItem, 1, "ISO/IEC 20000-1:2018, Service management system requirements"});
    out.push_back({FixtureBlock::kListItem, 1, "Example Ltd, Change management policy, version 3, 2024"});
  }
  return out;
}

inline Fixture report_fixture(const ReportOptions& options = {}) {
  return build_fixture(report_sections(), options, "Project report: improving change management");
}

inline Fixture proposal_fixture(ReportOptions options) {
  options.table = false;
  options.literature = false;
  return build_fixture(proposal_sections(), options, "Project proposal: improving change management");
}

// ---- Writers -----------------------------------------------------------------

inline std::string xml_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

inline std::string to_markdown(const Fixture& fixture) {
  std::string out;
  bool in_table = false;
  for (const auto& block : fixture) {
    if (block.kind != FixtureBlock::kTableRow && in_table) {
      out += "\n";
      in_table = false;
    }
    switch (block.kind) {
      case FixtureBlock::kTitle: out += "**" + block.text + "**\n\n"; break;
      case FixtureBlock::kHeading: out += std::string(block.level + 1, '#') + " " + block.text + "\n\n"; break;
      case FixtureBlock::kParagraph: out += block.text + "\n\n"; break;
      case FixtureBlock::kListItem: out += "- " + block.text + "\n\n"; break;
      case FixtureBlock::kTableRow:
        out += "| " + block.cells[0] + " | " + block.cells[1] + " |\n";
        if (!in_table) out += "|---|---|\n";
        in_table = true;
        break;
    }
  }
  return out;
}

inline std::string to_plain_text(const Fixture& fixture) {
  std::string out;
  for (const auto& block : fixture) {
    switch (block.kind) {
      case FixtureBlock::kTableRow: out += block.cells[0] + "\t" + block.cells[1] + "\n"; continue;
      case FixtureBlock::kListItem: out += "- " + block.text + "\n\n"; continue;
      default: out += block.text + "\n\n";
    }
  }
  return out;
}

inline std::string docx_document_xml(const Fixture& fixture) {
  std::string body;
  auto paragraph = [](const std::string& properties, const std::string& text) {
    return "<w:p>" + (properties.empty() ? "" : "<w:pPr>" + properties + "</w:pPr>") +
           "<w:r><w:t xml:space=\"preserve\">" + xml_escape(text) + "</w:t></w:r></w:p>";
  };
  bool in_table = false;
  for (const auto& block : fixture) {
    if (block.kind != FixtureBlock::kTableRow && in_table) {
      body += "</w:tbl>";
      in_table = false;
    }
    switch (block.kind) {
      case FixtureBlock::kTitle: body += paragraph("<w:pStyle w:val=\"Title\"/>", block.text); break;
      case FixtureBlock::kHeading:
        // Localised style ids, as a German Word writes them: the reader must go by styles.xml.
        body += paragraph("<w:pStyle w:val=\"berschrift" + std::to_string(block.level) + "\"/>", block.text);
        break;
      case FixtureBlock::kParagraph: body += paragraph("", block.text); break;
      case FixtureBlock::kListItem:
        body += paragraph("<w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>",
                          block.text);
        break;
      case FixtureBlock::kTableRow:
        if (!in_table) body += "<w:tbl>";
        in_table = true;
        body += "<w:tr>";
        for (const auto& cell : block.cells) body += "<w:tc>" + paragraph("", cell) + "</w:tc>";
        body += "</w:tr>";
        break;
    }
  }
  if (in_table) body += "</w:tbl>";
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
         "<w:body>" + body + "<w:sectPr/></w:body></w:document>";
}

inline std::string docx_styles_xml() {
  std::string styles;
  for (int level = 1; level <= 3; ++level) {
    styles += "<w:style w:type=\"paragraph\" w:styleId=\"berschrift" + std::to_string(level) +
              "\"><w:name w:val=\"heading " + std::to_string(level) + "\"/></w:style>";
  }
  styles += "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>";
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
         "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" +
         styles + "</w:styles>";
}

inline std::string odt_content_xml(const Fixture& fixture) {
  std::string body;
  bool in_table = false;
  for (const auto& block : fixture) {
    if (block.kind != FixtureBlock::kTableRow && in_table) {
      body += "</table:table>";
      in_table = false;
    }
    const std::string text = xml_escape(block.text);
    switch (block.kind) {
      case FixtureBlock::kTitle: body += "<text:p text:style-name=\"P1\">" + text + "</text:p>"; break;
      case FixtureBlock::kHeading:
        body += "<text:h text:style-name=\"Heading_20_" + std::to_string(block.level) +
                "\" text:outline-level=\"" + std::to_string(block.level) + "\">" + text + "</text:h>";
        break;
      case FixtureBlock::kParagraph: body += "<text:p text:style-name=\"Text_20_body\">" + text + "</text:p>"; break;
      case FixtureBlock::kListItem:
        body += "<text:list><text:list-item><text:p>" + text + "</text:p></text:list-item></text:list>";
        break;
      case FixtureBlock::kTableRow:
        if (!in_table) body += "<table:table table:name=\"Table1\">";
        in_table = true;
        body += "<table:table-row>";
        for (const auto& cell : block.cells) {
          body += "<table:table-cell><text:p>" + xml_escape(cell) + "</text:p></table:table-cell>";
        }
        body += "</table:table-row>";
        break;
    }
  }
  if (in_table) body += "</table:table>";
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
         "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
         "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
         "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
         "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" office:version=\"1.2\">"
         "<office:automatic-styles><style:style style:name=\"P1\" style:family=\"paragraph\" "
         "style:parent-style-name=\"Title\"/></office:automatic-styles>"
         "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
}

// Writes a ZIP of (name, bytes) members; `stored` members are not compressed.
inline void write_zip(const std::string& path,
                      const std::vector<std::pair<std::string, std::string>>& members,
                      const std::set<std::string>& stored = {}) {
  std::filesystem::remove(path);
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (!archive) throw std::runtime_error("cannot create " + path);
  for (const auto& [name, bytes] : members) {
    // libzip reads the buffer at zip_close; keep copies alive until then.
    char* copy = static_cast<char*>(malloc(bytes.size() + 1));
    memcpy(copy, bytes.data(), bytes.size());
    zip_source_t* source = zip_source_buffer(archive, copy, bytes.size(), 1);
    const zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE);
    if (stored.count(name)) zip_set_file_compression(archive, index, ZIP_CM_STORE, 0);
  }
  if (zip_close(archive) != 0) throw std::runtime_error("cannot write " + path);
}

inline void write_docx(const std::string& path, const Fixture& fixture) {
  write_zip(path, {{"[Content_Types].xml",
                    "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"},
                   {"word/document.xml", docx_document_xml(fixture)},
                   {"word/styles.xml", docx_styles_xml()}});
}

inline void write_odt(const std::string& path, const Fixture& fixture) {
  write_zip(path, {{"mimetype", "application/vnd.oasis.opendocument.text"},
                   {"content.xml", odt_content_xml(fixture)}},
            {"mimetype"});
}

inline std::string pdf_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '(' || c == ')' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

// A minimal valid PDF: Helvetica text, one line per Tj, 60 lines a page;
// long paragraphs are wrapped at 12 words as a word processor would.
inline std::string pdf_bytes(const Fixture& fixture) {
  std::vector<std::string> lines;
  for (const auto& block : fixture) {
    std::string text = block.kind == FixtureBlock::kListItem ? "- " + block.text
                       : block.kind == FixtureBlock::kTableRow ? block.cells[0] + " " + block.cells[1]
                                                                : block.text;
    std::istringstream in(text);
    std::string word, line;
    int count = 0;
    while (in >> word) {
      line += (count ? " " : "") + word;
      if (++count == 12) {
        lines.push_back(line);
        line.clear();
        count = 0;
      }
    }
    if (!line.empty()) lines.push_back(line);
    lines.push_back("");  // paragraph spacing
  }
  std::vector<std::string> pages;
  for (std::size_t i = 0; i < lines.size(); i += 60) {
    std::string content = "BT /F1 8 Tf 40 800 Td 11 TL\n";
    for (std::size_t j = i; j < std::min(lines.size(), i + 60); ++j) {
      content += "(" + pdf_escape(lines[j]) + ") Tj T*\n";
    }
    pages.push_back(content + "ET\n");
  }
  std::vector<std::string> objects;
  std::string kids;
  const int page_count = static_cast<int>(pages.size());
  for (int p = 0; p < page_count; ++p) kids += std::to_string(4 + 2 * p) + " 0 R ";
  objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(page_count) + " >>");
  objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  for (int p = 0; p < page_count; ++p) {
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents " +
                      std::to_string(5 + 2 * p) + " 0 R >>");
    objects.push_back("<< /Length " + std::to_string(pages[p].size()) + " >>\nstream\n" + pages[p] + "endstream");
  }
  std::string out = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (auto offset : offsets) {
    char entry[32];
    snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    out += entry;
  }
  out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return out;
}

inline std::string temp_path(const std::string& name) {
  const auto folder = std::filesystem::temp_directory_path() / "candor-scheme-tests";
  std::filesystem::create_directories(folder);
  return (folder / name).string();
}

inline void write_text_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

// Writes the fixture as FORMAT ("docx", "odt", "pdf", "md", "txt"); returns the path.
inline std::string write_fixture(const Fixture& fixture, const std::string& format,
                                 const std::string& stem) {
  const std::string path = temp_path(stem + "." + format);
  if (format == "docx") write_docx(path, fixture);
  else if (format == "odt") write_odt(path, fixture);
  else if (format == "pdf") write_text_file(path, pdf_bytes(fixture));
  else if (format == "md") write_text_file(path, to_markdown(fixture));
  else write_text_file(path, to_plain_text(fixture));
  return path;
}

}  // namespace candor::scheme::testing
