/**
 * Signing and verifying outgoing webhook deliveries, with Web Crypto (the
 * same code runs in the worker, in Node 18+ and in browsers).
 *
 * Header: `X-Orderlens-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>`,
 * the HMAC keyed with the endpoint's secret over `<t>.<raw body>`. A
 * receiver recomputes it over the raw bytes it got (before any JSON
 * parsing), compares in constant time, and refuses timestamps too far from
 * its clock (replays). Several `v1=` entries may appear while a secret is
 * being rotated; any one matching is enough.
 */

const encoder = new TextEncoder();

async function hmacKey(secret: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [usage]);
}

const toHex = (buf: ArrayBuffer) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');

function fromHex(hex: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^(?:[0-9a-f]{2})+$/i.test(hex)) return undefined;
  const out = new Uint8Array(new ArrayBuffer(hex.length / 2));
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** The signature header value for `body` sent at `timestamp` (unix seconds). */
export async function signWebhook(secret: string, body: string, timestamp: number): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', await hmacKey(secret, 'sign'), encoder.encode(`${timestamp}.${body}`));
  return `t=${timestamp},v1=${toHex(mac)}`;
}

/** Why a signature was refused, or `ok`. */
export type SignatureCheck = 'ok' | 'malformed' | 'too_old' | 'mismatch';

/**
 * Checks a delivery: `header` is X-Orderlens-Signature, `body` the raw body
 * text. Refuses timestamps more than `toleranceSeconds` (default 300) from
 * `now` (unix seconds, default the clock).
 */
export async function verifyWebhook(secret: string, header: string | null | undefined, body: string, opts: { toleranceSeconds?: number; now?: number } = {}): Promise<SignatureCheck> {
  const parts = (header ?? '').split(',').map((p) => p.trim().split('=') as [string, string?]);
  const t = Number(parts.find(([k]) => k === 't')?.[1]);
  const candidates = parts.filter(([k, v]) => k === 'v1' && v).map(([, v]) => fromHex(v!));
  if (!Number.isInteger(t) || candidates.length === 0) return 'malformed';
  const now = opts.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - t) > (opts.toleranceSeconds ?? 300)) return 'too_old';
  const key = await hmacKey(secret, 'verify');
  const data = encoder.encode(`${t}.${body}`);
  for (const mac of candidates) {
    // subtle.verify compares in constant time.
    if (mac && (await crypto.subtle.verify('HMAC', key, mac, data))) return 'ok';
  }
  return 'mismatch';
}
