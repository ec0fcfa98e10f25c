/**
 * A streaming reader for delimited text (CSV, TSV, semicolon files): feed it
 * decoded text chunks of any size and it hands back complete records, each
 * with the 1-based physical line it starts on.
 *
 * Hand-written rather than papaparse: uploads arrive as `request.body`
 * chunks in a Worker, and error reports must name the physical line of a
 * record even when earlier quoted fields span several lines. Papaparse's
 * string-chunk API reports neither, and its streaming mode leans on Node
 * streams or `File`. The grammar is small (RFC 4180 plus CR/LF/CRLF and a
 * few delimiters), so an exact state machine is less code than adapting one.
 *
 * Leniency, on purpose: a quote inside an unquoted field is literal, text
 * after a closing quote is kept, and blank lines are skipped. Memory is
 * bounded by the longest record; a field longer than `maxFieldLength` (an
 * unclosed quote swallowing the file) is a syntax error.
 */

/** The delimiters Orderlens reads. */
export type Delimiter = ',' | '\t' | ';';

/** One record: its fields, unquoted, and the physical line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** How to read the text. */
export interface CsvReaderOptions {
  /** A fixed delimiter, or `'auto'` to pick one from the first line with text (default). */
  delimiter?: Delimiter | 'auto';
  /** Longest field accepted, in characters (default 1,000,000). */
  maxFieldLength?: number;
}

