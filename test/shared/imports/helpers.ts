/**
 * Test helpers for the order-file imports: fixture loading (with the orders
 * a fixture must import as), feeding text in
 * small random chunks (so chunk boundaries land inside quotes and CRLFs),
 * collecting every batch an import yields, and expecting a clean import.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { prng } from '../../../bench/lib/generate.js';
import { type ImportBatch, type ImportError, type ImportedOrder, type ImportOptions, importOrders } from '../../../shared/imports/index.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/imports');

/** A fixture file's text, exactly as stored (BOM and CRLF kept). */
export function fixture(name: string): string {
  return readFileSync(path.join(fixtures, name), 'utf8');
}

/**
 * The orders a fixture file must import as, exactly, kept as data beside it
 * (`<file without extension>.orders.json`).
 */
export function fixtureOrders(name: string): ImportedOrder[] {
  return JSON.parse(fixture(name.replace(/\.[^./]+$/, '.orders.json')));
}

/** A fixture file's bytes. */
export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(fixtures, name)));
}

/** A small deterministic PRNG (mulberry32), so a failing chunking is reproducible. */
export const random = prng;

/** Cuts text into chunks of 1–`max` characters, at seeded random places. */
export function randomChunks(text: string, seed: number, max = 7): string[] {
  const next = random(seed);
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    const size = 1 + Math.floor(next() * max);
    out.push(text.slice(i, i + size));
    i += size;
  }
  return out;
}

/** Yields the chunks asynchronously, as a stream would. */
export async function* streamOf<T>(chunks: Iterable<T>): AsyncGenerator<T> {
  for (const chunk of chunks) yield chunk;
}

/** Everything an import yielded: all orders, all errors, and the batches. */
export async function collect(batches: AsyncIterable<ImportBatch>): Promise<{ orders: ImportedOrder[]; errors: ImportError[]; batches: ImportBatch[] }> {
  const all: ImportBatch[] = [];
  for await (const batch of batches) all.push(batch);
  return { orders: all.flatMap((b) => b.orders), errors: all.flatMap((b) => b.errors), batches: all };
}

/** Expects importing `chunks` to give exactly `orders` and not one error. */
export async function expectImported(chunks: AsyncIterable<string> | Iterable<string>, options: ImportOptions, orders: readonly ImportedOrder[], message?: string): Promise<void> {
  const result = await collect(importOrders(chunks, options));
  expect({ orders: result.orders, errors: result.errors }, message).toEqual({ orders, errors: [] });
}
