#include "scheme/phrase.h"

#include <cctype>

#include "base/text.h"

namespace candor::scheme {
namespace {

// Spelling variants folded to one form, so "organisational" finds
// "organizational". Language, not scheme content.
constexpr std::pair<std::string_view, std::string_view> kSpellings[] = {
    {"organis", "organiz"}, {"programme", "program"}, {"catalogue", "catalog"},
    {"behaviour", "behavior"}, {"analys", "analyz"}, {"prioritis", "prioritiz"},
    {"optimis", "optimiz"}, {"standardis", "standardiz"}, {"centre", "center"},
};

bool is_roman(std::string_view word) {
  if (word.empty() || word.size() > 5) return false;
  for (char c : word) {
    if (std::string_view("ivxlcIVXLC").find(c) == std::string_view::npos) return false;
  }
  return true;
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  for (std::size_t at = 0; (at = text.find(from, at)) != std::string::npos; at += to.size()) {
    text.replace(at, from.size(), to);
  }
}

}  // namespace

std::string_view strip_heading_number(std::string_view heading) {
  std::string_view text = trim(heading);
  for (std::string_view word : {"chapter ", "section ", "part "}) {
    if (starts_with_ci(text, word)) text = trim(text.substr(word.size()));
  }
  std::size_t end = 0;
  while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) || text[end] == '.')) {
    ++end;
  }
  bool numbered = end > 0 && std::isdigit(static_cast<unsigned char>(text[0]));
  if (!numbered) {
    // "A." / "B)" / "IV." need their punctuation to be taken for numbering.
    std::size_t word_end = 0;
    while (word_end < text.size() && std::isalpha(static_cast<unsigned char>(text[word_end]))) {
      ++word_end;
    }
    if (word_end > 0 && word_end < text.size() && (text[word_end] == '.' || text[word_end] == ')') &&
        (word_end == 1 || is_roman(text.substr(0, word_end)))) {
      end = word_end;
      numbered = true;
    }
  }
  if (!numbered) return text;
  while (end < text.size() && (text[end] == '.' || text[end] == ')' || text[end] == ':')) ++end;
  std::string_view rest = trim(text.substr(end));
  if (!rest.empty() && (rest[0] == '-' || rest[0] == '\xE2')) {  // "3 - Plan", "3 – Plan"
    std::size_t skip = rest[0] == '-' ? 1 : 3;
    rest = trim(rest.substr(std::min(skip, rest.size())));
  }
  return rest.empty() ? text : rest;
}

std::string normalise_phrase(std::string_view text) {
  std::string lowered = to_lower(text);
  replace_all(lowered, "\u2019", "'");
  replace_all(lowered, "&", " and ");
  for (auto [from, to] : kSpellings) replace_all(lowered, from, to);
  std::string out;
  bool space = false;
  for (unsigned char c : lowered) {
    const bool keep = std::isalnum(c) || c >= 0x80;
    if (!keep) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(c);
  }
  return out;
}

std::vector<std::string> content_words(std::string_view normalised) {
  static const std::string_view kSmall[] = {"the", "a", "an", "of", "and", "or", "to",
                                            "for", "in", "on", "from", "s", "with", "by"};
  std::vector<std::string> out;
  for (auto& word : split(normalised, ' ')) {
    bool small = word.empty();
    for (auto s : kSmall) small = small || word == s;
    if (!small) out.push_back(word);
  }
  return out;
}

bool contains_phrase(std::string_view haystack, std::string_view needle) {
  if (needle.empty()) return false;
  for (std::size_t at = haystack.find(needle); at != std::string_view::npos;
       at = haystack.find(needle, at + 1)) {
    const bool starts = at == 0 || haystack[at - 1] == ' ';
    const std::size_t end = at + needle.size();
    const bool ends = end == haystack.size() || haystack[end] == ' ';
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace candor::scheme
