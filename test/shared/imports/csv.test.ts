import { describe, expect, test } from 'vitest';
import { type CsvRecord, CsvSyntaxError, DelimitedTextReader, guessDelimiter, readDelimited } from '../../../shared/imports/csv.js';
import { randomChunks } from './helpers.js';

function readAll(chunks: string[], delimiter?: ',' | '\t' | ';' | 'auto'): CsvRecord[] {
  const reader = new DelimitedTextReader({ delimiter });
  return [...chunks.flatMap((c) => reader.push(c)), ...reader.end()];
}

const tricky = '\ufeffName,Note,Total\r\n#1,"Leave at door,\r\nring twice",12.00\r\n\r\n#2,"He said ""hi""",3\r\n#3,,\r\n';

describe('reading delimited text', () => {
  test('quoted fields keep delimiters, doubled quotes and line breaks, and records keep their physical line', () => {
    expect(readAll([tricky])).toEqual([
      { line: 1, fields: ['Name', 'Note', 'Total'] },
      { line: 2, fields: ['#1', 'Leave at door,\r\nring twice', '12.00'] },
      { line: 5, fields: ['#2', 'He said "hi"', '3'] },
      { line: 6, fields: ['#3', '', ''] },
    ]);
  });

  test('any chunking gives the same records, with boundaries inside quotes and CRLFs', () => {
    const whole = readAll([tricky]);
    for (let seed = 1; seed <= 200; seed++) expect(readAll(randomChunks(tricky, seed, 5))).toEqual(whole);
    expect(readAll([...tricky])).toEqual(whole);
  });

  test('LF, CR and CRLF all end lines; blank lines are skipped but counted', () => {
    expect(readAll(['a,b\nc,d\re,f\r\n\n\ng,h'])).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c', 'd'] },
      { line: 3, fields: ['e', 'f'] },
      { line: 6, fields: ['g', 'h'] },
    ]);
  });

  test('a lone CR at the end of a chunk followed by LF in the next is one line break', () => {
    expect(readAll(['a,b\r', '\nc,d\r', 'e,f'])).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c', 'd'] },
      { line: 3, fields: ['e', 'f'] },
    ]);
  });

  test('the delimiter is picked from the first line with text: tab, comma or semicolon', () => {
    expect(readAll(['order-id\tsku\n1\ta,b\n'])).toEqual([
      { line: 1, fields: ['order-id', 'sku'] },
      { line: 2, fields: ['1', 'a,b'] },
    ]);
    expect(readAll([';;\nName;Total\n#1;"1,50"\n'])).toEqual([
      { line: 1, fields: ['', '', ''] },
      { line: 2, fields: ['Name', 'Total'] },
      { line: 3, fields: ['#1', '1,50'] },
    ]);
    expect(guessDelimiter('"a;b",c,d')).toBe(',');
  });

  test('a fixed delimiter is used as given', () => {
    expect(readAll(['a;b,c\n'], ',')).toEqual([{ line: 1, fields: ['a;b', 'c'] }]);
  });

  test('a quote inside an unquoted field is kept as text', () => {
    expect(readAll(['Mug 12" tall\tx\n'], '\t')).toEqual([{ line: 1, fields: ['Mug 12" tall', 'x'] }]);
  });

  test('a quoted field never closed is a syntax error naming the line where its record starts', () => {
    expect(() => readAll(['a,b\n1,"open\n2,3\n'])).toThrow(new CsvSyntaxError(2, 'a quoted field is never closed'));
  });

  test('a field longer than the limit stops the read instead of holding the file', () => {
    const reader = new DelimitedTextReader({ delimiter: ',', maxFieldLength: 10 });
    expect(() => reader.push(`a,"${'x'.repeat(20)}`)).toThrow(new CsvSyntaxError(1, 'a field is longer than 10 characters (is a quote left open?)'));
  });

  test('readDelimited streams records from async chunks', async () => {
    async function* chunks() {
      yield 'a,b\n1,';
      yield '2\n';
    }
    const out: CsvRecord[] = [];
    for await (const r of readDelimited(chunks())) out.push(r);
    expect(out).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
  });
});
