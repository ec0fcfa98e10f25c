/**
 * The per-token rate limit's answer, waited for only when it can matter: a
 * token the binding last allowed goes on while its answer comes, and a
 * refusal stops the token's next request.
 */
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { app } from '../../worker/app.js';
import { newSeller } from './helpers.js';

describe('the rate limit', () => {
  it('a token last allowed goes on before the limiter answers; refused, its next request is 429 until the limiter allows it again', async () => {
    const s = await newSeller();
    let release!: (answer: { success: boolean }) => void;
    const answers: Array<Promise<{ success: boolean }>> = [
      Promise.resolve({ success: true }),
      new Promise((resolve) => (release = resolve)),
      Promise.resolve({ success: false }),
      Promise.resolve({ success: true }),
    ];
    let asked = 0;
    const bindings = {
      ...env,
      RATE_LIMITER: {
        limit: () => {
          asked += 1;
          return answers.shift()!;
        },
      },
    };
    const ask = async () => {
      const ctx = createExecutionContext();
      const res = await app.request('/v1/me', { headers: { Authorization: `Bearer ${s.token}` } }, bindings, ctx);
      return { status: res.status, limit: res.headers.get('RateLimit'), ctx };
    };

    const first = await ask();
    await waitOnExecutionContext(first.ctx);
    // Answered while the limiter has not: the token was allowed last time.
    const second = await ask();
    expect([first.status, second.status, asked]).toEqual([200, 200, 2]);
    release({ success: false });
    await waitOnExecutionContext(second.ctx);

    const third = await ask();
    expect([third.status, third.limit]).toEqual([429, '"default";r=0;t=60']);
    const fourth = await ask();
    await waitOnExecutionContext(fourth.ctx);
    expect([fourth.status, asked]).toEqual([200, 4]);
  });
});
