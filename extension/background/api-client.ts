/**
 * The worker's /v1 API, the one client the extension has: the background
 * calls it with the saved credentials, and so does the dashboard (an
 * extension page: an upload of up to 100 MB cannot travel through runtime
 * messages, and only a page's XMLHttpRequest reports upload progress).
 * Content scripts never load it (test/unit/extension-layout.test.ts).
 * Every failure comes out as one `ApiProblem` saying what kind of failure it
 * was (unreachable, refused token, not an Orderlens worker, an API error
 * with its code and field issues), so callers decide on retry vs reject
 * without parsing messages.
 */
import type { Channel, Seller } from '../../shared/schemas/account.js';
import type { ImportFormat, ImportResult } from '../../shared/schemas/imports.js';
import type { ObservationInput, RiskRecord } from '../../shared/schemas/inventory.js';
import type { CaptureResult, Order, OrderDetail, OrderInput } from '../../shared/schemas/order.js';
import type { PageRead, PageReadSummary } from '../../shared/schemas/page-reads.js';
import type { FulfillmentReport, SalesGroup, SalesReport } from '../../shared/schemas/reports.js';
import type { OrderStatus } from '../../shared/status.js';

/** Where a worker is and the seller's token for it. */
export interface Credentials {
  url: string;
  token: string;
}

/** What kind of failure a request met. */
export type ProblemKind = 'unreachable' | 'unauthorized' | 'not_orderlens' | 'api';

/** A failed API request. */
export class ApiProblem extends Error {
  constructor(
    readonly kind: ProblemKind,
    message: string,
    readonly status: number | null = null,
    readonly code: string | null = null,
    readonly issues: ReadonlyArray<{ path: string; message: string }> = [],
    /** Seconds the worker asked us to wait (Retry-After), when it did. */
    readonly retryAfter: number | null = null,
  ) {
    super(message);
    this.name = 'ApiProblem';
  }
}

/** One lookup match. */
export interface LookupMatch {
  order: Order;
  matched: 'order_number' | 'order_number_prefix' | 'text';
}

/** A status the book holds for an order. */
export interface BookStatus {
  id: string;
  status: OrderStatus;
  channelStatus: string | null;
  updatedAt: string;
}

const TIMEOUT_MS = 20_000;

/**
 * True when a server answers at `url` even though a normal request failed:
 * a server that is not an Orderlens worker sends no CORS headers, so the
 * browser hides its answer; a no-cors request still sees that it answered.
 */
async function answersOpaquely(url: string): Promise<boolean> {
  try {
    await fetch(url, { mode: 'no-cors', credentials: 'omit', signal: AbortSignal.timeout(5_000) });
    return true;
  } catch {
    return false;
  }
}

/** Sends one request and reads the JSON answer; throws ApiProblem on anything but a 2xx JSON answer. */
async function request<T>(creds: Credentials, method: 'GET' | 'POST', path: string, opts: { body?: unknown; headers?: Record<string, string>; signal?: AbortSignal } = {}): Promise<T> {
  const answer = await exchange<T>(creds, method, path, opts);
  if (answer.status === 304) throw new ApiProblem('not_orderlens', `${creds.url} answered 304 to a request that asked for no revalidation.`, 304);
  return answer.body;
}

/** Sends one request; a 2xx JSON answer (or a 304, without body) comes back with its status and headers, anything else throws ApiProblem. */
async function exchange<T>(
  creds: Credentials,
  method: 'GET' | 'POST',
  path: string,
  opts: { body?: unknown; headers?: Record<string, string>; signal?: AbortSignal },
): Promise<{ status: number; headers: Headers; body: T }> {
  const signal = opts.signal ? AbortSignal.any([opts.signal, AbortSignal.timeout(TIMEOUT_MS)]) : AbortSignal.timeout(TIMEOUT_MS);
  let res: Response;
  try {
    res = await fetch(`${creds.url}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${creds.token}`,
        Accept: 'application/json',
        ...(opts.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...opts.headers,
      },
      ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
      signal,
      credentials: 'omit',
    });
  } catch (error) {
    if (opts.signal?.aborted) throw error;
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    if (!timedOut && (await answersOpaquely(`${creds.url}${path}`))) {
      throw new ApiProblem('not_orderlens', `Something answers at ${creds.url}, but not as an Orderlens worker does (it does not let the extension read its answers).`);
    }
    throw new ApiProblem('unreachable', timedOut ? `${creds.url} did not answer within ${TIMEOUT_MS / 1000} s.` : `Cannot reach ${creds.url}.`);
  }
  if (res.status === 304) return { status: 304, headers: res.headers, body: undefined as T };
  const text = await res.text().catch(() => '');
  if (!res.ok) throw problemOf(creds, method, path, res.status, text, res.headers.get('Retry-After'));
  try {
    return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : undefined) as T };
  } catch {
    throw new ApiProblem('not_orderlens', `${creds.url} answered ${res.status} with something that is not JSON; is this an Orderlens worker?`, res.status);
  }
}

