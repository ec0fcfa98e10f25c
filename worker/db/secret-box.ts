/**
 * Secrets at rest (webhook signing secrets, channels' webhook secrets):
 * AES-256-GCM with keys from the `SECRET_KEYS` Worker secret, a key ring of
 * comma-separated `id:base64key` entries. The first key seals, every key
 * opens, so a key is rotated by putting a new one first, re-sealing the rows
 * (POST /v1/admin/secrets/rotate), then dropping the old one.
 *
 * A sealed value is `v1.<keyId>.<iv b64>.<ciphertext b64>`. Each is bound to
 * the row it belongs to (`context`, the GCM additional data), so a value
 * copied onto another row or another seller's row does not open. A value
 * without the `v1.` shape is a row written before encryption: it is read as
 * clear text until the rotation seals it.
 */
import { ApiError } from '../errors.js';

/** Seals and opens secrets with the worker's key ring. */
export interface SecretBox {
  /** The id of the key that seals. */
  currentKeyId(): Promise<string>;
  /** Encrypts `plain` for the row named by `context` (e.g. `webhook_endpoints/whk_…`). */
  seal(plain: string, context: string): Promise<string>;
  /** Decrypts a sealed value of that row; a legacy clear-text value is returned as is. */
  open(stored: string, context: string): Promise<string>;
}

interface KeyRing {
  current: string;
  keys: Map<string, CryptoKey>;
}

const PREFIX = 'v1';
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

/** The 500 for a missing or unusable `SECRET_KEYS`: an operator's mistake, named so it can be fixed. */
function keysProblem(message: string): ApiError {
  return new ApiError(500, 'secret_keys_missing', `SECRET_KEYS ${message} Set the Worker secret SECRET_KEYS to "<keyId>:<base64 of 32 random bytes>" (see README, "Secrets at rest").`);
}

const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (ch) => ch.charCodeAt(0));
const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));

async function importRing(setting: string | undefined): Promise<KeyRing> {
  const entries = (setting ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) throw keysProblem('is not set, so secrets cannot be stored or read.');
  const keys = new Map<string, CryptoKey>();
  for (const entry of entries) {
    const at = entry.indexOf(':');
    const id = entry.slice(0, at);
    if (at < 1 || !KEY_ID.test(id)) throw keysProblem('has an entry that is not "<keyId>:<base64 key>" (key ids: letters, digits, _ and -).');
    let raw: Uint8Array<ArrayBuffer>;
    try {
      raw = fromBase64(entry.slice(at + 1));
    } catch {
      throw keysProblem(`has a key "${id}" that is not base64.`);
    }
    if (raw.length !== 32) throw keysProblem(`has a key "${id}" of ${raw.length} bytes; AES-256 takes 32.`);
    if (keys.has(id)) throw keysProblem(`names the key "${id}" twice.`);
    keys.set(id, await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']));
  }
  return { current: entries[0]!.slice(0, entries[0]!.indexOf(':')), keys };
}

// Imported keys are kept per setting value, so a request does not import them again.
const rings = new Map<string, Promise<KeyRing>>();

function ringOf(setting: string | undefined): Promise<KeyRing> {
  const key = setting ?? '';
  let ring = rings.get(key);
  if (!ring) {
    ring = importRing(setting);
    // A bad setting is not cached: the next request reads the secret again.
    ring.catch(() => rings.delete(key));
    rings.set(key, ring);
  }
  return ring;
}

/** True when `stored` is a sealed value (not legacy clear text). */
export function isSealed(stored: string): boolean {
  return stored.startsWith(`${PREFIX}.`) && stored.split('.').length === 4;
}

/** The key id a sealed value was sealed with; undefined for legacy clear text. */
export function sealedWith(stored: string): string | undefined {
  return isSealed(stored) ? stored.split('.')[1] : undefined;
}

/**
 * The secret box of a worker environment. Keys are read on first use, so a
 * route that stores or reads no secret works without `SECRET_KEYS`; one that
 * does fails with a 500 naming the setting, and never stores clear text.
 */
export function secretBox(env: { SECRET_KEYS?: string | undefined }): SecretBox {
  const ring = () => ringOf(env.SECRET_KEYS);
  const aad = (context: string) => new TextEncoder().encode(context);
  return {
    async currentKeyId() {
      return (await ring()).current;
    },
    async seal(plain, context) {
      const { current, keys } = await ring();
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(context) }, keys.get(current)!, new TextEncoder().encode(plain));
      return `${PREFIX}.${current}.${toBase64(iv)}.${toBase64(new Uint8Array(ct))}`;
    },
    async open(stored, context) {
      const { keys } = await ring();
      if (!isSealed(stored)) return stored;
      const [, id, iv, ct] = stored.split('.') as [string, string, string, string];
      const key = keys.get(id);
      if (!key) throw keysProblem(`has no key "${id}", which sealed a stored secret; put it back until the rotation has re-sealed every row.`);
      try {
        const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(iv), additionalData: aad(context) }, key, fromBase64(ct));
        return new TextDecoder().decode(plain);
      } catch {
        throw new ApiError(500, 'secret_unreadable', `A stored secret (${context}) does not open with key "${id}".`);
      }
    },
  };
}
