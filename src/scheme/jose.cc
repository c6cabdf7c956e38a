#include "scheme/jose.h"

#include <sodium.h>

#include <nlohmann/json.hpp>

namespace candor::scheme {
namespace {

constexpr int kVariant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;

void ensure_sodium() {
  if (sodium_init() < 0) std::abort();  // libsodium cannot work at all: a broken machine
}

}  // namespace

std::string base64url_encode(std::string_view bytes) {
  ensure_sodium();
  std::string out(sodium_base64_encoded_len(bytes.size(), kVariant), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                    bytes.size(), kVariant);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

Result<std::string> base64url_decode(std::string_view text) {
  ensure_sodium();
  std::string out(text.size() * 3 / 4 + 3, '\0');
  std::size_t length = 0;
  const char* end = nullptr;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(),
                        text.size(), nullptr, &length, &end, kVariant) != 0 ||
      end != text.data() + text.size()) {
    return Error::invalid_input("not valid base64url");
  }
  out.resize(length);
  return out;
}

SigningKey generate_signing_key(const std::string& kid) {
  ensure_sodium();
  SigningKey key{kid, std::string(crypto_sign_PUBLICKEYBYTES, '\0'),
                 std::string(crypto_sign_SECRETKEYBYTES, '\0')};
  crypto_sign_keypair(reinterpret_cast<unsigned char*>(key.public_key.data()),
                      reinterpret_cast<unsigned char*>(key.secret_key.data()));
  return key;
}

std::string public_jwk(const SigningKey& key) {
  nlohmann::ordered_json jwk{{"kty", "OKP"}, {"crv", "Ed25519"}, {"alg", "EdDSA"},
                             {"use", "sig"}, {"kid", key.kid}, {"x", base64url_encode(key.public_key)}};
  return jwk.dump(2) + "\n";
}

std::string private_jwk(const SigningKey& key) {
  nlohmann::ordered_json jwk = nlohmann::ordered_json::parse(public_jwk(key));
  jwk["d"] = base64url_encode(std::string_view(key.secret_key).substr(0, crypto_sign_SEEDBYTES));
  return jwk.dump(2) + "\n";
}

Result<SigningKey> parse_jwk(std::string_view text, const std::string& file) {
  ensure_sodium();
  const auto jwk = nlohmann::json::parse(text, nullptr, false);
  if (jwk.is_discarded() || !jwk.is_object()) {
    return Error::invalid_input("not a JSON Web Key (JSON object expected)", Location{file});
  }
  auto text_field = [&](const char* name) {
    return jwk.contains(name) && jwk[name].is_string() ? jwk[name].get<std::string>() : std::string();
  };
  if (text_field("kty") != "OKP" || text_field("crv") != "Ed25519") {
    return Error::invalid_input("only Ed25519 keys (kty OKP, crv Ed25519) are accepted",
                                Location{file, 0, 0, "kty"});
  }
  SigningKey key;
  key.kid = text_field("kid");
  auto x = base64url_decode(text_field("x"));
  if (!x.ok() || x->size() != crypto_sign_PUBLICKEYBYTES) {
    return Error::invalid_input("'x' must be a 32-byte public key in base64url", Location{file, 0, 0, "x"});
  }
  key.public_key = *x;
  if (jwk.contains("d")) {
    auto seed = base64url_decode(text_field("d"));
    if (!seed.ok() || seed->size() != crypto_sign_SEEDBYTES) {
      return Error::invalid_input("'d' must be a 32-byte private key in base64url", Location{file, 0, 0, "d"});
    }
    std::string public_key(crypto_sign_PUBLICKEYBYTES, '\0');
    key.secret_key.assign(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(public_key.data()),
                             reinterpret_cast<unsigned char*>(key.secret_key.data()),
                             reinterpret_cast<const unsigned char*>(seed->data()));
    if (public_key != key.public_key) {
      return Error::invalid_input("'d' and 'x' are not one key pair", Location{file, 0, 0, "d"});
    }
  }
  return key;
}

Result<std::string> sign_compact(std::string_view payload, const SigningKey& key,
                                 const std::string& typ) {
  if (!key.can_sign()) return Error::invalid_input("the key has no private part; it cannot sign");
  nlohmann::ordered_json header{{"alg", "EdDSA"}, {"kid", key.kid}, {"typ", typ}};
  const std::string input = base64url_encode(header.dump()) + "." + base64url_encode(payload);
  std::string signature(crypto_sign_BYTES, '\0');
  crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                       reinterpret_cast<const unsigned char*>(input.data()), input.size(),
                       reinterpret_cast<const unsigned char*>(key.secret_key.data()));
  return input + "." + base64url_encode(signature);
}

Result<VerifiedJws> verify_compact(std::string_view token, const SigningKey& key) {
  ensure_sodium();
  while (!token.empty() && (token.back() == '\n' || token.back() == '\r' || token.back() == ' ')) {
    token.remove_suffix(1);
  }
  const auto first = token.find('.');
  const auto second = first == std::string_view::npos ? first : token.find('.', first + 1);
  if (second == std::string_view::npos || token.find('.', second + 1) != std::string_view::npos) {
    return Error::invalid_input("not a compact JWS (three base64url parts separated by dots)");
  }
  VerifiedJws out;
  auto header = base64url_decode(token.substr(0, first));
  auto payload = base64url_decode(token.substr(first + 1, second - first - 1));
  auto signature = base64url_decode(token.substr(second + 1));
  if (!header.ok() || !payload.ok() || !signature.ok()) {
    return Error::invalid_input("a part of the JWS is not valid base64url");
  }
  out.header = *header;
  out.payload = *payload;
  const auto parsed = nlohmann::json::parse(out.header, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object() || parsed.value("alg", "") != "EdDSA") {
    return Error::invalid_input("the JWS header must be JSON with \"alg\":\"EdDSA\"");
  }
  const std::string_view input = token.substr(0, second);
  out.signature_valid =
      signature->size() == crypto_sign_BYTES && key.public_key.size() == crypto_sign_PUBLICKEYBYTES &&
      crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature->data()),
                                  reinterpret_cast<const unsigned char*>(input.data()), input.size(),
                                  reinterpret_cast<const unsigned char*>(key.public_key.data())) == 0;
  return out;
}

}  // namespace candor::scheme