/** The ApiProblem a worker's error answer (status and body text) stands for. */
function problemOf(creds: Credentials, method: string, path: string, status: number, text: string, retryAfterHeader: string | null): ApiProblem {
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    return new ApiProblem('not_orderlens', `${creds.url} answered ${status} with something that is not JSON; is this an Orderlens worker?`, status);
  }
  const error = (body as { error?: { code?: unknown; message?: unknown; issues?: unknown } } | undefined)?.error;
  if (!error || typeof error.code !== 'string') {
    return new ApiProblem('not_orderlens', `${creds.url} answered ${status} without an Orderlens error; is this an Orderlens worker?`, status);
  }
  const message = typeof error.message === 'string' ? error.message : error.code;
  if (status === 401) return new ApiProblem('unauthorized', message, 401, error.code);
  if (status === 404 && error.code === 'not_found' && /^No route/.test(message)) {
    return new ApiProblem('not_orderlens', `${creds.url} has no ${method} ${path}; is this an Orderlens worker of this version?`, 404, error.code);
  }
  const retryAfter = Number(retryAfterHeader);
  return new ApiProblem(
    'api',
    message,
    status,
    error.code,
    Array.isArray(error.issues) ? (error.issues as Array<{ path: string; message: string }>) : [],
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  );
}

/** The seller the token belongs to (GET /v1/me). */
export async function fetchMe(creds: Credentials): Promise<Seller> {
  const body = await request<{ seller?: Seller }>(creds, 'GET', '/v1/me');
  if (!body?.seller || typeof body.seller.id !== 'string') {
    throw new ApiProblem('not_orderlens', `${creds.url}/v1/me did not answer with a seller; is this an Orderlens worker?`, 200);
  }
  return body.seller;
}

/** The seller's channels, oldest first. */
export async function fetchChannels(creds: Credentials, signal?: AbortSignal): Promise<Channel[]> {
  return (await request<{ channels: Channel[] }>(creds, 'GET', '/v1/channels', signal ? { signal } : {})).channels;
}

/** Adds a channel, with the marketplace account it is when known. */
export async function createChannel(creds: Credentials, kind: Channel['kind'], name: string, accountKey?: string): Promise<Channel> {
  return (await request<{ channel: Channel }>(creds, 'POST', '/v1/channels', { body: accountKey === undefined ? { kind, name } : { kind, name, accountKey } })).channel;
}

/** Captures a batch of orders with its Idempotency-Key, marked as coming from the extension. */
export async function captureOrders(creds: Credentials, orders: readonly OrderInput[], idempotencyKey: string): Promise<CaptureResult> {
  return request<CaptureResult>(creds, 'POST', '/v1/orders', {
    body: { orders },
    headers: { 'Idempotency-Key': idempotencyKey, 'X-Orderlens-Source': 'extension' },
  });
}

/** Statuses of up to 500 orders of one channel; unknown ids are absent. */
export async function fetchStatuses(creds: Credentials, channelId: string, externalIds: readonly string[]): Promise<Record<string, BookStatus>> {
  return (await request<{ statuses: Record<string, BookStatus> }>(creds, 'POST', '/v1/orders/statuses', { body: { channelId, externalIds } })).statuses;
}

/** Records listing quantities portal pages showed (up to 500). */
export async function recordObservations(creds: Credentials, observations: readonly ObservationInput[]): Promise<void> {
  await request<unknown>(creds, 'POST', '/v1/listings/observations', { body: { observations } });
}

/** Oversell risk of up to 500 listings of one channel; channel SKUs linked to no SKU come back in `unknown`. */
export async function fetchRisks(creds: Credentials, channelId: string, channelSkus: readonly string[]): Promise<{ risks: RiskRecord[]; unknown: string[] }> {
  return request<{ risks: RiskRecord[]; unknown: string[] }>(creds, 'POST', '/v1/risk/query', { body: { channelId, channelSkus } });
}

/** Orders matching a search, best first. */
export async function lookupOrders(creds: Credentials, q: string, limit: number, signal?: AbortSignal): Promise<LookupMatch[]> {
  const query = new URLSearchParams({ q, limit: String(limit) });
  return (await request<{ results: LookupMatch[] }>(creds, 'GET', `/v1/orders/lookup?${query}`, signal ? { signal } : {})).results;
}