/** The text cannot be read as delimited records (e.g. a quote never closed). */
export class CsvSyntaxError extends Error {
  constructor(
    /** Physical line where the broken record starts. */
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Where the scanner is within a field. */
const State = { FieldStart: 0, Unquoted: 1, Quoted: 2, QuoteInQuoted: 3 } as const;
type State = (typeof State)[keyof typeof State];

/** How long a first line may grow while the delimiter is still being guessed. */
const DETECT_LIMIT = 65_536;

/**
 * Guesses the delimiter of a header line: the one a `sep=` line names, else
 * whichever of tab, comma and semicolon occurs most outside quotes (tab
 * wins ties, then comma).
 */
export function guessDelimiter(line: string): Delimiter {
  // Excel writes (and honours) a first line "sep=;" naming the delimiter.
  const declared = /^"?sep=([,;\t])"?\s*$/i.exec(line)?.[1];
  if (declared) return declared as Delimiter;
  const counts = { '\t': 0, ',': 0, ';': 0 };
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\t' || ch === ',' || ch === ';')) counts[ch]++;
  }
  if (counts['\t'] > 0 && counts['\t'] >= counts[','] && counts['\t'] >= counts[';']) return '\t';
  return counts[';'] > counts[','] ? ';' : ',';
}

/** The first complete line with text other than delimiters, or undefined while none is complete. */
function firstTextLine(text: string, final: boolean): string | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  const complete = final ? lines : lines.slice(0, -1);
  return complete.find((l) => /[^\s,;\t"]/.test(l));
}

/**
 * A push parser: call {@link DelimitedTextReader.push} with each text chunk
 * and {@link DelimitedTextReader.end} once at the end; each returns the
 * records completed so far.
 */
export class DelimitedTextReader {
  private delimiter: number | undefined;
  private detectBuffer = '';
  private started = false;
  private state: State = State.FieldStart;
  private field = '';
  private fields: string[] = [];
  private anyQuoted = false;
  private line = 1;
  private recordLine = 1;
  private pendingCR = false;
  private quotedPrevCR = false;
  private out: CsvRecord[] = [];
  private readonly maxField: number;

  constructor(options: CsvReaderOptions = {}) {
    const d = options.delimiter ?? 'auto';
    this.delimiter = d === 'auto' ? undefined : d.charCodeAt(0);
    this.maxField = options.maxFieldLength ?? 1_000_000;
  }

  /** The delimiter in use, once known. */
  get detectedDelimiter(): Delimiter | undefined {
    return this.delimiter === undefined ? undefined : (String.fromCharCode(this.delimiter) as Delimiter);
  }

  /** Reads one chunk; returns the records it completed. */
  push(chunk: string): CsvRecord[] {
    if (!this.started) {
      if (chunk === '') return [];
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    if (this.delimiter === undefined) {
      this.detectBuffer += chunk;
      const full = this.detectBuffer.length > DETECT_LIMIT;
      // Only a new line break can complete a line: skip the search otherwise (tiny chunks stay linear).
      if (!full && !/[\r\n]/.test(chunk)) return [];
      const line = firstTextLine(this.detectBuffer, full);
      if (line === undefined) return [];
      this.delimiter = guessDelimiter(line).charCodeAt(0);
      chunk = this.detectBuffer;
      this.detectBuffer = '';
    }
    this.scan(chunk);
    return this.take();
  }

  /** Finishes the text; returns the last records. Throws {@link CsvSyntaxError} on an unclosed quote. */
  end(): CsvRecord[] {
    if (this.delimiter === undefined) {
      this.delimiter = guessDelimiter(firstTextLine(this.detectBuffer, true) ?? '').charCodeAt(0);
      this.scan(this.detectBuffer);
      this.detectBuffer = '';
    }
    if (this.state === State.Quoted) throw new CsvSyntaxError(this.recordLine, 'a quoted field is never closed');
    if (this.state !== State.FieldStart || this.fields.length > 0) this.endRecord();
    return this.take();
  }

  private take(): CsvRecord[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  private append(text: string): void {
    this.field += text;
    if (this.field.length > this.maxField) {
      throw new CsvSyntaxError(this.recordLine, `a field is longer than ${this.maxField} characters (is a quote left open?)`);
    }
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
    this.state = State.FieldStart;
  }

  private endRecord(): void {
    this.endField();
    const blank = !this.anyQuoted && this.fields.length === 1 && (this.fields[0] ?? '').trim() === '';
    if (!blank) this.out.push({ line: this.recordLine, fields: this.fields });
    this.fields = [];
    this.anyQuoted = false;
  }

  /** Counts line breaks inside quoted text so later records keep their physical line numbers. */
  private countBreaks(text: string): void {
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === CR || (c === LF && !this.quotedPrevCR)) this.line++;
      this.quotedPrevCR = c === CR;
    }
  }

  private scan(s: string): void {
    const delim = this.delimiter as number;
    const n = s.length;
    let i = 0;
    if (this.pendingCR && n > 0) {
      this.pendingCR = false;
      if (s.charCodeAt(0) === LF) i = 1;
      this.recordLine = this.line;
    }
    while (i < n) {
      if (this.state === State.Quoted) {
        const q = s.indexOf('"', i);
        const text = q === -1 ? s.slice(i) : s.slice(i, q);
        this.countBreaks(text);
        this.append(text);
        if (q === -1) return;
        this.state = State.QuoteInQuoted;
        i = q + 1;
        continue;
      }
      if (this.state === State.QuoteInQuoted) {
        if (s.charCodeAt(i) === QUOTE) {
          this.append('"');
          this.state = State.Quoted;
          i++;
          continue;
        }
        this.state = State.Unquoted;
      }
      if (this.state === State.FieldStart && s.charCodeAt(i) === QUOTE) {
        this.state = State.Quoted;
        this.anyQuoted = true;
        this.quotedPrevCR = false;
        i++;
        continue;
      }
      let j = i;
      let c = 0;
      while (j < n) {
        c = s.charCodeAt(j);
        if (c === delim || c === CR || c === LF) break;
        j++;
      }
      if (j > i) this.append(s.slice(i, j));
      if (j === n) {
        this.state = State.Unquoted;
        return;
      }
      if (c === delim) {
        this.endField();
        i = j + 1;
        continue;
      }
      this.endRecord();
      this.line++;
      i = j + 1;
      if (c === CR) {
        if (i === n) {
          this.pendingCR = true;
          return;
        }
        if (s.charCodeAt(i) === LF) i++;
      }
      this.recordLine = this.line;
    }
  }
}

/**
 * Reads records from a stream of text chunks, one at a time, holding no more
 * than the current chunk and record.
 */
export async function* readDelimited(chunks: AsyncIterable<string> | Iterable<string>, options: CsvReaderOptions = {}): AsyncGenerator<CsvRecord> {
  const reader = new DelimitedTextReader(options);
  for await (const chunk of chunks) yield* reader.push(chunk);
  yield* reader.end();
}
