#include "scheme/status_list.h"

#include <zlib.h>

#include <nlohmann/json.hpp>

#include "scheme/jose.h"

namespace candor::scheme {
namespace {

constexpr std::size_t kMaxListBytes = 16 << 20;  // 128 Mi entries: far beyond any issuer

std::string gzip(const std::string& bytes) {
  z_stream stream{};
  deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&stream, bytes.size()) + 32, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  stream.avail_in = static_cast<uInt>(bytes.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

Result<std::string> gunzip(const std::string& bytes) {
  z_stream stream{};
  if (inflateInit2(&stream, 15 + 16) != Z_OK) return Error::internal("zlib failed to initialise");
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  stream.avail_in = static_cast<uInt>(bytes.size());
  std::string out;
  char buffer[64 * 1024];
  int status = Z_OK;
  while (status == Z_OK) {
    stream.next_out = reinterpret_cast<Bytef*>(buffer);
    stream.avail_out = sizeof buffer;
    status = inflate(&stream, Z_NO_FLUSH);
    out.append(buffer, sizeof buffer - stream.avail_out);
    if (out.size() > kMaxListBytes) status = Z_MEM_ERROR;
  }
  inflateEnd(&stream);
  if (status != Z_STREAM_END) return Error::invalid_input("the status list is not valid GZIP data");
  return out;
}

}  // namespace

std::string encode_status_list(const std::set<int>& revoked, int bits) {
  std::string bitstring(static_cast<std::size_t>((bits + 7) / 8), '\0');
  for (int index : revoked) {
    if (index >= 0 && index < bits) bitstring[index / 8] |= static_cast<char>(0x80 >> (index % 8));
  }
  return "u" + base64url_encode(gzip(bitstring));
}

Result<std::string> decode_status_list(const std::string& encoded) {
  if (encoded.empty() || encoded[0] != 'u') {
    return Error::invalid_input("encodedList must be multibase base64url (starting with 'u')");
  }
  auto compressed = base64url_decode(std::string_view(encoded).substr(1));
  if (!compressed.ok()) return Error::invalid_input("encodedList is not valid base64url");
  return gunzip(*compressed);
}

bool status_bit(const std::string& bitstring, int index) {
  return (static_cast<unsigned char>(bitstring[index / 8]) & (0x80 >> (index % 8))) != 0;
}

std::string status_list_credential(const std::string& issuer_id, const std::string& list_url,
                                   const std::set<int>& revoked, const std::string& valid_from) {
  nlohmann::ordered_json credential{
      {"@context", {"https://www.w3.org/ns/credentials/v2"}},
      {"id", list_url},
      {"type", {"VerifiableCredential", "BitstringStatusListCredential"}},
      {"issuer", issuer_id},
      {"validFrom", valid_from},
      {"credentialSubject",
       {{"id", list_url + "#list"},
        {"type", "BitstringStatusList"},
        {"statusPurpose", "revocation"},
        {"encodedList", encode_status_list(revoked)}}}};
  credential["iss"] = issuer_id;
  credential["jti"] = list_url;
  return credential.dump();
}

}  // namespace candor::scheme
