/**
 * Character sets of uploaded export files. Marketplaces serve their reports
 * in whatever the seller's locale uses (UTF-8, Windows-1252, ISO-8859-1,
 * Shift-JIS), so the encoding comes from the upload's declared charset when
 * there is one and is otherwise sniffed: a UTF-8 BOM or bytes that are valid
 * UTF-8 mean UTF-8, anything else Windows-1252.
 *
 * Only WHATWG `TextDecoder` is used, so this runs in Workers and browsers.
 */

/** Bytes inspected after the first non-ASCII byte to decide the encoding. */
const SNIFF_BYTES = 4096;

/**
 * The TextDecoder label named by a Content-Type's charset parameter, when
 * the runtime knows it ("text/csv; charset=Shift_JIS" → "shift_jis").
 */
export function charsetFromContentType(contentType: string | null | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  const label = m?.[1]?.toLowerCase();
  if (!label) return undefined;
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return undefined;
  }
}

/**
 * Sniffs the encoding of some leading bytes: "utf-8" for a UTF-8 BOM or
 * bytes that decode as UTF-8, otherwise "windows-1252". A sequence cut off
 * at the end counts as valid unless `wholeFile` says nothing follows.
 */
export function sniffEncoding(bytes: Uint8Array, wholeFile = false): 'utf-8' | 'windows-1252' {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !wholeFile });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/**
 * The TextDecoder label to read a file with: UTF-16 when a byte-order mark
 * says so, else the Content-Type charset when given and known, else sniffed
 * from `sample` (the file's first bytes).
 */
export function pickEncoding(contentType: string | null | undefined, sample: Uint8Array): string {
  return utf16ByBom(sample) ?? charsetFromContentType(contentType) ?? sniffEncoding(sample);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

const asciiDecoder = new TextDecoder('utf-8');

/**
 * The UTF-16 encoding a byte-order mark names (Excel's "Unicode text" saves
 * UTF-16 LE with one), or undefined.
 */
export function utf16ByBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The stream's chunks, the first one holding at least two bytes (enough for a UTF-16 BOM) unless the stream is shorter. */
async function* withBomPrefix(body: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let head: Uint8Array = new Uint8Array(0);
  let started = false;
  for await (const chunk of body) {
    if (started) {
      yield chunk;
      continue;
    }
    head = head.length ? concat(head, chunk) : chunk;
    if (head.length >= 2) {
      started = true;
      yield head;
    }
  }
  if (!started && head.length) yield head;
}

/**
 * Decodes a byte stream (e.g. `request.body`) into text chunks. A UTF-16
 * byte-order mark wins over any declared charset (as in WHATWG decoding);
 * with a declared charset it decodes straight away; otherwise ASCII bytes
 * pass through until the first non-ASCII byte, and the encoding is sniffed
 * from there, so a file whose first accented letter comes late is still
 * read right. Holds at most one chunk plus a few KiB.
 */
export async function* decodeText(body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>, contentType?: string | null): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  const declared = charsetFromContentType(contentType);
  if (declared) decoder = new TextDecoder(declared);
  let held: Uint8Array = new Uint8Array(0);
  let first = true;
  for await (const chunk of withBomPrefix(body as AsyncIterable<Uint8Array>)) {
    if (first) {
      first = false;
      const utf16 = utf16ByBom(chunk);
      if (utf16) decoder = new TextDecoder(utf16);
    }
    if (decoder) {
      const text = decoder.decode(chunk, { stream: true });
      if (text) yield text;
      continue;
    }
    const bytes = held.length ? concat(held, chunk) : chunk;
    held = new Uint8Array(0);
    const at = bytes.findIndex((b) => b >= 0x80);
    if (at < 0) {
      yield asciiDecoder.decode(bytes);
      continue;
    }
    if (bytes.length - at < 4) {
      // Too little to tell a cut-off UTF-8 sequence from Windows-1252: wait for more.
      if (at > 0) yield asciiDecoder.decode(bytes.subarray(0, at));
      held = bytes.slice(at);
      continue;
    }
    decoder = new TextDecoder(sniffEncoding(bytes.subarray(at, at + SNIFF_BYTES)));
    const text = decoder.decode(bytes, { stream: true });
    if (text) yield text;
  }
  if (!decoder && held.length) decoder = new TextDecoder(sniffEncoding(held, true));
  const tail = decoder ? decoder.decode(held.length ? held : undefined) : '';
  if (tail) yield tail;
}
