// Tolerant comparison of headings and references with what a scheme
// declares: case, punctuation, numbering ("2.1", "III.", "Chapter 3"),
// typographic apostrophes and British/American spelling do not matter.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace candor::scheme {

// "3.2) The Organisation’s point-of-view" -> "the organization s point of view"
std::string normalise_phrase(std::string_view text);

// Drops a leading chapter number: "2.1 Risks" -> "Risks", "B) Plan" -> "Plan".
std::string_view strip_heading_number(std::string_view heading);

// The words of a normalised phrase without the small words (the, of, ...).
std::vector<std::string> content_words(std::string_view normalised);

// Whether `needle` occurs in `haystack` on word boundaries (both normalised).
bool contains_phrase(std::string_view haystack, std::string_view needle);

}  // namespace candor::scheme
