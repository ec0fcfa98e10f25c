/**
 * The one API client, as the background and the dashboard both call it:
 * every failure is one ApiProblem saying which kind it was.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ApiProblem, api, bookmarkFor, captureOrders, fetchChannels, fetchSales, lookupOrders } from '../../../extension/background/api-client.js';

const creds = { url: 'http://127.0.0.1:8787', token: 'olk_test' };
const filter = { from: '2026-11-01', to: '2026-11-30' };

function answer(status: number, body: string, headers: Record<string, string> = {}) {
  const calls: Request[] = [];
  vi.stubGlobal('fetch', async (request: Request) => {
    calls.push(request);
    return new Response(body, { status, headers: { 'Content-Type': 'application/json', ...headers } });
  });
  return calls;
}

async function problemOf(call: Promise<unknown>): Promise<ApiProblem> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiProblem)) throw new Error(`expected an ApiProblem, got ${String(error)}`);
  return error;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the API client', () => {
  test('sends back the newest consistency bookmark its worker answered, per worker, never an older one', async () => {
    const url = 'http://127.0.0.1:8790';
    const at = { url, token: 'olk_test' };
    const calls = answer(200, JSON.stringify({ channels: [] }), { 'Consistency-Bookmark': '00000002-00000010-00004f2a-aa' });
    await fetchChannels(at);
    expect(calls[0]!.headers.get('Consistency-Bookmark')).toBeNull();
    expect(bookmarkFor(url)).toBe('00000002-00000010-00004f2a-aa');
    // An answer that started earlier and arrives later carries an older bookmark: the newer one stays.
    const later = answer(200, JSON.stringify({ channels: [] }), { 'Consistency-Bookmark': '00000002-0000000f-00004f2a-bb' });
    await fetchChannels(at);
    expect(later[0]!.headers.get('Consistency-Bookmark')).toBe('00000002-00000010-00004f2a-aa');
    expect(bookmarkFor(url)).toBe('00000002-00000010-00004f2a-aa');
    // Another worker's book has its own history: nothing is sent to it.
    const elsewhere = answer(200, JSON.stringify({ channels: [] }));
    await fetchChannels({ url: 'http://127.0.0.1:8791', token: 'olk_test' });
    expect(elsewhere[0]!.headers.get('Consistency-Bookmark')).toBeNull();
  });

  test('keeps the newest bookmark within a book, and takes the new book’s once the seller moved', async () => {
    const url = 'http://127.0.0.1:8792';
    const at = { url, token: 'olk_test' };
    answer(200, JSON.stringify({ channels: [] }), { 'Consistency-Bookmark': 'b1-00000009-00000010-00004f2a-aa' });
    await fetchChannels(at);
    answer(200, JSON.stringify({ channels: [] }), { 'Consistency-Bookmark': 'b1-00000009-0000000f-00004f2a-aa' });
    await fetchChannels(at);
    expect(bookmarkFor(url)).toBe('b1-00000009-00000010-00004f2a-aa');
    // Book 0's history is another: its bookmark sorts lower as a string, yet is the one that now counts.
    answer(200, JSON.stringify({ channels: [] }), { 'Consistency-Bookmark': 'b0-00000002-00000001-00004f2a-bb' });
    await fetchChannels(at);
    expect(bookmarkFor(url)).toBe('b0-00000002-00000001-00004f2a-bb');
  });

  test('a dashboard report is asked for with the token and the filter, and its body comes back', async () => {
    const calls = answer(200, JSON.stringify({ groups: [] }));
    expect(await fetchSales(creds, { ...filter, channelId: 'chn_1' }, 'day', 5)).toEqual({ groups: [] });
    expect(calls[0]!.url).toBe('http://127.0.0.1:8787/v1/reports/sales?from=2026-11-01&to=2026-11-30&channelId=chn_1&groupBy=day&top=5');
    expect(calls[0]!.headers.get('Authorization')).toBe('Bearer olk_test');
  });

  test('a refused filter is an api problem with its code, field issues and status', async () => {
    answer(400, JSON.stringify({ error: { code: 'invalid_request', message: 'from is after to', issues: [{ path: 'from', message: 'after to' }] } }));
    const problem = await problemOf(fetchSales(creds, filter, 'day'));
    expect([problem.kind, problem.status, problem.code, problem.message, problem.issues]).toEqual(['api', 400, 'invalid_request', 'from is after to', [{ path: 'from', message: 'after to' }]]);
  });

  test('a refused token is unauthorized, for the dashboard as for the background', async () => {
    answer(401, JSON.stringify({ error: { code: 'unauthorized', message: 'Bad token.' } }));
    const problem = await problemOf(fetchChannels(creds));
    expect([problem.kind, problem.status, problem.message]).toEqual(['unauthorized', 401, 'Bad token.']);
  });

  test('an answer that is not JSON says the server is not an Orderlens worker', async () => {
    answer(502, '<html>Bad gateway</html>', { 'Content-Type': 'text/html' });
    const problem = await problemOf(fetchSales(creds, filter, 'week'));
    expect([problem.kind, problem.status, problem.message]).toEqual(['not_orderlens', 502, 'http://127.0.0.1:8787 answered 502 with something that is not JSON; is this an Orderlens worker?']);
  });

  test('a capture carries its Idempotency-Key and says it comes from the extension', async () => {
    const calls = answer(200, JSON.stringify({ results: [] }));
    await captureOrders(creds, [], 'cap_1');
    expect([calls[0]!.method, calls[0]!.url, calls[0]!.headers.get('Idempotency-Key'), calls[0]!.headers.get('X-Orderlens-Source'), await calls[0]!.text()]).toEqual([
      'POST',
      'http://127.0.0.1:8787/v1/orders',
      'cap_1',
      'extension',
      '{"orders":[]}',
    ]);
  });

  test('a search the caller aborts rejects with the abort, not with an ApiProblem', async () => {
    vi.stubGlobal('fetch', (request: Request) => new Promise((_, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true })));
    const controller = new AbortController();
    const search = lookupOrders(creds, '113-', 5, controller.signal);
    controller.abort();
    const error = await search.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect([error instanceof ApiProblem, (error as Error).name]).toEqual([false, 'AbortError']);
  });

  test('a path the worker does not serve is a compile error, and a worker without it is not this Orderlens', async () => {
    answer(404, JSON.stringify({ error: { code: 'not_found', message: 'No route GET /v1/channel.' } }));
    // @ts-expect-error the contract has /v1/channels, not /v1/channel
    const problem = await problemOf(api(creds).GET('/v1/channel'));
    expect([problem.kind, problem.status, problem.message]).toEqual(['not_orderlens', 404, 'http://127.0.0.1:8787 has no GET /v1/channel; is this an Orderlens worker of this version?']);
  });

  test('a body field the contract does not name is a compile error, and the worker refuses it by field', async () => {
    const issues = [{ path: 'externalIds', message: 'Required' }];
    answer(400, JSON.stringify({ error: { code: 'invalid_request', message: 'The input is not valid.', issues } }));
    // @ts-expect-error the contract names the field externalIds
    const problem = await problemOf(api(creds).POST('/v1/orders/statuses', { body: { channelId: 'chn_1', externalId: ['113-1'] } }));
    expect([problem.kind, problem.status, problem.code, problem.issues]).toEqual(['api', 400, 'invalid_request', issues]);
  });
});
