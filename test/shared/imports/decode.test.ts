import { describe, expect, test } from 'vitest';
import { charsetFromContentType, decodeText, pickEncoding, sniffEncoding } from '../../../shared/imports/decode.js';
import { streamOf } from './helpers.js';

const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
const utf8 = (text: string) => new TextEncoder().encode(text);

async function decodeAll(chunks: Uint8Array[], contentType?: string): Promise<string> {
  let out = '';
  for await (const text of decodeText(streamOf(chunks), contentType)) out += text;
  return out;
}

describe('choosing a character set', () => {
  test('the Content-Type charset wins when the runtime knows it', () => {
    expect(charsetFromContentType('text/csv; charset=Shift_JIS')).toBe('shift_jis');
    expect(charsetFromContentType('text/plain;charset="ISO-8859-1"')).toBe('iso-8859-1');
    expect(charsetFromContentType('text/csv; charset=klingon')).toBeUndefined();
    expect(charsetFromContentType(null)).toBeUndefined();
    expect(pickEncoding('text/csv; charset=windows-1252', utf8('é'))).toBe('windows-1252');
  });

  test('a BOM or valid UTF-8 is UTF-8; anything else is Windows-1252', () => {
    expect(sniffEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toBe('utf-8');
    expect(sniffEncoding(utf8('Café Müller'))).toBe('utf-8');
    expect(sniffEncoding(latin1('Caf\u00e9 M\u00fcller'))).toBe('windows-1252');
    expect(sniffEncoding(utf8('Café').subarray(0, 4))).toBe('utf-8');
    expect(pickEncoding(undefined, latin1('M\u00fcller'))).toBe('windows-1252');
  });
});

describe('decoding an upload stream', () => {
  test('a Windows-1252 file reads right even when its first accent comes after an ASCII-only chunk', async () => {
    const bytes = latin1('name\tcity\nM\u00fcller\tCaf\u00e9 \u0080\n');
    expect(await decodeAll([bytes.subarray(0, 6), bytes.subarray(6, 12), bytes.subarray(12)])).toBe('name\tcity\nMüller\tCafé €\n');
  });

  test('UTF-8 split inside a character, with a BOM, decodes whole and without the BOM', async () => {
    const bytes = utf8('\ufeffCafé Müller, 東京\n');
    const chunks = [...bytes].map((b) => Uint8Array.of(b));
    expect(await decodeAll(chunks)).toBe('Café Müller, 東京\n');
  });

  test('a declared charset is used from the first byte', async () => {
    expect(await decodeAll([latin1('\u00e9t\u00e9')], 'text/csv; charset=iso-8859-1')).toBe('été');
  });

  test('a ReadableStream body is accepted', async () => {
    const body = new Blob([latin1('Caf\u00e9')]).stream();
    expect(await decodeAll2(body)).toBe('Café');
  });
});

async function decodeAll2(body: ReadableStream<Uint8Array>): Promise<string> {
  let out = '';
  for await (const text of decodeText(body)) out += text;
  return out;
}
