// Verifies a candor credential (VC-JWT) with the npm `jose` library, given
// the issuer's public JWK. Prints the checked claims as JSON; exits 1 when
// jose rejects the token.
import { readFileSync } from 'node:fs';
import { importJWK, jwtVerify, decodeProtectedHeader } from 'jose';

const [tokenFile, jwkFile] = process.argv.slice(2);
const token = readFileSync(tokenFile, 'utf8').trim();
const jwk = JSON.parse(readFileSync(jwkFile, 'utf8'));
try {
  const key = await importJWK(jwk, 'EdDSA');
  const { payload, protectedHeader } = await jwtVerify(token, key, {
    algorithms: ['EdDSA'],
    typ: 'vc+jwt',
    issuer: jwk.kid.split('#')[0],
    currentDate: new Date(process.env.VERIFY_AT ?? Date.now()),
  });
  console.log(JSON.stringify({
    verified: true,
    alg: protectedHeader.alg,
    kid: protectedHeader.kid,
    type: payload.type,
    achievementType: payload.credentialSubject.achievement.achievementType,
    validFrom: payload.validFrom,
    validUntil: payload.validUntil,
    results: payload.credentialSubject.result.length,
  }));
} catch (error) {
  console.log(JSON.stringify({ verified: false, code: error.code, header: (() => {
    try { return decodeProtectedHeader(token); } catch { return null; } })() }));
  process.exit(1);
}
