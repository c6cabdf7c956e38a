// Counting words the way the scheme defines them: whitespace-separated
// tokens that contain at least one letter or digit in any script, so a dash,
// a bullet or "&" standing alone is not a word but "ISO/IEC", "20000" and
// "Überprüfung" are.
#pragma once

#include <string_view>

namespace candor::scheme {

int count_words(std::string_view text);

// Whether a Unicode code point is a letter or digit for counting purposes
// (ASCII alphanumerics and the letter blocks of other scripts; punctuation,
// symbols and spaces are not).
bool is_word_character(char32_t code_point);

}  // namespace candor::scheme
