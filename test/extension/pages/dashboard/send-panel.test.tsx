// @vitest-environment happy-dom
/** The dashboard's "Send to marketplaces" panel: counts, downloads, alternatives and "Mark uploaded", against a stand-in worker. */
import { render } from 'preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SendPanel } from '../../../../extension/pages/dashboard/send-panel.js';
import type { ChannelSendState } from '../../../../shared/schemas/sync-back.js';

const creds = { url: 'https://worker.example', token: 'olk_test' };

const file = {
  id: 'upf_1',
  channelId: 'ch_amz',
  kind: 'quantities' as const,
  layout: 'amazon-price-quantity',
  status: 'downloaded' as const,
  rows: 2,
  createdAt: '2026-12-07T09:00:00.000Z',
  uploadedAt: null,
};

const STATE: ChannelSendState[] = [
  {
    channelId: 'ch_amz',
    kind: 'amazon',
    name: 'Amazon US',
    quantities: { layout: 'amazon-price-quantity', title: 'Amazon Price & Quantity file', confirmed: true, pending: 2, missingKey: 1 },
    shipments: { layout: 'amazon-shipping-confirmation', title: 'Amazon Shipping Confirmation file', confirmed: true, pending: 3, morePending: false },
    files: [file],
  },
  {
    channelId: 'ch_etsy',
    kind: 'etsy',
    name: 'Etsy shop',
    quantities: { layout: null, reason: 'Etsy has no bulk upload file for quantities.', alternative: 'Use "Set to N" on the Etsy listings page (or the listing editor).', pending: 0, missingKey: 0 },
    shipments: { layout: null, reason: 'Etsy has no bulk upload file for tracking.', alternative: 'Use "Confirm shipment" on the Etsy order page.', pending: 0, morePending: false },
    files: [],
  },
  {
    channelId: 'ch_ebay',
    kind: 'ebay',
    name: 'eBay',
    quantities: { layout: 'ebay-revise-price-quantity', title: 'eBay Seller Hub revise price and quantity file', confirmed: true, pending: 0, missingKey: 0 },
    shipments: { layout: 'ebay-tracking', title: 'eBay tracking upload (unconfirmed layout)', confirmed: false, pending: 1000, morePending: true },
    files: [],
  },
];

/** A worker answering the panel's calls; records what was asked. */
function standInWorker(): string[] {
  const asked: string[] = [];
  let uploaded = false;
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    const url = new URL(request.url);
    asked.push(`${request.method} ${url.pathname}`);
    if (request.method === 'POST' && url.pathname === '/v1/exports/upf_1/uploaded') {
      uploaded = true;
      return Response.json({ file: { ...file, status: 'uploaded', uploadedAt: '2026-12-07T09:05:00.000Z' } });
    }
    const channels = uploaded ? STATE.map((c) => ({ ...c, files: c.files.map((f) => ({ ...f, status: 'uploaded' })) })) : STATE;
    return Response.json({ channels });
  });
  return asked;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

afterEach(() => vi.restoreAllMocks());

describe('the Send to marketplaces panel', () => {
  test('shows each channel’s counts, its download buttons, the alternative where there is no layout, and unconfirmed layouts', async () => {
    standInWorker();
    const root = document.createElement('div');
    render(<SendPanel creds={creds} />, root);
    await settle();
    const rows = [...root.querySelectorAll('tbody > tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.replace(/\s+/g, ' ').trim()));
    expect(rows).toEqual([
      [
        'Amazon US',
        '2 to send · 1 without the marketplace’s keyDownload Amazon Price & Quantity file',
        '3 to confirmDownload Amazon Shipping Confirmation file',
        'amazon-price-quantity, 2 rows, 2026-12-07 09:00: downloadedMark uploaded',
      ],
      ['Etsy shop', 'Use "Set to N" on the Etsy listings page (or the listing editor).', 'Use "Confirm shipment" on the Etsy order page.', 'none yet'],
      [
        'eBay',
        '0 to sendDownload eBay Seller Hub revise price and quantity file',
        'more than 1,000 to confirmDownload eBay tracking upload (unconfirmed layout) (layout not confirmed by the marketplace)',
        'none yet',
      ],
    ]);
  });

  test('"Mark uploaded" tells the worker and shows the file as uploaded', async () => {
    const asked = standInWorker();
    const root = document.createElement('div');
    render(<SendPanel creds={creds} />, root);
    await settle();
    const mark = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Mark uploaded')!;
    mark.click();
    await settle();
    expect(asked).toEqual(['GET /v1/exports/pending', 'POST /v1/exports/upf_1/uploaded', 'GET /v1/exports/pending']);
    expect(root.querySelector('tbody > tr li')?.textContent).toBe('amazon-price-quantity, 2 rows, 2026-12-07 09:00: uploaded');
  });
});
