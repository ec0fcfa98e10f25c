/**
 * The popup's lookups in the background: a newer lookup cancels the one in
 * flight, in the order they arrive, however long reading the credentials
 * takes for each. The worker is faked at `fetch`; the credentials read is
 * slowed per call.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';

await vi.hoisted(() => import('../background-globals.js'));

/** How long each next credentials read takes (ms). */
const credentialDelays: number[] = [];

vi.mock('../../../extension/background/credentials.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../extension/background/credentials.js')>()),
  readCredentials: vi.fn(async () => {
    await new Promise((resolve) => setTimeout(resolve, credentialDelays.shift() ?? 0));
    return { url: 'http://127.0.0.1:8787', token: 'good-token' };
  }),
}));

const { describeError, messageHandlers } = await import('../../../extension/background/handlers.js');

const fromPopup = { fromPortalPage: false, url: 'chrome-extension://orderlens/popup.html', tabId: undefined };

/** A worker answering each lookup with one order numbered after the query, unless the request was cancelled. */
function fakeWorker(): string[] {
  const seen: string[] = [];
  vi.stubGlobal('fetch', async (request: Request) => {
    const q = new URL(request.url).searchParams.get('q') ?? '';
    seen.push(q);
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (request.signal.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
    const order = { id: `ord_${q}`, externalId: q };
    return new Response(JSON.stringify({ results: [{ order, matched: 'text' }] }), { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  return seen;
}

const lookup = (q: string) =>
  messageHandlers.lookup({ type: 'lookup', q, limit: 10 }, fromPopup).then(
    (answer) => answer.results.map((r) => r.order.externalId),
    (error: unknown) => describeError(error).code,
  );

afterEach(() => {
  vi.unstubAllGlobals();
  credentialDelays.length = 0;
});

describe('lookups from the popup', () => {
  test('a newer lookup cancels the older one even when the older one reads its credentials last', async () => {
    fakeWorker();
    credentialDelays.push(30, 0);
    const older = lookup('11');
    const newer = lookup('113');
    expect(await newer).toEqual(['113']);
    expect(await older).toBe('superseded');
  });

  test('a lookup alone is answered', async () => {
    const seen = fakeWorker();
    expect(await lookup('114-1')).toEqual(['114-1']);
    expect(seen).toEqual(['114-1']);
  });
});
