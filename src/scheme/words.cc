#include "scheme/words.h"

namespace candor::scheme {
namespace {

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F ||
         c == 0x3000 || c == 0xFEFF;
}

// Decodes one UTF-8 sequence at `i`; invalid bytes decode as U+FFFD.
char32_t decode(std::string_view text, std::size_t& i) {
  const unsigned char lead = static_cast<unsigned char>(text[i++]);
  if (lead < 0x80) return lead;
  int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : -1;
  if (extra < 0) return 0xFFFD;
  char32_t value = lead & (0x3F >> extra);
  for (; extra > 0; --extra) {
    if (i >= text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) return 0xFFFD;
    value = (value << 6) | (static_cast<unsigned char>(text[i++]) & 0x3F);
  }
  return value;
}

}  // namespace

bool is_word_character(char32_t c) {
  if (c < 0x80) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
  if (c == 0xAA || c == 0xB5 || c == 0xBA) return true;
  if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;
  if (c >= 0x370 && c <= 0x1FFF) return true;  // Greek, Cyrillic, ... Arabic, Indic, Thai
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // punctuation, arrows, symbols, dingbats
  if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
  if (c >= 0x2C00 && c <= 0xD7FF) return true;   // CJK, Hangul, more scripts
  if (c >= 0xF900 && c <= 0xFDFF) return true;
  if ((c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) ||
      (c >= 0xFF41 && c <= 0xFF5A)) {
    return true;
  }
  return c >= 0x10000 && c <= 0x3FFFF && !(c >= 0x1F000 && c <= 0x1FAFF);  // not emoji
}

int count_words(std::string_view text) {
  int words = 0;
  bool in_token = false, token_has_word_character = false;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = decode(text, i);
    if (is_space(c)) {
      if (in_token && token_has_word_character) ++words;
      in_token = token_has_word_character = false;
      continue;
    }
    in_token = true;
    token_has_word_character = token_has_word_character || is_word_character(c);
  }
  if (in_token && token_has_word_character) ++words;
  return words;
}

}  // namespace candor::scheme
