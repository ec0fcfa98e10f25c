/**
 * Checking that an incoming webhook was signed with the channel's shared
 * secret. Shopify sends `X-Shopify-Hmac-Sha256`: base64 of HMAC-SHA256 over
 * the raw body bytes. Web Crypto's `verify` compares in constant time, so a
 * caller learns nothing from how long a wrong signature takes to refuse.
 */

function fromBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  const clean = text.trim();
  if (clean === '' || !/^[A-Za-z0-9+/]+={0,2}$/.test(clean)) return undefined;
  try {
    return Uint8Array.from(atob(clean), (ch) => ch.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/**
 * True when `signature` (base64) is the HMAC-SHA256 of `body` under
 * `secret`. A missing, empty or malformed signature is false.
 */
export async function verifyHmacSha256(secret: string, body: ArrayBuffer | Uint8Array<ArrayBuffer>, signature: string | null | undefined): Promise<boolean> {
  const mac = signature ? fromBase64(signature) : undefined;
  if (!mac || secret === '') return false;
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  return crypto.subtle.verify('HMAC', key, mac, body);
}
