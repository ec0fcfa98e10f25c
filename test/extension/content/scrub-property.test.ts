// @vitest-environment happy-dom
/**
 * Personal data planted anywhere on a page (text, text split over nested
 * elements, labelled values, titles, ARIA labels, data attributes, form
 * values, mailto/tel links, link paths and parameters) never survives the
 * scrub: neither the datum, nor any of its words of three letters or more,
 * nor a phone number's run of digits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as amazon from '../../../extension/content/portals/amazon.js';
import * as ebay from '../../../extension/content/portals/ebay.js';
import * as etsy from '../../../extension/content/portals/etsy.js';
import { packFor, packLabels } from '../../../extension/content/portals/packs.js';
import * as shopify from '../../../extension/content/portals/shopify.js';
import * as walmart from '../../../extension/content/portals/walmart.js';
import { type ScrubbingAdapter, scrubPage } from '../../../extension/content/scrub-page.js';
import { scrubRules } from '../../../extension/content/scrub-rules.js';
import { pageOf } from './portals/fixtures.js';

/** Each portal with a page of its and the label its pack reads an order's total by (Shopify prints a bare "Total"). */
const PORTALS: ReadonlyArray<{ adapter: ScrubbingAdapter; url: string; total: string }> = [
  { adapter: amazon, url: 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped', total: 'Order total' },
  { adapter: ebay, url: 'https://www.ebay.com/sh/ord/', total: 'Order total' },
  { adapter: etsy, url: 'https://www.etsy.com/your/orders/sold', total: 'Order total' },
  { adapter: shopify, url: 'https://admin.shopify.com/store/acme-goods/orders', total: 'Total' },
  { adapter: walmart, url: 'https://seller.walmart.com/orders/manage-orders', total: 'Order Total' },
];

/** What the page around the planted data shows, harmless by design: it must stay as it is. */
const FRAME = (planted: string, total: string) => `<!DOCTYPE html><html><head><title>Orders</title></head><body>
<main><h1>Orders</h1><div class="order"><span>${total}: $24.99</span> <span class="when">Sep 18, 2026</span></div>
<section class="planted">${planted}</section></main></body></html>`;

/** A datum and the words and digits that must not survive with it. */
interface Datum {
  text: string;
  words: string[];
  digits?: string;
}

/** Words no portal vocabulary holds: capitalised, no x (placeholders are made of x). */
const word = fc.stringMatching(/^[A-Z][a-wyz]{2,9}$/);
const lower = (w: string) => w.toLowerCase();

const name: fc.Arbitrary<Datum> = fc.array(word, { minLength: 2, maxLength: 3 }).map((ws) => ({ text: ws.join(' '), words: ws }));
const email: fc.Arbitrary<Datum> = fc.tuple(word, word, word, fc.constantFrom('com', 'net', 'org', 'co.uk')).map(([a, b, host, tld]) => ({
  text: `${lower(a)}.${lower(b)}@${lower(host)}.${tld}`,
  words: [a, b, host],
}));
const phone: fc.Arbitrary<Datum> = fc
  .tuple(fc.stringMatching(/^[2-9]\d\d$/), fc.stringMatching(/^[2-9]\d\d$/), fc.stringMatching(/^\d{4}$/), fc.integer({ min: 0, max: 3 }))
  .map(([area, exchange, line, style]) => ({
    text: [`(${area}) ${exchange}-${line}`, `${area}-${exchange}-${line}`, `+1 ${area} ${exchange} ${line}`, `${area}.${exchange}.${line}`][style]!,
    words: [],
    digits: `${area}${exchange}${line}`,
  }));
const street: fc.Arbitrary<Datum> = fc
  .tuple(fc.integer({ min: 1, max: 9999 }), word, fc.constantFrom('Street', 'Avenue', 'Road', 'Lane', 'Boulevard'), fc.option(fc.integer({ min: 1, max: 99 })))
  .map(([n, w, kind, apt]) => ({ text: `${n} ${w} ${kind}${apt ? `, Apt ${apt}` : ''}`, words: [w] }));
const town: fc.Arbitrary<Datum> = fc
  .tuple(word, fc.constantFrom('IL', 'CA', 'NY', 'TX'), fc.stringMatching(/^[1-9]\d{4}$/))
  .map(([city, region, zip]) => ({ text: `${city}, ${region} ${zip}`, words: [city] }));
const message: fc.Arbitrary<Datum> = fc
  .tuple(fc.array(word, { minLength: 3, maxLength: 8 }), fc.constantFrom('!', '.', ' :)', '?'))
  .map(([ws, end]) => ({ text: `${ws.map((w, i) => (i === 0 ? w : lower(w))).join(' ')}${end}`, words: ws }));
/** A buyer named like a month, with a phone number in groups of digits: close to a date, and no date. */
const monthNamedContact: fc.Arbitrary<Datum> = fc
  .tuple(fc.constantFrom('May', 'June', 'April', 'August', 'Mai', 'Juni'), fc.array(fc.stringMatching(/^[1-9]\d$/), { minLength: 4, maxLength: 5 }))
  .map(([first, groups]) => ({ text: `${first} ${groups.join(' ')}`, words: [], digits: groups.join('') }));
const datum = fc.oneof(name, email, phone, street, town, message, monthNamedContact);

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The datum split into pieces at `cuts`, each piece wrapped one level deeper in inline elements. */
function splitOver(text: string, cuts: number[], tags: string[]): string {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const cut of [...at, text.length]) {
    pieces.push(text.slice(from, cut));
    from = cut;
  }
  let html = '';
  pieces.reverse().forEach((piece, i) => {
    const tag = tags[i % tags.length]!;
    html = `<${tag}>${escapeHtml(piece)}${html}</${tag}>`;
  });
  return html;
}

