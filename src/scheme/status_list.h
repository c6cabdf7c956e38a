// Revocation through a W3C Bitstring Status List: one bit per issued
// credential (1 = revoked), GZIP-compressed and base64url-encoded with the
// multibase prefix "u", published by the issuer as a signed
// BitstringStatusListCredential. A verifier needs only that file and the
// issuer's public key, so revocation is checked offline.
#pragma once

#include <set>
#include <string>

#include "base/result.h"

namespace candor::scheme {

// The spec's minimum: 16 KiB of bits, so a list does not reveal how few
// credentials an issuer has issued.
constexpr int kStatusListBits = 131072;

// "u" + base64url(gzip(bitstring)); bit i is the i-th bit from the left.
std::string encode_status_list(const std::set<int>& revoked, int bits = kStatusListBits);
// The decoded bitstring as bytes; refuses bad encodings and oversized lists.
Result<std::string> decode_status_list(const std::string& encoded);
bool status_bit(const std::string& bitstring, int index);

// The unsigned BitstringStatusListCredential (JSON) for a list at `list_url`.
std::string status_list_credential(const std::string& issuer_id, const std::string& list_url,
                                   const std::set<int>& revoked, const std::string& valid_from);

}  // namespace candor::scheme
