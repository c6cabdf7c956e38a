#include "scheme/document_reader.h"

#include <filesystem>

#include "base/files.h"
#include "base/text.h"
#include "scheme/text_layout.h"

namespace candor::scheme {
namespace {

constexpr std::uint64_t kMaxFileBytes = 100ull << 20;

std::string extension_of(const std::string& name) {
  return to_lower(std::filesystem::path(name).extension().string());
}

bool starts_with(std::string_view bytes, std::string_view prefix) {
  return bytes.substr(0, prefix.size()) == prefix;
}

}  // namespace

Result<Document> read_plain_text(std::string_view text, const std::string& name) {
  if (auto bad = find_invalid_utf8(text); bad != std::string_view::npos) {
    auto [line, column] = line_and_column(text, bad);
    return Error::invalid_input("not valid UTF-8 text (save it as UTF-8)",
                                Location{name, line, column});
  }
  if (starts_with(text, "\xEF\xBB\xBF")) text.remove_prefix(3);  // a byte order mark
  Document document;
  document.format = "text";
  append_text_blocks(text, 0, true, document.blocks);
  return document;
}

Result<DocumentFormat> detect_format(const std::string& name, std::string_view bytes) {
  const std::string extension = extension_of(name);
  if (starts_with(bytes, "%PDF-")) return DocumentFormat::kPdf;
  if (starts_with(bytes, "PK\x03\x04") || starts_with(bytes, "PK\x05\x06")) {
    if (extension == ".odt") return DocumentFormat::kOdt;
    if (extension == ".docx") return DocumentFormat::kDocx;
    // A ZIP with another name: OpenDocument stores its mimetype first, uncompressed.
    if (bytes.find("application/vnd.oasis.opendocument.text") < 100) return DocumentFormat::kOdt;
    return DocumentFormat::kDocx;
  }
  if (extension == ".pdf" || extension == ".docx" || extension == ".odt") {
    return Error::invalid_input("the file is named " + extension +
                                    " but is not one (damaged or renamed)",
                                Location{name});
  }
  if (extension == ".doc" || extension == ".rtf") {
    return Error::unsupported(extension + " files are not read; save the document as DOCX, "
                                          "ODT or PDF",
                              Location{name});
  }
  if (extension == ".md" || extension == ".markdown") return DocumentFormat::kMarkdown;
  if (extension == ".txt" || extension == ".text" || extension.empty()) {
    return DocumentFormat::kText;
  }
  return Error::unsupported("unknown document format '" + extension +
                                "' (DOCX, ODT, PDF, Markdown and plain text are read)",
                            Location{name});
}

Result<Document> read_document_bytes(std::string bytes, DocumentFormat format,
                                     const std::string& name) {
  switch (format) {
    case DocumentFormat::kDocx: return read_docx(std::move(bytes), name);
    case DocumentFormat::kOdt: return read_odt(std::move(bytes), name);
    case DocumentFormat::kPdf: return read_pdf(bytes, name);
    case DocumentFormat::kMarkdown: {
      if (auto bad = find_invalid_utf8(bytes); bad != std::string::npos) {
        auto [line, column] = line_and_column(bytes, bad);
        return Error::invalid_input("not valid UTF-8 text", Location{name, line, column});
      }
      return read_markdown(bytes, name);
    }
    case DocumentFormat::kText: return read_plain_text(bytes, name);
  }
  return Error::internal("unknown document format");
}

Result<Document> read_document(const std::string& path) {
  std::string bytes = CANDOR_TRY(read_file(path, kMaxFileBytes));
  const DocumentFormat format = CANDOR_TRY(detect_format(path, bytes));
  return read_document_bytes(std::move(bytes), format, path);
}

}  // namespace candor::scheme
