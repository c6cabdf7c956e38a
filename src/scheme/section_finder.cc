// Finding a scheme's sections in a document. Headings are matched to
// sections tolerantly (phrase.h): first exact matches of the title or a
// synonym, then headings that contain all of a title's words ("The risks
// and how we met them" finds "Risks"), then — for authors who format
// headings by hand — short stand-alone paragraphs that read exactly like
// one. A section runs to the next heading matched to one of its siblings,
// so flat heading levels (plain text, PDF) still nest correctly.
#include <algorithm>

#include "base/text.h"
#include "scheme/artefact_check.h"
#include "scheme/phrase.h"
#include "scheme/words.h"

namespace candor::scheme {
namespace {

enum class Match { kNone, kWords, kExact };

std::vector<std::string> names_of(const Section& section) {
  std::vector<std::string> names{normalise_phrase(section.title)};
  for (const auto& synonym : section.synonyms) names.push_back(normalise_phrase(synonym));
  return names;
}

std::string heading_phrase(const Block& block) {
  std::string phrase = normalise_phrase(strip_heading_number(block.text));
  if (phrase.rfind("the ", 0) == 0) phrase.erase(0, 4);
  return phrase;
}

Match match(const Block& block, const Section& section) {
  const std::string heading = heading_phrase(block);
  if (heading.empty()) return Match::kNone;
  const auto heading_words = content_words(heading);
  Match best = Match::kNone;
  for (std::string name : names_of(section)) {
    if (name.rfind("the ", 0) == 0) name.erase(0, 4);
    if (heading == name) return Match::kExact;
    const auto wanted = content_words(name);
    if (wanted.empty() || heading_words.size() > wanted.size() + 5) continue;
    const bool all = std::all_of(wanted.begin(), wanted.end(), [&](const std::string& word) {
      return std::find(heading_words.begin(), heading_words.end(), word) != heading_words.end();
    });
    if (all) best = Match::kWords;
  }
  return best;
}

bool looks_like_manual_heading(const Block& block) {
  if (block.kind != BlockKind::kParagraph) return false;
  const std::string_view text = trim(block.text);
  return !text.empty() && count_words(text) <= 12 && text.back() != '.';
}

struct Finder {
  const Document& document;
  std::vector<bool> claimed;
  std::vector<SectionFinding>& out;

  // The best block for `section` in [begin, end) for one pass, or -1.
  int best_block(const Section& section, int begin, int end, int pass) const {
    int best = -1;
    for (int i = begin; i < end; ++i) {
      if (claimed[i]) continue;
      const Block& block = document.blocks[i];
      const bool heading = block.kind == BlockKind::kHeading;
      if (pass == 0 && heading && match(block, section) == Match::kExact) return i;
      if (pass == 1 && heading && match(block, section) == Match::kWords) {
        // Prefer the higher-level heading, then the earlier one.
        if (best < 0 || block.level < document.blocks[best].level) best = i;
      }
      if (pass == 2 && looks_like_manual_heading(block) && match(block, section) == Match::kExact) {
        return i;
      }
    }
    return best;
  }

  void find_siblings(const std::vector<Section>& sections, const std::string& parent, int begin,
                     int end) {
    std::vector<int> found(sections.size(), -1);
    for (int pass = 0; pass < 3; ++pass) {
      for (std::size_t s = 0; s < sections.size(); ++s) {
        if (found[s] >= 0) continue;
        found[s] = best_block(sections[s], begin, end, pass);
        if (found[s] >= 0) claimed[found[s]] = true;
      }
    }
    std::vector<int> starts;
    for (int block : found) {
      if (block >= 0) starts.push_back(block);
    }
    std::sort(starts.begin(), starts.end());
    for (std::size_t s = 0; s < sections.size(); ++s) {
      SectionFinding finding;
      finding.id = sections[s].id;
      finding.title = sections[s].title;
      finding.parent = parent;
      finding.required = sections[s].required;
      if (found[s] >= 0) {
        const Block& block = document.blocks[found[s]];
        finding.found = true;
        finding.block = found[s];
        finding.heading = block.text;
        finding.location = document.describe_location(block);
        auto next = std::upper_bound(starts.begin(), starts.end(), found[s]);
        finding.end = next == starts.end() ? end : *next;
      }
      out.push_back(finding);
      if (finding.found) {
        find_siblings(sections[s].subsections, sections[s].id, finding.block + 1, finding.end);
      } else {
        mark_missing(sections[s].subsections, sections[s].id);
      }
    }
  }

  void mark_missing(const std::vector<Section>& sections, const std::string& parent) {
    for (const auto& section : sections) {
      out.push_back(SectionFinding{section.id, section.title, parent, section.required});
      mark_missing(section.subsections, section.id);
    }
  }
};

}  // namespace

std::vector<SectionFinding> find_sections(const Document& document, const Artefact& artefact) {
  std::vector<SectionFinding> out;
  Finder finder{document, std::vector<bool>(document.blocks.size(), false), out};
  finder.find_siblings(artefact.sections, "", 0, static_cast<int>(document.blocks.size()));
  return out;
}

}  // namespace candor::scheme