/** Where on a page a datum can be planted. */
const PLACES: Array<fc.Arbitrary<(d: Datum) => string>> = [
  fc.constant((d: Datum) => `<p>${escapeHtml(d.text)}</p>`),
  fc.constant((d: Datum) => `<td>${escapeHtml(d.text)}</td>`),
  fc.constantFrom('Buyer name', 'Customer', 'SKU', 'Quantity', 'Order total', 'Ship to').map((label) => (d: Datum) => `<div>${label}: ${escapeHtml(d.text)}</div>`),
  fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.shuffledSubarray(['span', 'b', 'i', 'a', 'em', 'strong', 'kat-label'], { minLength: 1 })).map(
    ([cuts, tags]) =>
      (d: Datum) =>
        `<div>${splitOver(d.text, cuts, tags)}</div>`,
  ),
  fc.constantFrom('title', 'aria-label', 'aria-description', 'data-note', 'data-buyer', 'alt', 'placeholder').map((attr) => (d: Datum) => `<span ${attr}="${escapeHtml(d.text)}">Paid</span>`),
  fc.constant((d: Datum) => `<input type="text" name="buyer" value="${escapeHtml(d.text)}">`),
  fc.constant((d: Datum) => `<textarea name="note">${escapeHtml(d.text)}</textarea>`),
  fc.constant((d: Datum) => `<a href="mailto:${escapeHtml(d.text)}">Contact</a>`),
  fc.constant((d: Datum) => `<a href="tel:${escapeHtml(d.text)}">Call</a>`),
  fc.constant((d: Datum) => `<a href="/messaging/contact?orderID=113-4567890-1234567&amp;buyer=${encodeURIComponent(d.text)}">Message</a>`),
  fc.constant((d: Datum) => `<a href="https://www.etsy.com/people/${encodeURIComponent(d.words[0] ?? d.text)}?ref=${encodeURIComponent(d.text)}">Buyer</a>`),
  fc.constant((d: Datum) => `<a href="/search/${encodeURIComponent(d.text)}#${encodeURIComponent(d.text)}">Search</a>`),
  fc.constant((d: Datum) => `<template><p>${escapeHtml(d.text)}</p></template>`),
  fc.constant((d: Datum) => `<svg viewBox="0 0 10 10"><title>${escapeHtml(d.text)}</title><text x="1" y="5">${escapeHtml(d.text)}</text></svg>`),
  fc.constant((d: Datum) => `<select name="ship"><option value="${escapeHtml(d.text)}">${escapeHtml(d.text)}</option></select>`),
  fc.constant((d: Datum) => `<!-- ${d.text.replace(/-/g, ' ')} --><p hidden>x</p>`),
  fc.constant((d: Datum) => `<script>var buyer = ${JSON.stringify(d.text)};</script><noscript>${escapeHtml(d.text)}</noscript>`),
];
const placement = fc.oneof(...PLACES);

/** A word survives when it stands in the copy as a word of its own, in any case. */
const survives = (w: string, html: string) => new RegExp(`(?<![A-Za-z])${w}(?![A-Za-z])`, 'i').test(html);
/** The copy's digits with separators inside numbers taken out ("(415) 555-0134" → "4155550134"). */
const digitRuns = (html: string) => html.replace(/(\d)[\s().+\-\u00a0]+(?=\d)/g, '$1');

describe('planting personal data on a page', () => {
  it('none of it survives the scrub, wherever it is planted', () => {
    // Words of the portal's own (labels, statuses) and of the page's markup (tag and attribute names,
    // link words) say nothing about anyone: they are not planted.
    const empty: Datum = { text: '', words: [] };
    const markup = new Set(
      PORTALS.flatMap(({ adapter, url, total }) => {
        const everywhere = PLACES.flatMap((place) => fc.sample(place, 12).map((put) => put(empty)));
        return (
          scrubPage(pageOf(FRAME(everywhere.join(''), total)), { portal: adapter, url: new URL(url) })
            .toLowerCase()
            .match(/[a-z]{3,}/g) ?? []
        );
      }),
    );
    const harmless = (adapter: ScrubbingAdapter, w: string) =>
      scrubRules(adapter.id, { labels: packLabels(packFor(adapter.id)), keep: [], deny: [] }).judge(w) !== undefined || markup.has(w.toLowerCase());
    const planting = fc
      .tuple(fc.constantFrom(...PORTALS), fc.array(fc.tuple(datum, placement), { minLength: 1, maxLength: 6 }))
      .filter(([{ adapter }, plants]) => plants.every(([d]) => d.words.every((w) => !harmless(adapter, w))));
    fc.assert(
      fc.property(planting, ([{ adapter, url, total }, plants]) => {
        const html = scrubPage(pageOf(FRAME(plants.map(([d, place]) => place(d)).join('\n'), total)), { portal: adapter, url: new URL(url) });
        expect(html).toContain(`${total}: $24.99`);
        expect(html).toContain('Sep 18, 2026');
        const digits = digitRuns(html);
        for (const [d] of plants) {
          expect(html.toLowerCase()).not.toContain(d.text.toLowerCase());
          expect(html).not.toContain(encodeURIComponent(d.text));
          for (const w of d.words) expect(survives(w, html), `${w} of “${d.text}”`).toBe(false);
          if (d.digits) expect(digits, d.text).not.toContain(d.digits);
        }
      }),
      { numRuns: Number(process.env.SCRUB_RUNS ?? 250) },
    );
  }, 120_000);
});
