/**
 * Orders from a page that says its account go to that account's channel:
 * found by key, by being the only one, made when there is none, and held in
 * the outbox (never sent to a guessed channel) until the seller chooses.
 * The browser is faked in memory and the worker at `fetch`.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';

// The extension modules read the browser's globals when they load, so they are in place first.
await vi.hoisted(() => import('../background-globals.js'));

import { accountsOverview, choiceAwaited, chooseChannel, forgetAccount, heldForChoice } from '../../../extension/background/account-channels.js';
import { credentialsDigest } from '../../../extension/background/credentials.js';
import { deliverOutbox } from '../../../extension/background/delivery.js';
import { readRisks } from '../../../extension/background/listing-risks.js';
import { readStatuses } from '../../../extension/background/order-statuses.js';
import type { Outbox } from '../../../extension/background/outbox.js';
import { persistCaptures } from '../../../extension/background/outbox-store.js';
import { createdByCaptureItem, firstSeenItem, knownStatusesItem, outboxItem, rejectedItem } from '../../../extension/background/stored-state.js';
import type { CapturedOrder, PageAccount } from '../../../extension/content/portals/types.js';
import { accountChannelsItem, accountChoicesItem } from '../../../extension/messaging/storage.js';
import { allCreated, json, startWith, WORKER_URL } from './fake-worker.js';

const CREDS = { url: WORKER_URL, token: 'good-token' };

interface FakeChannel {
  id: string;
  kind: string;
  name: string;
  accountKey: string | null;
  createdAt: string;
}

/** A worker at `fetch` with channels (account keys unique per kind, as the real one) and captures. */
function fakeWorker() {
  const seen: Array<{ method: string; path: string; body: any }> = [];
  const channels: FakeChannel[] = [];
  const worker = {
    seen,
    channels,
    add(id: string, name: string, accountKey: string | null = null, kind = 'amazon') {
      channels.push({ id, kind, name, accountKey, createdAt: '2026-01-01T00:00:00Z' });
    },
    captures: () => seen.filter((s) => s.method === 'POST' && s.path === '/v1/orders'),
    sentTo: () => worker.captures().flatMap((s) => s.body.orders.map((o: { externalId: string; channelId: string }) => [o.externalId, o.channelId])),
    channelReads: () => seen.filter((s) => s.method === 'GET' && s.path === '/v1/channels').length,
    async fetch(input: string, init: RequestInit = {}): Promise<Response> {
      const url = new URL(input);
      const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
      seen.push({ method: init.method ?? 'GET', path: url.pathname, body });
      if (url.pathname === '/v1/channels' && init.method === 'GET') return json(200, { channels });
      if (url.pathname === '/v1/channels' && init.method === 'POST') {
        if (body.accountKey && channels.some((c) => c.kind === body.kind && c.accountKey === body.accountKey)) {
          return json(409, { error: { code: 'account_key_taken', message: 'taken', issues: [{ path: 'accountKey', message: 'taken' }] } });
        }
        const channel = { id: `chn_${channels.length + 1}`, kind: body.kind, name: body.name, accountKey: body.accountKey ?? null, createdAt: '2026-11-25T00:00:00Z' };
        channels.push(channel);
        return json(201, { channel });
      }
      if (url.pathname === '/v1/orders/statuses' && init.method === 'POST') {
        return json(200, { statuses: Object.fromEntries(body.externalIds.map((id: string) => [id, { status: 'ready', channelStatus: body.channelId, updatedAt: '2026-11-25T10:00:00Z' }])) });
      }
      if (url.pathname === '/v1/risk/query' && init.method === 'POST') return json(200, { risks: [], unknown: body.channelSkus.map((sku: string) => `${sku}@${body.channelId}`) });
      if (url.pathname === '/v1/orders' && init.method === 'POST') {
        const unknown = body.orders.findIndex((o: { channelId: string }) => !channels.some((c) => c.id === o.channelId));
        if (unknown >= 0) {
          const issue = { path: `orders.${unknown}.channelId`, message: `No channel ${body.orders[unknown].channelId} for this seller.` };
          return json(400, { error: { code: 'invalid_input', message: 'The request is not valid.', issues: [issue] } });
        }
        return allCreated(body);
      }
      return json(404, { error: { code: 'not_found', message: 'no route' } });
    },
  };
  return worker;
}

