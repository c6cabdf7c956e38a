// The small part of JOSE that candor's credentials need: base64url, Ed25519
// keys as JWKs (RFC 8037, "kty":"OKP","crv":"Ed25519") and compact JWS with
// "alg":"EdDSA" (RFC 7515), signed and verified with libsodium. Nothing here
// knows about credentials; credential.h builds on it.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace candor::scheme {

std::string base64url_encode(std::string_view bytes);
// kInvalidInput on anything but unpadded base64url.
Result<std::string> base64url_decode(std::string_view text);

struct SigningKey {
  std::string kid;         // the key's id, a URI such as https://issuer.example/keys/1
  std::string public_key;  // 32 bytes
  std::string secret_key;  // 64 bytes (libsodium's seed + public key); empty for a public key
  bool can_sign() const { return secret_key.size() == 64; }
};

SigningKey generate_signing_key(const std::string& kid);
// JWK texts: the public one is safe to publish; the private one adds "d".
std::string public_jwk(const SigningKey& key);
std::string private_jwk(const SigningKey& key);
// Reads a public or private Ed25519 JWK; `file` names it in errors.
Result<SigningKey> parse_jwk(std::string_view text, const std::string& file);

// BASE64URL(header) "." BASE64URL(payload) "." BASE64URL(signature), the
// header {"alg":"EdDSA","kid":...,"typ":typ}.
Result<std::string> sign_compact(std::string_view payload, const SigningKey& key,
                                 const std::string& typ);

struct VerifiedJws {
  std::string header;   // JSON text
  std::string payload;  // JSON text
  bool signature_valid = false;
};
// Splits and checks a compact JWS. A token that is not well formed is
// kInvalidInput; a well-formed token with a bad signature is returned with
// signature_valid = false so the caller can report it.
Result<VerifiedJws> verify_compact(std::string_view token, const SigningKey& key);

}  // namespace candor::scheme
