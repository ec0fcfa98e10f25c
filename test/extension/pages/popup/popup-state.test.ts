/**
 * The popup's search as the seller types: a key after a pause is searched
 * at once, keys in a burst are folded into one search once the burst
 * pauses, and only the newest search's answer is shown. The background is
 * faked at `askBackground`; time is faked.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

await vi.hoisted(() => import('../../background-globals.js'));

/** Each lookup the popup asked for, with a way to answer it. */
const asked: Array<{ q: string; answer: (numbers: string[]) => void }> = [];

vi.mock('../../../../extension/messaging/messages.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../extension/messaging/messages.js')>()),
  askBackground: vi.fn(
    (message: { type: string; q?: string }) =>
      new Promise((resolve, reject) => {
        if (message.type !== 'lookup') return reject(new Error(`unexpected ${message.type}`));
        asked.push({ q: message.q ?? '', answer: (numbers) => resolve({ results: numbers.map((externalId) => ({ order: { id: `ord_${externalId}`, externalId }, matched: 'text' })) }) });
      }),
  ),
}));

const { results, SEARCH_DELAY_MS, searchState, typeQuery } = await import('../../../../extension/pages/popup/popup-state.js');

/** Types `text` one key at a time, `gapMs` apart. */
async function typeKeys(text: string, gapMs: number): Promise<void> {
  for (let i = 1; i <= text.length; i++) {
    typeQuery(text.slice(0, i));
    if (i < text.length) await vi.advanceTimersByTimeAsync(gapMs);
  }
}

const shown = () => results.value.map((r) => r.order.externalId);

// One fake clock for the file: the popup remembers when the last key came, across tests.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
});
afterAll(() => {
  vi.useRealTimers();
});
beforeEach(async () => {
  typeQuery('');
  // Every test starts after a pause in typing.
  await vi.advanceTimersByTimeAsync(1_000);
  asked.length = 0;
});

describe('searching as the seller types', () => {
  it('asks at once for a key after a pause, and shows the answer', async () => {
    typeQuery('1');
    expect(asked.map((a) => a.q)).toEqual(['1']);
    expect(searchState.value).toBe('searching');
    asked[0]!.answer(['113-1']);
    await vi.advanceTimersByTimeAsync(0);
    expect(shown()).toEqual(['113-1']);
    expect(searchState.value).toBe('done');
  });

  it('folds a burst of keys into one search once the burst pauses', async () => {
    await typeKeys('jane', SEARCH_DELAY_MS / 2);
    // The burst's first key went at once; the rest wait for the pause.
    expect(asked.map((a) => a.q)).toEqual(['j']);
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS - 1);
    expect(asked).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(asked.map((a) => a.q)).toEqual(['j', 'jane']);
    // The first key's answer, coming last, is not shown over the burst's.
    asked[1]!.answer(['JANE-1']);
    asked[0]!.answer(['J-1', 'J-2']);
    await vi.advanceTimersByTimeAsync(0);
    expect(shown()).toEqual(['JANE-1']);
    expect(searchState.value).toBe('done');
  });

  it("searches a typist's every key at once, showing only the newest answer", async () => {
    await typeKeys('abc', SEARCH_DELAY_MS * 3);
    expect(asked.map((a) => a.q)).toEqual(['a', 'ab', 'abc']);
    asked[0]!.answer(['A-1']);
    await vi.advanceTimersByTimeAsync(0);
    // Still busy: the rows for 'a' are not the answer to 'abc'.
    expect(shown()).toEqual([]);
    expect(searchState.value).toBe('searching');
    asked[2]!.answer(['ABC-1']);
    asked[1]!.answer(['AB-1']);
    await vi.advanceTimersByTimeAsync(0);
    expect(shown()).toEqual(['ABC-1']);
    expect(searchState.value).toBe('done');
  });

  it('asks nothing for a field cleared of text', async () => {
    typeQuery('  ');
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS * 2);
    expect(asked).toEqual([]);
    expect(searchState.value).toBe('idle');
  });
});
