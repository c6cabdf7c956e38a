// Turning a candidate's file into a Document. The format is chosen by the
// file's first bytes (PDF, ZIP) and then its extension; every reader is also
// callable on bytes for tests and the fuzzer.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "scheme/document.h"
#include "scheme/zip_archive.h"

namespace candor::scheme {

enum class DocumentFormat { kDocx, kOdt, kPdf, kMarkdown, kText };

// Reads and parses a file; unreadable or malformed input is kInvalidInput,
// an oversized file or archive kTooLarge, an unknown format kUnsupported.
Result<Document> read_document(const std::string& path);

Result<DocumentFormat> detect_format(const std::string& name, std::string_view bytes);
Result<Document> read_document_bytes(std::string bytes, DocumentFormat format,
                                     const std::string& name);

Result<Document> read_docx(std::string bytes, const std::string& name, ZipLimits limits = {});
Result<Document> read_odt(std::string bytes, const std::string& name, ZipLimits limits = {});
Result<Document> read_pdf(const std::string& bytes, const std::string& name);
Result<Document> read_markdown(std::string_view text, const std::string& name);
Result<Document> read_plain_text(std::string_view text, const std::string& name);

}  // namespace candor::scheme
