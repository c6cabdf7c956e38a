// Finding the exam specifications a proposal or report addresses. The
// template writes them as "Requirement (exam requirement) -> Specification
// (exam specification)"; "→", "=>" and "⇒" are accepted as arrows, and the
// ids the scheme declares ("ES-1.1") count wherever they appear. Titles in
// running prose do not count: naming a specification is not addressing it.
#include <algorithm>
#include <tuple>

#include "base/text.h"
#include "scheme/artefact_check.h"
#include "scheme/phrase.h"

namespace candor::scheme {
namespace {

constexpr std::string_view kArrows[] = {"->", "\u2192", "=>", "\u21d2", "\u2013>", "\u2014>"};

// The first arrow in `text` at or after `from`: its position and length.
std::pair<std::size_t, std::size_t> find_arrow(std::string_view text, std::size_t from = 0) {
  std::pair<std::size_t, std::size_t> best{std::string_view::npos, 0};
  for (auto arrow : kArrows) {
    const std::size_t at = text.find(arrow, from);
    if (at < best.first) best = {at, arrow.size()};
  }
  return best;
}

std::string without_parentheses(std::string_view text) {
  std::string out;
  int depth = 0;
  for (char c : text) {
    if (c == '(') ++depth;
    if (depth == 0) out += c;
    if (c == ')' && depth > 0) --depth;
  }
  return normalise_phrase(out);
}

// The length of the longest name of `names` that `phrase` contains; 0: none.
std::size_t longest_name_in(const std::string& phrase, const std::string& title,
                            const std::vector<std::string>& synonyms) {
  std::size_t best = 0;
  auto consider = [&](const std::string& name) {
    const std::string normalised = normalise_phrase(name);
    if (contains_phrase(phrase, normalised)) best = std::max(best, normalised.size());
  };
  consider(title);
  for (const auto& synonym : synonyms) consider(synonym);
  return best;
}

const ExamRequirement* match_requirement(const Scheme& scheme, const std::string& phrase) {
  const ExamRequirement* best = nullptr;
  std::size_t best_length = 0;
  for (const auto& requirement : scheme.exam_requirements) {
    const std::size_t length = longest_name_in(phrase, requirement.title, requirement.synonyms);
    if (length > best_length) best = &requirement, best_length = length;
  }
  return best;
}

std::pair<const ExamRequirement*, const ExamSpecification*> match_specification(
    const Scheme& scheme, const std::string& phrase) {
  std::pair<const ExamRequirement*, const ExamSpecification*> best{nullptr, nullptr};
  std::size_t best_length = 0;
  for (const auto& requirement : scheme.exam_requirements) {
    for (const auto& spec : requirement.specifications) {
      const std::size_t length = longest_name_in(phrase, spec.title, spec.synonyms);
      if (length > best_length) best = {&requirement, &spec}, best_length = length;
    }
  }
  return best;
}

bool is_id_character(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
}

// Whether `id` occurs in `text` as a token of its own (a sentence's full
// stop may follow it, another digit may not: "ES-1.1" is not in "ES-1.12").
bool mentions_id(const std::string& lowered_text, const std::string& lowered_id) {
  for (std::size_t at = lowered_text.find(lowered_id); at != std::string::npos;
       at = lowered_text.find(lowered_id, at + 1)) {
    const std::size_t end = at + lowered_id.size();
    const bool starts = at == 0 || !is_id_character(lowered_text[at - 1]);
    bool ends = end == lowered_text.size() || !is_id_character(lowered_text[end]);
    if (ends && end < lowered_text.size() && lowered_text[end] == '.' &&
        end + 1 < lowered_text.size() && std::isdigit(static_cast<unsigned char>(lowered_text[end + 1]))) {
      ends = false;
    }
    if (starts && ends) return true;
  }
  return false;
}

struct Collector {
  const Scheme& scheme;
  CoverageFinding& coverage;
  std::vector<std::string>& warnings;

  void add(const ExamRequirement* requirement, const ExamSpecification* spec,
           std::string text, std::string location) {
    coverage.references.push_back(ExamReference{requirement ? requirement->id : "",
                                                spec ? spec->id : "", std::move(text),
                                                std::move(location)});
    if (!spec) return;
    auto& specs = coverage.specifications;
    if (std::find(specs.begin(), specs.end(), spec->id) == specs.end()) specs.push_back(spec->id);
    auto& requirements = coverage.requirements;
    if (std::find(requirements.begin(), requirements.end(), requirement->id) == requirements.end()) {
      requirements.push_back(requirement->id);
    }
  }

  void arrow_pair(std::string_view left, std::string_view right, const std::string& location) {
    const std::string left_phrase = without_parentheses(left);
    const std::string right_phrase = without_parentheses(right);
    const ExamRequirement* named = match_requirement(scheme, left_phrase);
    auto [owner, spec] = match_specification(scheme, right_phrase);
    const std::string text = std::string(trim(left)) + " -> " + std::string(trim(right));
    if (!spec) {
      if (named) {
        warnings.push_back(location + ": no exam specification of '" + named->title +
                           "' recognised in '" + std::string(trim(right)) + "'");
      }
      return;  // an arrow that names nothing of the scheme is ordinary prose
    }
    if (named && named != owner) {
      warnings.push_back(location + ": '" + spec->title + "' is a specification of '" +
                         owner->title + "', not of '" + named->title + "'");
    }
    add(owner, spec, text, location);
  }
};

}  // namespace

CoverageFinding find_exam_references(const Document& document, const Scheme& scheme,
                                     std::vector<std::string>& warnings) {
  CoverageFinding coverage;
  Collector collector{scheme, coverage, warnings};
  for (const Block& block : document.blocks) {
    const std::string location = document.describe_location(block);
    for (const std::string& segment : split(block.text, ';')) {
      std::string_view rest = segment;
      auto [at, length] = find_arrow(rest);
      while (at != std::string_view::npos) {
        const std::string_view left = rest.substr(0, at);
        const std::string_view after = rest.substr(at + length);
        const std::size_t next = find_arrow(after).first;
        collector.arrow_pair(left, after.substr(0, next), location);
        rest = after;
        std::tie(at, length) = find_arrow(rest);
      }
    }
    const std::string lowered = to_lower(block.text);
    for (const auto& requirement : scheme.exam_requirements) {
      for (const auto& spec : requirement.specifications) {
        if (mentions_id(lowered, to_lower(spec.id))) {
          collector.add(&requirement, &spec, spec.id, location);
        }
      }
    }
  }
  return coverage;
}

}  // namespace candor::scheme