/** One order with lines, history and shipments. */
export async function fetchOrder(creds: Credentials, id: string): Promise<OrderDetail> {
  return (await request<{ order: OrderDetail }>(creds, 'GET', `/v1/orders/${encodeURIComponent(id)}`)).order;
}

/** Sends reading reports (at most 500; POST /v1/page-reads). */
export async function sendPageReads(creds: Credentials, reads: readonly PageRead[]): Promise<void> {
  await request<unknown>(creds, 'POST', '/v1/page-reads', { body: { reads } });
}

/** The worker's portal packs as it answered (unvalidated), or `unchanged` when they match `etag`. */
export type PackAnswer = { unchanged: true } | { unchanged: false; etag: string | null; body: unknown };

/** Every portal pack the worker publishes (GET /v1/portal-packs), revalidated with the ETag of the last answer taken. */
export async function fetchPortalPacks(creds: Credentials, etag: string | null): Promise<PackAnswer> {
  const answer = await exchange<unknown>(creds, 'GET', '/v1/portal-packs', etag ? { headers: { 'If-None-Match': etag } } : {});
  if (answer.status === 304) return { unchanged: true };
  return { unchanged: false, etag: answer.headers.get('ETag'), body: answer.body };
}

/** Which orders a report covers: days (inclusive, UTC) and optionally one channel. */
export interface ReportFilter {
  from: string;
  to: string;
  channelId?: string;
}

const query = (params: Record<string, string | undefined>) => new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')).toString();

/** GET /v1/reports/sales; `top` SKUs listed (0 for none). */
export function fetchSales(creds: Credentials, filter: ReportFilter, groupBy: SalesGroup, top = 10, signal?: AbortSignal): Promise<SalesReport> {
  return request(creds, 'GET', `/v1/reports/sales?${query({ ...filter, groupBy, top: String(top) })}`, signal ? { signal } : {});
}

/** GET /v1/reports/fulfillment */
export function fetchFulfillment(creds: Credentials, filter: ReportFilter, signal?: AbortSignal): Promise<FulfillmentReport> {
  return request(creds, 'GET', `/v1/reports/fulfillment?${query({ ...filter })}`, signal ? { signal } : {});
}

/** GET /v1/page-reads/summary: how well each portal was read, per UTC day, over an ISO range. */
export function fetchPageReadSummary(creds: Credentials, range: { from: string; to: string }, signal?: AbortSignal): Promise<PageReadSummary> {
  return request(creds, 'GET', `/v1/page-reads/summary?${query(range)}`, signal ? { signal } : {});
}

/** What to import: one file, or for `etsy` the two Etsy files. */
export interface ImportRequest {
  format: ImportFormat;
  channelId: string;
  defaultCurrency?: string;
  file?: File;
  etsy?: { orders?: File; items?: File };
}

/** How an upload stands: bytes sent of the total; `sent === total` means the worker is finishing. */
export interface UploadProgress {
  sent: number;
  total: number;
}

/**
 * POSTs a file to /v1/imports, reporting upload progress (XMLHttpRequest:
 * fetch reports none). The worker imports as the bytes arrive, but buffers
 * on the way mean the upload can finish well before the import does: after
 * the last byte, the page shows that the worker is still importing until it
 * answers.
 */
export function uploadImport(creds: Credentials, request: ImportRequest, onProgress: (p: UploadProgress) => void, signal?: AbortSignal): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const path = `/v1/imports?${query({ format: request.format, channelId: request.channelId, defaultCurrency: request.defaultCurrency })}`;
    xhr.open('POST', `${creds.url}${path}`);
    xhr.setRequestHeader('Authorization', `Bearer ${creds.token}`);
    xhr.upload.onprogress = (e) => onProgress({ sent: e.loaded, total: e.lengthComputable ? e.total : e.loaded });
    xhr.onload = () =>
      xhr.status === 200 ? resolve(JSON.parse(xhr.responseText) as ImportResult) : reject(problemOf(creds, 'POST', path, xhr.status, xhr.responseText, xhr.getResponseHeader('Retry-After')));
    xhr.onerror = () => reject(new ApiProblem('unreachable', `Cannot reach ${creds.url}.`));
    xhr.onabort = () => reject(new DOMException('The import was cancelled.', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    if (request.format === 'etsy') {
      const form = new FormData();
      if (request.etsy?.orders) form.append('orders', request.etsy.orders);
      if (request.etsy?.items) form.append('items', request.etsy.items);
      xhr.send(form);
    } else {
      if (!request.file) return reject(new ApiProblem('api', 'Choose a file to import.'));
      xhr.setRequestHeader('Content-Type', request.file.type || 'text/csv');
      xhr.send(request.file);
    }
  });
}
