#include "scheme/text_layout.h"

#include "base/text.h"

namespace candor::scheme {
namespace {

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Length of a Unicode space character at `i` (no-break and typographic
// spaces), 0 when there is none.
std::size_t unicode_space_at(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  if (i + 1 < text.size() && byte(i) == 0xC2 && byte(i + 1) == 0xA0) return 2;
  if (i + 2 < text.size() && byte(i) == 0xE2 && byte(i + 1) == 0x80 &&
      ((byte(i + 2) >= 0x80 && byte(i + 2) <= 0x8A) || byte(i + 2) == 0xAF)) {
    return 3;
  }
  return 0;
}

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> out;
  for (auto& word : split(text, ' ')) {
    if (!word.empty()) out.push_back(word);
  }
  return out;
}

bool is_upper_start(std::string_view word) {
  if (word.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(word[0]);
  return (c >= 'A' && c <= 'Z') || c >= 0xC3;  // accented capitals are not checked further
}

bool ends_sentence(std::string_view line) {
  line = trim(line);
  if (line.empty()) return true;
  const char last = line.back();
  return last == '.' || last == '!' || last == '?' || last == ':' || last == ';';
}

// "12", "Page 3", "Page 3 of 10", "- 3 -": page furniture, not text.
bool is_page_number(std::string_view line) {
  std::string lower = to_lower(line);
  for (const char* noise : {"page", "of", "-", "–"}) {
    for (std::size_t at; (at = lower.find(noise)) != std::string::npos;) {
      lower.erase(at, std::string_view(noise).size());
    }
  }
  bool digit = false;
  for (char c : lower) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      digit = true;
    } else if (!is_ascii_space(c)) {
      return false;
    }
  }
  return digit;
}

// "2.1 Risks" / "3. Evaluation": the depth of the number, or 0.
int heading_number_depth(std::string_view text, std::string& rest) {
  std::size_t i = 0;
  int depth = 0;
  while (i < text.size()) {
    const std::size_t start = i;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
    if (i == start || i - start > 2) return 0;  // "2015 ..." is a year, not a chapter
    ++depth;
    if (i < text.size() && text[i] == '.') ++i;
    if (i < text.size() && text[i] == ' ') break;
    if (i >= text.size() || !std::isdigit(static_cast<unsigned char>(text[i]))) return 0;
  }
  rest = std::string(trim(text.substr(i)));
  return rest.empty() ? 0 : depth;
}

bool looks_like_title(const std::vector<std::string>& words) {
  static const char* kSmallWords[] = {"a",  "an", "and", "the", "of", "for", "to", "in",
                                      "on", "or", "with", "from", "at", "by", "as", "into"};
  if (words.empty() || words.size() > 10 || !is_upper_start(words.front())) return false;
  if (words.size() <= 4) return true;
  std::size_t capitalised = 0, counted = 0;
  for (const auto& word : words) {
    bool small = false;
    for (const char* s : kSmallWords) small = small || to_lower(word) == s;
    if (small) continue;
    ++counted;
    if (is_upper_start(word)) ++capitalised;
  }
  return counted > 0 && capitalised * 4 >= counted * 3;
}

}  // namespace

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t space = is_ascii_space(text[i]) ? 1 : unicode_space_at(text, i);
    if (space > 0) {
      pending_space = !out.empty();
      i += space;
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += text[i++];
  }
  return out;
}

LineGuess guess_line(std::string_view line, bool alone) {
  LineGuess guess;
  guess.text = collapse_whitespace(line);
  const std::string& text = guess.text;
  if (text.rfind('#', 0) == 0) {  // a Markdown-style heading in a text file
    const std::size_t hashes = text.find_first_not_of('#');
    if (hashes != std::string::npos && hashes <= 6 && text[hashes] == ' ') {
      guess.kind = BlockKind::kHeading;
      guess.level = static_cast<int>(hashes);
      guess.text = text.substr(hashes + 1);
      return guess;
    }
  }
  for (const char* bullet : {"- ", "* ", "\u2022 ", "\u2013 ", "\u25e6 ", "\u25aa ", "o "}) {
    if (text.rfind(bullet, 0) == 0 && text.size() > std::string_view(bullet).size()) {
      guess.kind = BlockKind::kListItem;
      guess.level = 1;
      guess.text = text.substr(std::string_view(bullet).size());
      return guess;
    }
  }
  std::string rest;
  const int depth = heading_number_depth(text, rest);
  const auto rest_words = words_of(rest);
  if (depth > 0 && rest_words.size() <= 12 && is_upper_start(rest) && !ends_sentence(rest)) {
    guess.kind = BlockKind::kHeading;
    guess.level = depth;
    return guess;
  }
  if (text.size() > 2 && std::isdigit(static_cast<unsigned char>(text[0])) &&
      (text.find(") ") != std::string::npos || depth > 0) && text.find(' ') < 5) {
    guess.kind = BlockKind::kListItem;  // "1) ..." or a numbered sentence
    guess.level = 1;
    return guess;
  }
  if (alone && !ends_sentence(text) && text.back() != ',' && looks_like_title(words_of(text))) {
    guess.kind = BlockKind::kHeading;
    guess.level = 1;
  }
  return guess;
}

void append_text_blocks(std::string_view text, int page, bool blank_lines_separate,
                        std::vector<Block>& blocks) {
  const std::vector<std::string> lines = split(text, '\n');
  bool previous_closed = true;  // the previous line ended a paragraph
  bool continuable = false;     // the last block may take a continuation line
  int table = 0;
  bool in_table = false;
  int max_table = 0;
  for (const auto& block : blocks) max_table = std::max(max_table, block.table);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    if (trim(line).empty() || is_page_number(line)) {
      if (trim(line).empty() && blank_lines_separate) continuable = false;
      previous_closed = previous_closed || (trim(line).empty() && blank_lines_separate);
      in_table = false;
      continue;
    }
    const int index = static_cast<int>(i) + 1;
    auto cells = split(trim(line), '\t');
    std::erase_if(cells, [](const std::string& cell) { return trim(cell).empty(); });
    if (cells.size() >= 2) {
      if (!in_table) table = ++max_table;
      in_table = true;
      for (const auto& cell : cells) {
        blocks.push_back(
            Block{BlockKind::kTableCell, 0, collapse_whitespace(cell), "", page, index, table});
      }
      previous_closed = true;
      continuable = false;
      continue;
    }
    in_table = false;
    LineGuess guess = guess_line(line, previous_closed);
    // A line that continues an unfinished paragraph or list item joins it,
    // so a reference wrapped over two lines is still one reference.
    if (!previous_closed && guess.kind == BlockKind::kParagraph && continuable &&
        !blocks.empty()) {
      blocks.back().text += " " + guess.text;
    } else {
      blocks.push_back(Block{guess.kind, guess.level, guess.text, "", page, index, 0});
    }
    const BlockKind kind = blocks.back().kind;
    continuable = kind == BlockKind::kParagraph || kind == BlockKind::kListItem;
    previous_closed = kind == BlockKind::kHeading || ends_sentence(guess.text);
  }
}

}  // namespace candor::scheme
