// Checking a candidate's proposal or report against its artefact in the
// scheme: word window, page limit, required sections, the exam
// specifications it addresses and the coverage rule, and content such as
// the PDCA justification. A pure function of the document and the scheme.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "scheme/document.h"
#include "scheme/scheme.h"

namespace candor::scheme {

struct WordCounts {
  int body = 0;         // what the word window is about
  int headings = 0;
  int tables = 0;
  int title_block = 0;  // everything before the first section heading
  int literature = 0;
  int total() const { return body + headings + tables + title_block + literature; }
};

struct SectionFinding {
  std::string id;
  std::string title;
  std::string parent;  // empty for a top-level section
  bool required = true;
  bool found = false;
  std::string heading;   // as written in the document
  std::string location;  // "paragraph 12"
  int block = -1;        // index into Document::blocks of its heading
  int end = -1;          // one past its last block (its subsections included)
};

// A reference to exam specifications found in the text.
struct ExamReference {
  std::string requirement;    // id, empty when not recognised
  std::string specification;  // id, empty when not recognised
  std::string text;           // as written
  std::string location;
};

struct CoverageFinding {
  std::vector<std::string> requirements;    // distinct first-level ids addressed
  std::vector<std::string> specifications;  // distinct second-level ids addressed
  std::vector<ExamReference> references;
  bool satisfied = true;
};

struct ContentFinding {
  std::string id;
  std::string title;
  std::string section;
  bool found = false;
  std::string matched;  // the phrase that was found
};

struct PageCount {
  std::optional<int> pages;
  std::string method;  // how the count was made
};

struct ArtefactCheck {
  std::string artefact;
  std::string format;
  WordCounts words;
  std::optional<int> min_words;
  std::optional<int> max_words;
  PageCount pages;
  std::optional<int> max_pages;
  std::vector<SectionFinding> sections;
  CoverageFinding coverage;
  std::vector<ContentFinding> content;
  std::vector<std::string> problems;  // each one fails the check
  std::vector<std::string> warnings;  // worth a look; do not fail it
  bool passed() const { return problems.empty(); }
};

ArtefactCheck check_artefact(const Document& document, const Scheme& scheme,
                             const Artefact& artefact);

// Finding sections (section_finder.cc) and exam references
// (exam_references.cc); exposed for their own tests.
std::vector<SectionFinding> find_sections(const Document& document, const Artefact& artefact);
CoverageFinding find_exam_references(const Document& document, const Scheme& scheme,
                                     std::vector<std::string>& warnings);

// The check as JSON: words, word_window, sections, coverage, passed,
// problems, and the separately counted words, pages and content checks.
std::string to_json(const ArtefactCheck& check);

}  // namespace candor::scheme