const order = (externalId: string): CapturedOrder => ({ externalId, status: 'ready', lines: [{ channelSku: 'SKU', quantity: 1, unitPrice: 999 }], partial: false, missing: [] });
const DE: PageAccount = { key: 'amazon.de', name: 'Amazon.de' };
const captureFrom = (account: PageAccount | undefined, ...ids: string[]) => persistCaptures('amazon', ids.map(order), '2026-11-25T10:00:00.000Z', account);
/** Captures the orders from a page of `account`, then delivers the outbox. */
async function deliverFrom(account: PageAccount | undefined, ...ids: string[]): Promise<void> {
  await captureFrom(account, ...ids);
  await deliverOutbox();
}
const remembered = async () => (await accountChannelsItem.getValue())[await credentialsDigest(CREDS)] ?? {};

let worker: ReturnType<typeof fakeWorker>;

beforeEach(async () => {
  worker = fakeWorker();
  await startWith(worker, [outboxItem, rejectedItem, firstSeenItem, knownStatusesItem, createdByCaptureItem]);
});
describe('orders go to their account’s channel', () => {
  test('the channel whose account key is the page’s, not the first of the kind; remembered, so the list is read once', async () => {
    worker.add('chn_us', 'Amazon US', 'amazon.com');
    worker.add('chn_de', 'Amazon DE', 'amazon.de');
    await deliverFrom(DE, 'A-1');
    await deliverFrom(DE, 'A-2');
    expect(worker.sentTo()).toEqual([
      ['A-1', 'chn_de'],
      ['A-2', 'chn_de'],
    ]);
    expect(worker.channelReads()).toBe(1);
    expect(await remembered()).toEqual({
      'amazon:amazon.de': { channelKind: 'amazon', key: 'amazon.de', name: 'Amazon.de', channelId: 'chn_de', channelName: 'Amazon DE', how: 'account_key' },
    });
  });

  test('the seller’s only channel of the kind is used and remembered; a second account then waits for a choice', async () => {
    worker.add('chn_1', 'Amazon');
    await deliverFrom({ key: 'amazon.com' }, 'US-1');
    expect(worker.sentTo()).toEqual([['US-1', 'chn_1']]);
    expect((await remembered())['amazon:amazon.com']?.how).toBe('only_channel');

    await deliverFrom(DE, 'DE-1');
    expect(worker.sentTo()).toEqual([['US-1', 'chn_1']]);
    expect((await accountChoicesItem.getValue())?.accounts).toEqual({
      'amazon:amazon.de': { channelKind: 'amazon', key: 'amazon.de', name: 'Amazon.de', channels: [{ id: 'chn_1', name: 'Amazon' }] },
    });
  });

  test('no channel of the kind: one is made for the account, with its key', async () => {
    await deliverFrom(DE, 'A-1');
    expect(worker.channels.map((c) => [c.kind, c.name, c.accountKey])).toEqual([['amazon', 'Amazon amazon.de (from extension)', 'amazon.de']]);
    expect(worker.sentTo()).toEqual([['A-1', 'chn_1']]);
    expect((await remembered())['amazon:amazon.de']?.how).toBe('created');
  });

  test('orders from a page that does not say its account go to the first channel of the kind, as before', async () => {
    worker.add('chn_us', 'Amazon US', 'amazon.com');
    worker.add('chn_de', 'Amazon DE', 'amazon.de');
    await captureFrom(undefined, 'X-1');
    await deliverFrom(DE, 'D-1');
    expect(worker.sentTo()).toEqual([
      ['X-1', 'chn_us'],
      ['D-1', 'chn_de'],
    ]);
  });
});

