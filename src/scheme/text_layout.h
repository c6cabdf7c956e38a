// Guessing structure in text that has none: plain text files and the text
// poppler extracts from a PDF. A heading is a short line that is numbered
// ("2.1 Risks" -> level 2) or stands alone in title case without closing
// punctuation; list items start with a bullet or "1)". Documented in
// docs/schemes.md; the guesses are deliberately conservative, because a
// paragraph taken for a heading would vanish from the word count.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "scheme/document.h"

namespace candor::scheme {

// Collapses runs of whitespace (including no-break spaces) to one space and trims.
std::string collapse_whitespace(std::string_view text);

struct LineGuess {
  BlockKind kind = BlockKind::kParagraph;
  int level = 0;
  std::string text;  // without the bullet of a list item
};

// `alone`: the line has no neighbour in its paragraph (a blank line or a
// finished sentence before it, nothing of the same paragraph after it).
LineGuess guess_line(std::string_view line, bool alone);

// Splits text into lines and guesses each; `page` is stamped on the blocks.
void append_text_blocks(std::string_view text, int page, bool blank_lines_separate,
                        std::vector<Block>& blocks);

}  // namespace candor::scheme
