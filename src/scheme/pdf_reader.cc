// PDF through poppler-cpp: the text of each page, laid out physically, then
// the same line heuristics as plain text (text_layout.h). A PDF knows its
// real page count, which the proposal's page limit uses.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <limits>
#include <memory>

#include "scheme/document_reader.h"
#include "scheme/text_layout.h"

namespace candor::scheme {
namespace {

// poppler reports damage in the file on stderr; the reader returns its own
// errors instead.
void quiet(const std::string&, void*) {}

}  // namespace

Result<Document> read_pdf(const std::string& bytes, const std::string& name) {
  poppler::set_debug_error_function(quiet, nullptr);
  if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
    return Error::too_large("the PDF is too large", Location{name});
  }
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!pdf) {
    return Error::invalid_input("not a readable PDF (damaged or not a PDF)", Location{name});
  }
  if (pdf->is_locked()) {
    return Error::unsupported("the PDF is password-protected; save it without a password",
                              Location{name});
  }
  Document document;
  document.format = "pdf";
  const int pages = pdf->pages();
  if (pages > 2000) return Error::too_large("the PDF has more than 2000 pages", Location{name});
  document.page_count = pages;
  document.page_count_source = "the PDF's pages";
  for (int i = 0; i < pages; ++i) {
    std::unique_ptr<poppler::page> page(pdf->create_page(i));
    if (!page) continue;
    const poppler::byte_array utf8 =
        page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
    append_text_blocks(std::string_view(utf8.data(), utf8.size()), i + 1, false, document.blocks);
  }
  return document;
}

}  // namespace candor::scheme