test('a remembered channel deleted on the worker is forgotten, and the account placed afresh', async () => {
  worker.add('chn_us', 'Amazon US', 'amazon.com');
  worker.add('chn_uk', 'Amazon UK');
  await chooseChannel(CREDS, { channelKind: 'amazon', account: DE }, { channelId: 'chn_uk' });
  worker.channels.splice(1, 1);
  worker.add('chn_de', 'Amazon DE', 'amazon.de');
  await deliverFrom(DE, 'D-1');
  // Refused for the gone channel (400 naming channelId), then sent again to the account's channel now.
  expect(worker.sentTo()).toEqual([
    ['D-1', 'chn_uk'],
    ['D-1', 'chn_de'],
  ]);
  expect(await outboxItem.getValue()).toEqual({ waiting: [], batches: [] });
  expect((await remembered())['amazon:amazon.de']).toMatchObject({ channelId: 'chn_de', how: 'account_key' });
  expect(await rejectedItem.getValue()).toEqual([]);
});

describe('an account that maps to no channel for sure', () => {
  beforeEach(() => {
    worker.add('chn_us', 'Amazon US', 'amazon.com');
    worker.add('chn_uk', 'Amazon UK');
  });

  test('keeps its orders in the outbox, sends nothing to a guessed channel, and lets the others go', async () => {
    await captureFrom(DE, 'D-1', 'D-2');
    await deliverFrom({ key: 'amazon.com' }, 'U-1');
    expect(worker.sentTo()).toEqual([['U-1', 'chn_us']]);
    const outbox: Outbox = await outboxItem.getValue();
    expect(outbox.batches).toEqual([]);
    expect(outbox.waiting.map((w) => [w.order.externalId, w.account])).toEqual([
      ['D-1', DE],
      ['D-2', DE],
    ]);
    expect(await choiceAwaited(CREDS, { channelKind: 'amazon', account: DE })).toEqual({
      channelKind: 'amazon',
      key: 'amazon.de',
      name: 'Amazon.de',
      channels: [
        { id: 'chn_us', name: 'Amazon US' },
        { id: 'chn_uk', name: 'Amazon UK' },
      ],
    });
    expect(await heldForChoice(CREDS, outbox)).toBe(2);
    // Delivering again (an alarm, a new capture) still sends nothing of it.
    await deliverOutbox();
    expect(worker.captures()).toHaveLength(1);
    expect((await outboxItem.getValue()).waiting).toHaveLength(2);
  });

  test('once the seller chooses, the held orders go to the chosen channel, and later ones follow without asking', async () => {
    await deliverFrom(DE, 'D-1', 'D-2');
    const chosen = await chooseChannel(CREDS, { channelKind: 'amazon', account: DE }, { channelId: 'chn_uk' });
    expect(chosen).toEqual({ channelKind: 'amazon', key: 'amazon.de', name: 'Amazon.de', channelId: 'chn_uk', channelName: 'Amazon UK', how: 'chosen' });
    expect((await accountChoicesItem.getValue())?.accounts).toEqual({});
    await deliverOutbox();
    await deliverFrom(DE, 'D-3');
    expect(worker.sentTo()).toEqual([
      ['D-1', 'chn_uk'],
      ['D-2', 'chn_uk'],
      ['D-3', 'chn_uk'],
    ]);
    expect(await outboxItem.getValue()).toEqual({ waiting: [], batches: [] });
    expect(await choiceAwaited(CREDS, { channelKind: 'amazon', account: DE })).toBeUndefined();
    expect(await heldForChoice(CREDS, await outboxItem.getValue())).toBe(0);
  });

  test('choosing a new channel makes one for the account and sends the held orders there', async () => {
    await deliverFrom(DE, 'D-1');
    const chosen = await chooseChannel(CREDS, { channelKind: 'amazon', account: DE }, { newChannel: true });
    expect([chosen.channelId, chosen.channelName, chosen.how]).toEqual(['chn_3', 'Amazon amazon.de (from extension)', 'created']);
    await deliverOutbox();
    expect(worker.sentTo()).toEqual([['D-1', 'chn_3']]);
    expect(worker.channels.at(-1)?.accountKey).toBe('amazon.de');
  });

  test('a channel of another kind or seller cannot be chosen, and the orders keep waiting', async () => {
    worker.add('chn_ebay', 'eBay', null, 'ebay');
    await deliverFrom(DE, 'D-1');
    await expect(chooseChannel(CREDS, { channelKind: 'amazon', account: DE }, { channelId: 'chn_ebay' })).rejects.toMatchObject({ code: 'no_channel' });
    await deliverOutbox();
    expect(worker.captures()).toEqual([]);
    expect((await outboxItem.getValue()).waiting).toHaveLength(1);
  });

  test('forgetting a choice asks again for the next orders; the options overview lists choices, waits and channels', async () => {
    await chooseChannel(CREDS, { channelKind: 'amazon', account: DE }, { channelId: 'chn_uk' });
    expect((await accountsOverview(CREDS)).remembered.map((a) => [a.key, a.channelName])).toEqual([['amazon.de', 'Amazon UK']]);
    await forgetAccount(CREDS, 'amazon', 'amazon.de');
    await deliverFrom(DE, 'D-1');
    expect(worker.captures()).toEqual([]);
    const overview = await accountsOverview(CREDS);
    expect(overview.remembered).toEqual([]);
    expect(overview.awaiting.map((a) => a.key)).toEqual(['amazon.de']);
    expect(overview.channels.map((c) => c.id)).toEqual(['chn_us', 'chn_uk']);
  });
});

