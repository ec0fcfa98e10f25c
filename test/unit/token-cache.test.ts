/**
 * The per-isolate token cache alone: how long it trusts a token, how many it
 * keeps, and that a read racing a change is not kept.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cachedLiveToken, forgetSeller, forgetToken, type LiveToken, TOKEN_CACHE_ENTRIES, TOKEN_CACHE_MS, tokenCacheMs } from '../../worker/modules/accounts/token-cache.js';

const tokenOf = (n: number | string, sellerId = 'sel_a'): LiveToken => ({ id: `tok_${n}`, sellerId, name: `person ${n}`, role: 'packer', shard: 0, movingTo: null });

/** A directory stand-in that counts its reads. */
function directory(token: (hash: string) => LiveToken | undefined) {
  const reads: string[] = [];
  const lookUp = (hash: string, ttlMs = 60_000) =>
    cachedLiveToken(hash, ttlMs, async () => {
      reads.push(hash);
      return token(hash);
    });
  return { reads, lookUp };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the token cache', () => {
  it('trusts TOKEN_CACHE_SECONDS when it is a number of seconds, and its own lifetime otherwise', () => {
    expect([undefined, '', 'soon', '-1', '0', '0.05', '2'].map((v) => tokenCacheMs({ TOKEN_CACHE_SECONDS: v }))).toEqual([TOKEN_CACHE_MS, TOKEN_CACHE_MS, TOKEN_CACHE_MS, TOKEN_CACHE_MS, 0, 50, 2000]);
  });

  it('reads a token once within its lifetime, and again once it has passed, counted from when the read began', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-07T18:00:00.000Z'));
    const { reads, lookUp } = directory(() => tokenOf('life'));
    expect(await lookUp('h-life', 5_000)).toEqual(tokenOf('life'));
    vi.setSystemTime(new Date('2026-12-07T18:00:04.999Z'));
    expect(await lookUp('h-life', 5_000)).toEqual(tokenOf('life'));
    expect(reads).toEqual(['h-life']);
    vi.setSystemTime(new Date('2026-12-07T18:00:05.000Z'));
    await lookUp('h-life', 5_000);
    expect(reads).toEqual(['h-life', 'h-life']);
  });

  it('reads a token in steady use again in the background in the last fifth of its life, so no request waits for it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-07T18:10:00.000Z'));
    let role: LiveToken['role'] = 'packer';
    const reads: string[] = [];
    const background: Array<Promise<unknown>> = [];
    const lookUp = () =>
      cachedLiveToken(
        'h-steady',
        5_000,
        async () => {
          reads.push('h-steady');
          return { ...tokenOf('steady'), role };
        },
        (work) => background.push(work),
      );
    await lookUp();
    vi.setSystemTime(new Date('2026-12-07T18:10:03.999Z'));
    await lookUp();
    expect([reads.length, background.length]).toEqual([1, 0]);
    role = 'viewer';
    vi.setSystemTime(new Date('2026-12-07T18:10:04.000Z'));
    // Two requests at once: both served the copy in hand, the read again runs beside them, once.
    expect((await Promise.all([lookUp(), lookUp()])).map((t) => t?.role)).toEqual(['packer', 'packer']);
    await Promise.all(background);
    expect([reads.length, background.length]).toEqual([2, 1]);
    // Past the first copy's life, the second serves without a read: its life counts from 18:10:04.
    vi.setSystemTime(new Date('2026-12-07T18:10:07.500Z'));
    expect((await lookUp())?.role).toBe('viewer');
    expect(reads.length).toBe(2);
  });

  it('drops a token the background read finds revoked', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-07T18:20:00.000Z'));
    let live = true;
    const background: Array<Promise<unknown>> = [];
    const lookUp = () =>
      cachedLiveToken(
        'h-gone',
        5_000,
        async () => (live ? tokenOf('gone') : undefined),
        (work) => background.push(work),
      );
    await lookUp();
    live = false;
    vi.setSystemTime(new Date('2026-12-07T18:20:04.500Z'));
    expect(await lookUp()).toEqual(tokenOf('gone'));
    await Promise.all(background);
    expect(await lookUp()).toBeUndefined();
  });

  it('never keeps an unknown token, or any token when the lifetime is 0', async () => {
    const { reads, lookUp } = directory((hash) => (hash === 'h-known' ? tokenOf('known') : undefined));
    expect(await lookUp('h-unknown')).toBeUndefined();
    expect(await lookUp('h-unknown')).toBeUndefined();
    await lookUp('h-known', 0);
    await lookUp('h-known', 0);
    expect(reads).toEqual(['h-unknown', 'h-unknown', 'h-known', 'h-known']);
  });

  it('forgets one token by id, or every token of a seller, and nothing else', async () => {
    const { reads, lookUp } = directory((hash) => tokenOf(hash, hash.startsWith('h-b') ? 'sel_b' : 'sel_a'));
    for (const hash of ['h-a1', 'h-a2', 'h-b1', 'h-b2']) await lookUp(hash);
    forgetToken('tok_h-a1');
    forgetSeller('sel_b');
    for (const hash of ['h-a1', 'h-a2', 'h-b1', 'h-b2']) await lookUp(hash);
    expect(reads).toEqual(['h-a1', 'h-a2', 'h-b1', 'h-b2', 'h-a1', 'h-b1', 'h-b2']);
  });

  it('does not keep a token read while it was being changed', async () => {
    let answer!: (token: LiveToken) => void;
    const racing = cachedLiveToken('h-race', 60_000, () => new Promise<LiveToken>((resolve) => (answer = resolve)));
    forgetToken('tok_race');
    answer(tokenOf('race'));
    expect(await racing).toEqual(tokenOf('race'));
    const { reads, lookUp } = directory(() => tokenOf('race'));
    await lookUp('h-race');
    expect(reads).toEqual(['h-race']);
  });

  it(`keeps at most ${TOKEN_CACHE_ENTRIES} tokens, the least recently used going first`, async () => {
    const { reads, lookUp } = directory((hash) => tokenOf(hash));
    for (let i = 0; i < TOKEN_CACHE_ENTRIES; i++) await lookUp(`h-lru-${i}`);
    // The first is used again, so the second is now the least recently used.
    await lookUp('h-lru-0');
    await lookUp('h-lru-new');
    reads.length = 0;
    await lookUp('h-lru-0');
    await lookUp(`h-lru-${TOKEN_CACHE_ENTRIES - 1}`);
    expect(reads).toEqual([]);
    await lookUp('h-lru-1');
    expect(reads).toEqual(['h-lru-1']);
  });
});
