// @vitest-environment happy-dom
/**
 * Pages no adapter expects: the scrub gives a copy (never throws), leaves the
 * page as it was, and writes nothing that could run or load.
 */
import { describe, expect, it } from 'vitest';
import * as amazon from '../../../extension/content/portals/amazon.js';
import * as etsy from '../../../extension/content/portals/etsy.js';
import { type ScrubbingAdapter, scrubPage } from '../../../extension/content/scrub-page.js';
import { pageOf } from './portals/fixtures.js';

const orders = new URL('https://sellercentral.amazon.com/orders-v3');
const scrub = (doc: Document, portal: ScrubbingAdapter = amazon, url = orders) => scrubPage(doc, { portal, url, now: new Date('2026-12-07T04:00:00Z') });
/** The copy read back, as a support engineer would open it. */
const reopened = (html: string) => pageOf(html);

describe('scrubbing odd pages', () => {
  it('copies a page nested 20,000 elements deep', { timeout: 60_000 }, () => {
    const doc = pageOf('<main></main>');
    let at: Element = doc.querySelector('main')!;
    for (let i = 0; i < 20_000; i++) at = at.appendChild(doc.createElement(i % 2 ? 'span' : 'div'));
    at.textContent = 'Jane Smith';
    const html = scrub(doc);
    expect(html).toContain('>Xxxx Xxxxx<');
    expect(html.match(/<div>/g)?.length).toBe(10_000);
  });

  it('copies an orders table of 10,000 rows', { timeout: 60_000 }, () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `<tr><td>113-4567890-${String(i).padStart(7, '0')}</td><td>Buyer ${i} Smith</td><td>$24.99</td><td>2</td></tr>`);
    // A page no adapter reads (the adapters have their own tests at size): the scrub's own cost.
    const html = scrub(pageOf(`<table id="orders-table"><tbody>${rows.join('')}</tbody></table>`), amazon, new URL('https://sellercentral.amazon.com/home'));
    expect(html.match(/<tr>/g)?.length).toBe(10_000);
    expect(html).toContain('<tr><td>113-4567890-0009999</td><td>Xxxxx 0000 Xxxxx</td><td>$24.99</td><td>2</td></tr>');
    expect(html).not.toContain('Smith');
  });

  it('copies unclosed tags, stray end tags and broken attributes as the browser parsed them', () => {
    const html = scrub(pageOf('<div><p>Jane Smith<span title="Jane">(415) 555-0134<table><tr><td>Unshipped</td></p></b></div><div a"b=1 =x>Hi</div><img src=x onerror=alert(1)'));
    expect(html).not.toMatch(/Jane|Smith|415|555|0134|onerror|alert/);
    expect(reopened(html).querySelector('td')?.textContent).toBe('Unshipped');
  });

  it('copies SVG with its names in their own case, its text scrubbed and its links judged', () => {
    const html = scrub(
      pageOf('<svg viewBox="0 0 10 10"><linearGradient id="g"></linearGradient><text x="1" y="2">Jane Smith</text><use href="#g"></use><foreignObject><p>Jane</p></foreignObject></svg>'),
    );
    expect(html).toContain('<svg viewBox="0 0 10 10"><linearGradient id="g"></linearGradient><text x="1" y="2">Xxxx Xxxxx</text><use href="#g"></use>');
    expect(html).toContain('<foreignObject><p>Xxxx</p></foreignObject>');
  });

  it('copies a template’s content, scrubbed like the page', () => {
    const html = scrub(pageOf('<template id="row"><tr><td>Jane Smith</td><td>113-4567890-1234567</td></tr></template>'));
    expect(html).toContain('<template id="row">');
    expect(html).toContain('113-4567890-1234567');
    expect(html).not.toContain('Jane');
  });

  it('leaves out scripts, frames, embedded objects, link and meta elements, comments and event handlers', () => {
    const html = scrub(
      pageOf(`<head><meta name="csrf" content="abc123"><link rel="icon" href="https://x.example/a.ico"><base href="https://evil.example/"><script>var buyer='Jane'</script></head>
      <body onload="steal()"><!-- Jane Smith --><noscript>Jane</noscript><iframe srcdoc="&lt;p&gt;Jane&lt;/p&gt;"></iframe><object data="/y"></object><embed src="/z">
      <button onclick="go()" type="button">Shipped</button><img src="https://cdn.example/jane.png" srcset="a.png 1x, b.png 2x" alt="Jane Smith"></body>`),
    );
    expect(html).not.toMatch(/Jane|script|iframe|<object|<embed|<link|<base|csrf|abc123|onload|onclick|steal|go\(\)|cdn\.example|b\.png/);
    expect(html).toContain('<button type="button">Shipped</button>');
    expect(html).toContain('<img src="data:," srcset="data:," alt="Xxxx Xxxxx">');
    expect(html.match(/<!--/g)?.length).toBe(1);
  });

  it('keeps style sheets but not the addresses they would load', () => {
    const html = scrub(
      pageOf(
        '<style>@import "https://x.example/a.css";.a { color: red } .b { background: url("https://x.example/jane.png") }</style><p style="background:url(/jane.png);color:blue">Pending</p><svg><image href="https://x.example/jane.png"></image></svg>',
      ),
    );
    expect(html).toContain('<style>.a { color: red } .b { background: url(data:,) }</style>');
    expect(html).toContain('<image href="data:,"></image>');
    expect(html).toContain('<p style="background:url(data:,);color:blue">Pending</p>');
  });

  it('writes text that looks like markup as text', () => {
    const html = scrub(pageOf('<p>&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt; --&gt;</p><textarea>&lt;/textarea&gt;&lt;b&gt;</textarea><title>--></title>'));
    expect(html).not.toMatch(/<script|<\/textarea><b>/);
    expect(reopened(html).querySelectorAll('script, b')).toHaveLength(0);
  });

  it('copies the light DOM of elements with shadow roots and nothing of the shadow', () => {
    const doc = pageOf('<kat-box><span>Unshipped</span></kat-box>');
    doc.querySelector('kat-box')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Jane Smith</p>';
    const html = scrub(doc);
    expect(html).toContain('<kat-box><span>Unshipped</span></kat-box>');
    expect(html).not.toContain('Xxxx Xxxxx');
  });

  it('copies dialogs, forms and documents whose elements have odd names', () => {
    const html = scrub(pageOf('<dialog open><form method="dialog"><p>Jane</p><button>Close</button></form></dialog><x-y:z>Paid</x-y:z>'));
    expect(html).toContain('<dialog open=""><form method="dialog"><p>Xxxx</p><button>Xxxxx</button></form></dialog>');
  });

  it('copies an empty document and a document without a body', () => {
    expect(scrub(document.implementation.createHTMLDocument(''))).toMatch(/-->\n<html><head><meta charset="utf-8">(?:<title><\/title>)?<\/head><body><\/body><\/html>$/);
    expect(scrub(document.implementation.createDocument(null, null))).toContain('<!DOCTYPE html>\n<!--\n  scrubbed by Orderlens');
  });

  it('scrubs the page by its rules alone when the adapter throws', () => {
    const broken: ScrubbingAdapter = {
      ...etsy,
      parseOrders: () => {
        throw new Error('adapter bug');
      },
    };
    const html = scrub(
      pageOf('<section aria-label="orders"><a href="/your/orders/sold?order_id=3141592654">#3141592654</a> Jane Smith</section>'),
      broken,
      new URL('https://www.etsy.com/your/orders/sold'),
    );
    expect(html).toContain('<a href="/your/orders/sold?order_id=3141592654">#3141592654</a> Xxxx Xxxxx');
  });

  it('leaves out Orderlens’s own chips', () => {
    const doc = pageOf(
      '<div><a href="/orders-v3/order/113-4567890-1234567">113-4567890-1234567</a><orderlens-status data-orderlens="status" data-orderlens-id="113-4567890-1234567"><span>Ready</span></orderlens-status></div>',
    );
    expect(scrub(doc)).toContain('<div><a href="/orders-v3/order/113-4567890-1234567">113-4567890-1234567</a></div>');
  });

  it('never changes the page it copies', () => {
    const doc = pageOf('<div title="Jane" onclick="x()"><p>Jane Smith</p><template><b>Jane</b></template><script>1</script></div>');
    const before = doc.documentElement.outerHTML;
    scrub(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