describe('statuses of a page that says its account', () => {
  test('are read from that account’s channel once it is known, and not from a guessed one before', async () => {
    worker.add('chn_us', 'Amazon US', 'amazon.com');
    worker.add('chn_uk', 'Amazon UK');
    const before = await readStatuses('amazon', ['D-1'], 'amazon.de');
    expect(before).toEqual({ statuses: {}, queued: [], fresh: true });
    expect(worker.seen.filter((s) => s.path === '/v1/orders/statuses')).toEqual([]);

    await chooseChannel(CREDS, { channelKind: 'amazon', account: DE }, { channelId: 'chn_uk' });
    const after = await readStatuses('amazon', ['D-1'], 'amazon.de');
    expect(after.statuses['D-1']?.channelStatus).toBe('chn_uk');
    const withoutAccount = await readStatuses('amazon', ['X-1']);
    expect(withoutAccount.statuses['X-1']?.channelStatus).toBe('chn_us');
  });
});

describe('listings and statuses of a page whose account is not yet remembered', () => {
  test('read from the channel the rules find for sure, which is then remembered; never a channel made for a read', async () => {
    worker.add('chn_1', 'Amazon');
    expect((await readRisks('amazon', ['B07'], 'amazon.com')).unknown).toEqual(['B07@chn_1']);
    expect((await remembered())['amazon:amazon.com']).toMatchObject({ channelId: 'chn_1', how: 'only_channel' });
    // amazon.de now cannot be placed for sure (the only channel is amazon.com's): nothing is read.
    expect(await readRisks('amazon', ['B07'], 'amazon.de')).toEqual({ risks: {}, unknown: ['B07'] });
    expect((await readStatuses('amazon', ['D-1'], 'amazon.de')).statuses).toEqual({});
    expect(worker.channels).toHaveLength(1);
  });
});

describe('orders a capture created in the book', () => {
  test('are named in the statuses answer, so a page counts them as new to the book even once the book has them', async () => {
    worker.add('chn_us', 'Amazon US', 'amazon.com');
    await deliverFrom({ key: 'amazon.com' }, 'N-1', 'N-2');
    expect(worker.captures().flatMap((s) => s.body.orders.map((o: { externalId: string }) => o.externalId))).toEqual(['N-1', 'N-2']);
    const answer = await readStatuses('amazon', ['N-1', 'N-2', 'OLD-1'], 'amazon.com');
    expect(answer.created).toEqual(['N-1', 'N-2']);
    expect(Object.keys(answer.statuses)).toEqual(['N-1', 'N-2', 'OLD-1']);
  });
});
