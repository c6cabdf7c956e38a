#include "scheme/document_reader.h"

#include <gtest/gtest.h>

#include "document_fixtures.h"

namespace candor::scheme {
namespace {

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST(DocumentReader, TruncatedDocxIsRefusedAsCorrupt) {
  const std::string path = testing::write_fixture(testing::report_fixture(), "docx", "truncated");
  std::string bytes = file_bytes(path);
  bytes.resize(bytes.size() / 2);
  testing::write_text_file(path, bytes);
  auto document = read_document(path);
  ASSERT_FALSE(document.ok());
  EXPECT_EQ(document.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(document.error().to_string().find("truncated.docx"), std::string::npos) << document.error().to_string();
  EXPECT_EQ(document.error().exit_code(), 2);
}

TEST(DocumentReader, DocxWithAFlippedByteIsRefused) {
  const std::string path = testing::write_fixture(testing::report_fixture(), "docx", "flipped");
  std::string bytes = file_bytes(path);
  bytes[bytes.size() / 3] ^= 0x5a;  // inside a compressed member
  testing::write_text_file(path, bytes);
  auto document = read_document(path);
  ASSERT_FALSE(document.ok());
  EXPECT_NE(document.error().message().find("corrupt"), std::string::npos) << document.error().to_string();
}

TEST(DocumentReader, OdtWithoutContentIsRefused) {
  const std::string path = testing::temp_path("no-content.odt");
  testing::write_zip(path, {{"mimetype", "application/vnd.oasis.opendocument.text"}}, {"mimetype"});
  auto document = read_document(path);
  ASSERT_FALSE(document.ok());
  EXPECT_NE(document.error().to_string().find("content.xml"), std::string::npos) << document.error().to_string();
}

TEST(DocumentReader, ZipBombIsRefusedBeforeItIsInflated) {
  // 3 MiB of one character compresses about a thousand-fold.
  const std::string path = testing::temp_path("bomb.docx");
  const std::string huge = "<w:document>" + std::string(3 << 20, 'a') + "</w:document>";
  testing::write_zip(path, {{"word/document.xml", huge}});
  auto document = read_document(path);
  ASSERT_FALSE(document.ok());
  EXPECT_EQ(document.error().code(), ErrorCode::kTooLarge);
  EXPECT_NE(document.error().message().find("zip bomb"), std::string::npos) << document.error().to_string();
}

TEST(DocumentReader, MemberOverTheSizeLimitIsRefused) {
  const std::string path = testing::temp_path("oversized.odt");
  testing::write_zip(path, {{"mimetype", "application/vnd.oasis.opendocument.text"},
                            {"content.xml", std::string(4096, 'x')}},
                     {"mimetype"});
  ZipLimits limits;
  limits.max_member_bytes = 1024;
  auto document = read_odt(file_bytes(path), "oversized.odt", limits);
  ASSERT_FALSE(document.ok());
  EXPECT_EQ(document.error().code(), ErrorCode::kTooLarge);
}

TEST(DocumentReader, MalformedXmlInsideTheArchiveIsRefusedWithItsMember) {
  const std::string path = testing::temp_path("bad-xml.docx");
  testing::write_zip(path, {{"word/document.xml", "<w:document><w:body><w:p>"}});
  auto document = read_document(path);
  ASSERT_FALSE(document.ok());
  EXPECT_EQ(document.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(document.error().to_string().find("document.xml"), std::string::npos) << document.error().to_string();
}

TEST(DocumentReader, UnknownFormatIsUnsupported) {
  const std::string path = testing::temp_path("report.xyz");
  testing::write_text_file(path, "\x01\x02\x03");
  auto document = read_document(path);
  ASSERT_FALSE(document.ok());
  EXPECT_EQ(document.error().code(), ErrorCode::kUnsupported);
}

}  // namespace
}  // namespace candor::scheme
