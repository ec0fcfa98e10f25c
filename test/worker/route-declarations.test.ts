/**
 * The declaration and answer helpers routes share (http/router.ts,
 * http/answers.ts), apart from HTTP: what each adds, and what it leaves as given.
 */
import { z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { decodeNamedCursor } from '../../worker/db/cursor.js';
import { keyPageAnswer } from '../../worker/http/answers.js';
import { batchItems, conditionalWrite, errors, idParam, ifMatchHeaders, jsonAnswer, jsonBody, removal } from '../../worker/http/router.js';

const body = jsonBody(z.object({ note: z.string() }));
const ok = jsonAnswer(z.object({ done: z.boolean() }), 'Done.');

describe('conditionalWrite', () => {
  it('adds If-Match between the path parameters and the body, and the 412', () => {
    const route = conditionalWrite('put', { params: idParam, body }, { 200: ok, 404: errors[404] });
    expect(route.method).toBe('put');
    expect(Object.keys(route.request)).toEqual(['params', 'headers', 'body']);
    expect(route.request).toEqual({ params: idParam, headers: ifMatchHeaders, body });
    expect(route.responses).toEqual({ 200: ok, 404: errors[404], 412: errors[412] });
  });

  it('declares no path parameters for a record the body names', () => {
    const route = conditionalWrite('post', { body }, { 201: ok });
    expect(Object.keys(route.request)).toEqual(['headers', 'body']);
    expect(Object.keys(route.responses)).toEqual(['201', '412']);
  });
});

describe('removal', () => {
  it('is a DELETE of what the request names, 204 once removed and 404 otherwise', () => {
    expect(removal({ params: idParam }, 'Deleted.')).toEqual({ method: 'delete', request: { params: idParam }, responses: { 204: { description: 'Deleted.' }, 404: errors[404] } });
  });
});

describe('batchItems', () => {
  it('takes a bare array as it is, its issues at the item index', () => {
    expect(batchItems<'adjustments', number>([1, 2], 'adjustments')).toEqual({ list: [1, 2], prefix: '' });
  });

  it('takes a wrapped list from under its key, its issues under the key', () => {
    expect(batchItems({ adjustments: [3] }, 'adjustments')).toEqual({ list: [3], prefix: 'adjustments.' });
  });
});

describe('keyPageAnswer', () => {
  const rows = [
    { channelId: 'ch_1', channelSku: 'A', units: 1 },
    { channelId: 'ch_1', channelSku: 'B', units: 2 },
    { channelId: 'ch_2', channelSku: 'A', units: 3 },
  ];

  it('cuts a page read one row deep and names its last row in the cursor', () => {
    const answer = keyPageAnswer('listings', rows, 2, ['channelId', 'channelSku']);
    expect(answer.listings).toEqual(rows.slice(0, 2));
    expect(decodeNamedCursor(answer.nextCursor!, ['channelId', 'channelSku'])).toEqual({ channelId: 'ch_1', channelSku: 'B' });
  });

  it('has no cursor on the last page', () => {
    expect(keyPageAnswer('listings', rows, 3, ['channelId', 'channelSku'])).toEqual({ listings: rows, nextCursor: null });
  });
});
