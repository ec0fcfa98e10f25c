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
import createClient, { type Client, createQuerySerializer } from 'openapi-fetch';
import type { Channel, Me, Seller } from '../../shared/schemas/account.js';
import type { paths } from '../../shared/schemas/generated-api.js';
import type { ImportFormat, ImportRun } from '../../shared/schemas/imports.js';
import type { ObservationInput, RiskRecord } from '../../shared/schemas/inventory.js';
import type { CaptureResult, Order, OrderDetail, OrderInput, StatusShipment } from '../../shared/schemas/order.js';
import type { PageRead, PageReadSummary } from '../../shared/schemas/page-reads.js';
import type { FulfillmentReport, SalesGroup, SalesReport } from '../../shared/schemas/reports.js';
import type { ChannelSendState } from '../../shared/schemas/sync-back.js';
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

/** What became of a batch offered to the worker: taken, refused for good (dropped), or kept for a later try. */
export type BatchFate = 'sent' | 'dropped' | 'kept';

/** How many items one round of offering batches got taken and got dropped. */
export type BatchTally = Record<Exclude<BatchFate, 'kept'>, number>;

/**
 * Offers one batch of reports to the worker. A 4xx other than 401, 408, 409
 * and 429 would be refused again as it stands, so the batch is dropped with a
 * warning naming `what`; any other failure keeps it.
 */
export async function offerBatch(send: () => Promise<unknown>, count: number, what: string): Promise<BatchFate> {
  try {
    await send();
    return 'sent';
  } catch (thrown) {
    if (!(thrown instanceof ApiProblem) || thrown.kind !== 'api' || thrown.status === null) return 'kept';
    if (thrown.status < 400 || thrown.status >= 500 || [401, 408, 409, 429].includes(thrown.status)) return 'kept';
    console.warn(`Orderlens: the worker refused ${count} ${what} (${thrown.status}: ${thrown.message}); they are dropped.`, thrown.issues);
    return 'dropped';
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
  /** How many orders the book ships it as, when it was split. */
  splitInto?: number;
  /** The order's parcels, oldest first (absent from an older worker). */
  shipments?: StatusShipment[];
  /** Present when no source has shown the order's total yet. */
  totalUnknown?: true;
  /** Present when no source has named the order's currency yet. */
  currencyUnknown?: true;
}

const TIMEOUT_MS = 20_000;

/** The worker's header naming how far the book it answered from had come (D1 read replicas). */
export const BOOKMARK_HEADER = 'Consistency-Bookmark';

/**
 * The newest bookmark each worker answered this context, sent back on every
 * request so a read never comes from a replica older than our last write.
 * Memory only: losing it (the service worker stopped) only lets the next
 * read start on any replica, long after ours caught up.
 */
const bookmarks = new Map<string, string>();

/** The newest bookmark seen from the worker at `url` (tests and diagnostics). */
export const bookmarkFor = (url: string): string | undefined => bookmarks.get(url);

function rememberBookmark(url: string, res: { headers: { get(name: string): string | null } }): void {
  const given = res.headers.get(BOOKMARK_HEADER);
  const known = bookmarks.get(url);
  // A bookmark names its book (`b<n>-…`) and sorts oldest to newest as a string within it; answers may arrive
  // out of order. One from another book means the seller moved: the latest answer's book is the current one.
  const book = (b: string) => /^b\d+-/.exec(b)?.[0];
  if (given && (known === undefined || book(given) !== book(known) || given > known)) bookmarks.set(url, given);
}

/** The worker's /v1 API as its OpenAPI description declares it. */
type Api = Client<paths>;

/**
 * A client for one call: paths, parameters, bodies and answers are checked
 * against the contract (`npm run openapi` regenerates it), and every failure
 * comes out of `exchange` as an ApiProblem, so a call that returns answered 2xx.
 */
export function api(creds: Credentials, signal?: AbortSignal): Api {
  return createClient<paths>({
    baseUrl: creds.url,
    headers: { Authorization: `Bearer ${creds.token}`, Accept: 'application/json' },
    credentials: 'omit',
    signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(TIMEOUT_MS)]) : AbortSignal.timeout(TIMEOUT_MS),
    fetch: (request) => exchange(creds, request, signal),
  });
}

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

/** Sends one request; a 2xx JSON answer (or a 304) comes back, anything else throws ApiProblem. */
async function exchange(creds: Credentials, request: Request, callerSignal: AbortSignal | undefined): Promise<Response> {
  const url = new URL(request.url);
  const path = `${url.pathname}${url.search}`;
  const bookmark = bookmarks.get(creds.url);
  if (bookmark) request.headers.set(BOOKMARK_HEADER, bookmark);
  let res: Response;
  try {
    res = await fetch(request);
  } catch (error) {
    if (callerSignal?.aborted) throw error;
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    if (!timedOut && (await answersOpaquely(request.url))) {
      throw new ApiProblem('not_orderlens', `Something answers at ${creds.url}, but not as an Orderlens worker does (it does not let the extension read its answers).`);
    }
    throw new ApiProblem('unreachable', timedOut ? `${creds.url} did not answer within ${TIMEOUT_MS / 1000} s.` : `Cannot reach ${creds.url}.`);
  }
  rememberBookmark(creds.url, res);
  if (res.status === 304) return res;
  const text = await res.text().catch(() => '');
  if (!res.ok) throw problemOf(creds, request.method, path, res.status, text, res.headers.get('Retry-After'));
  try {
    if (text) JSON.parse(text);
  } catch {
    throw new ApiProblem('not_orderlens', `${creds.url} answered ${res.status} with something that is not JSON; is this an Orderlens worker?`, res.status);
  }
  return new Response(text || null, { status: res.status, statusText: res.statusText, headers: res.headers });
}

/** The body of a 2xx answer; a 304 to a request that asked for no revalidation means something else answered. */
function bodyOf<T>(creds: Credentials, result: { data?: T; response: Response }): T {
  if (result.response.status === 304) throw new ApiProblem('not_orderlens', `${creds.url} answered 304 to a request that asked for no revalidation.`, 304);
  if (result.data === undefined) throw new ApiProblem('not_orderlens', `${creds.url} answered ${result.response.status} without a body; is this an Orderlens worker?`, result.response.status);
  return result.data;
}

/** The ApiProblem a worker's error answer (status and body text) stands for. */
function problemOf(creds: Credentials, method: string, path: string, status: number, text: string, retryAfterHeader: string | null): ApiProblem {
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    return new ApiProblem('not_orderlens', `${creds.url} answered ${status} with something that is not JSON; is this an Orderlens worker?`, status);
  }
  const error = (body as { error?: { code?: unknown; message?: unknown; issues?: unknown; scope?: unknown } } | undefined)?.error;
  if (!error || typeof error.code !== 'string') {
    return new ApiProblem('not_orderlens', `${creds.url} answered ${status} without an Orderlens error; is this an Orderlens worker?`, status);
  }
  const message =
    status === 403 && typeof error.scope === 'string'
      ? `This API token may not do that: its role lacks the scope ${error.scope}. Ask the seller’s owner for a token whose role has it.`
      : typeof error.message === 'string'
        ? error.message
        : error.code;
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

/** The seller the token belongs to, and the token's name, role and scopes (GET /v1/me). */
export async function fetchMe(creds: Credentials): Promise<{ seller: Seller; token: Me['token'] | null }> {
  const body: { seller?: Seller; token?: Me['token'] } = bodyOf(creds, await api(creds).GET('/v1/me'));
  if (!body?.seller || typeof body.seller.id !== 'string') {
    throw new ApiProblem('not_orderlens', `${creds.url}/v1/me did not answer with a seller; is this an Orderlens worker?`, 200);
  }
  // A worker from before roles names no token: its name and role are unknown, not guessed.
  return { seller: body.seller, token: body.token ?? null };
}

/** The seller's channels, oldest first. */
export async function fetchChannels(creds: Credentials, signal?: AbortSignal): Promise<Channel[]> {
  return bodyOf(creds, await api(creds, signal).GET('/v1/channels')).channels;
}

/** Adds a channel, with the marketplace account it is when known. */
export async function createChannel(creds: Credentials, kind: Channel['kind'], name: string, accountKey?: string): Promise<Channel> {
  return bodyOf(creds, await api(creds).POST('/v1/channels', { body: accountKey === undefined ? { kind, name } : { kind, name, accountKey } })).channel;
}

/** Sets (or clears, with null) a channel's currency and time zone. */
export async function updateChannelLocale(creds: Credentials, channelId: string, locale: { currency: string | null; timeZone: string | null }): Promise<Channel> {
  return bodyOf(creds, await api(creds).PATCH('/v1/channels/{id}', { params: { path: { id: channelId } }, body: locale })).channel;
}

/** Captures a batch of orders with its Idempotency-Key, marked as coming from the extension. */
export async function captureOrders(creds: Credentials, orders: readonly OrderInput[], idempotencyKey: string): Promise<CaptureResult> {
  return bodyOf(
    creds,
    await api(creds).POST('/v1/orders', {
      body: { orders: [...orders] },
      params: { header: { 'idempotency-key': idempotencyKey } },
      headers: { 'X-Orderlens-Source': 'extension' },
    }),
  );
}

/** Statuses of up to 500 orders of one channel; unknown ids are absent. */
export async function fetchStatuses(creds: Credentials, channelId: string, externalIds: readonly string[]): Promise<Record<string, BookStatus>> {
  return bodyOf(creds, await api(creds).POST('/v1/orders/statuses', { body: { channelId, externalIds: [...externalIds] } })).statuses;
}

/** Records listing quantities portal pages showed (up to 500). */
export async function recordObservations(creds: Credentials, observations: readonly ObservationInput[]): Promise<void> {
  bodyOf(creds, await api(creds).POST('/v1/listings/observations', { body: { observations: [...observations] } }));
}

/** Oversell risk of up to 500 listings of one channel; channel SKUs linked to no SKU come back in `unknown`. */
export async function fetchRisks(creds: Credentials, channelId: string, channelSkus: readonly string[]): Promise<{ risks: RiskRecord[]; unknown: string[] }> {
  return bodyOf(creds, await api(creds).POST('/v1/risk/query', { body: { channelId, channelSkus: [...channelSkus] } }));
}

/** Orders matching a search, best first. */
export async function lookupOrders(creds: Credentials, q: string, limit: number, signal?: AbortSignal): Promise<LookupMatch[]> {
  return bodyOf(creds, await api(creds, signal).GET('/v1/orders/lookup', { params: { query: { q, limit } } })).results;
}

/** One order with lines, history and shipments. */
export async function fetchOrder(creds: Credentials, id: string): Promise<OrderDetail> {
  // The generated types are looser than the zod schema the answer is built from: an event change's
  // `from`/`to` (z.unknown()) come out optional; the answer always carries both.
  return bodyOf(creds, await api(creds).GET('/v1/orders/{id}', { params: { path: { id } } })).order as OrderDetail;
}

/** Sends reading reports (at most 500; POST /v1/page-reads). */
export async function sendPageReads(creds: Credentials, reads: readonly PageRead[]): Promise<void> {
  bodyOf(creds, await api(creds).POST('/v1/page-reads', { body: { reads: [...reads] } }));
}

/** Sends what a portal's pages showed of one channel's orders (at most 500; POST /v1/reconciliation/sightings). */
export async function sendSightings(creds: Credentials, channelId: string, orders: ReadonlyArray<{ externalId: string; channelStatus: string; seenAt: string }>): Promise<void> {
  const answer = await api(creds).POST('/v1/reconciliation/sightings', { body: { channelId, orders: [...orders] } });
  // The worker answers 204 with no body; any other 2xx must be an Orderlens answer.
  if (answer.response.status !== 204) bodyOf(creds, answer);
}

/** The worker's portal packs as it answered (unvalidated), or `unchanged` when they match `etag`. */
export type PackAnswer = { unchanged: true } | { unchanged: false; etag: string | null; body: unknown };

/** Every portal pack the worker publishes (GET /v1/portal-packs), revalidated with the ETag of the last answer taken. */
export async function fetchPortalPacks(creds: Credentials, etag: string | null): Promise<PackAnswer> {
  const answer = await api(creds).GET('/v1/portal-packs', etag ? { headers: { 'If-None-Match': etag } } : {});
  if (answer.response.status === 304) return { unchanged: true };
  return { unchanged: false, etag: answer.response.headers.get('ETag'), body: answer.data };
}

/** Which orders a report covers: days (inclusive, UTC) and optionally one channel. */
export interface ReportFilter {
  from: string;
  to: string;
  channelId?: string;
}

/** The parameters without the ones left empty (a filter field left blank means "any"). */
function present<Q extends Record<string, unknown>>(params: Q): Q {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== '')) as Q;
}

/** GET /v1/reports/sales; `top` SKUs listed (0 for none). */
export async function fetchSales(creds: Credentials, filter: ReportFilter, groupBy: SalesGroup, top = 10, signal?: AbortSignal): Promise<SalesReport> {
  return bodyOf(creds, await api(creds, signal).GET('/v1/reports/sales', { params: { query: present({ ...filter, groupBy, top }) } }));
}

/** GET /v1/reports/fulfillment */
export async function fetchFulfillment(creds: Credentials, filter: ReportFilter, signal?: AbortSignal): Promise<FulfillmentReport> {
  // The generated types make the age-bucket record partial (an enum-keyed z.record); the worker fills every bucket.
  return bodyOf(creds, await api(creds, signal).GET('/v1/reports/fulfillment', { params: { query: present({ ...filter }) } })) as FulfillmentReport;
}

/** GET /v1/page-reads/summary: how well each portal was read, per UTC day, over an ISO range. */
export async function fetchPageReadSummary(creds: Credentials, range: { from: string; to: string }, signal?: AbortSignal): Promise<PageReadSummary> {
  return bodyOf(creds, await api(creds, signal).GET('/v1/page-reads/summary', { params: { query: present(range) } }));
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

const IMPORTS_PATH = '/v1/imports' satisfies keyof paths;
type ImportOperation = paths[typeof IMPORTS_PATH]['post'];
/** What the worker answers to an import, as the contract declares it. */
export type ImportAnswer = ImportOperation['responses'][200]['content']['application/json'];

/** The query of POST /v1/imports for `request`, `async=true` when queued. */
function importPath(request: ImportRequest, queued: boolean): string {
  const params: ImportOperation['parameters']['query'] = present({
    format: request.format,
    channelId: request.channelId,
    defaultCurrency: request.defaultCurrency,
    ...(queued ? { async: 'true' as const } : {}),
  });
  return `${IMPORTS_PATH}?${createQuerySerializer()(params)}`;
}

/** Sends an import's file with XMLHttpRequest (fetch reports no upload progress); resolves with the status and body text of any answer. */
function sendImport(
  creds: Credentials,
  request: ImportRequest,
  path: string,
  onProgress: (p: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<{ status: number; text: string; retryAfter: string | null }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${creds.url}${path}`);
    xhr.setRequestHeader('Authorization', `Bearer ${creds.token}`);
    // The import's record is a write: following it must read from a replica that has it.
    const bookmark = bookmarks.get(creds.url);
    if (bookmark) xhr.setRequestHeader(BOOKMARK_HEADER, bookmark);
    xhr.upload.onprogress = (e) => onProgress({ sent: e.loaded, total: e.lengthComputable ? e.total : e.loaded });
    xhr.onload = () => {
      rememberBookmark(creds.url, { headers: { get: (name) => xhr.getResponseHeader(name) } });
      resolve({ status: xhr.status, text: xhr.responseText, retryAfter: xhr.getResponseHeader('Retry-After') });
    };
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

/**
 * POSTs a file to /v1/imports, reporting upload progress. The worker imports
 * as the bytes arrive, but buffers on the way mean the upload can finish
 * well before the import does: after the last byte, the page shows that the
 * worker is still importing until it answers.
 */
export async function uploadImport(creds: Credentials, request: ImportRequest, onProgress: (p: UploadProgress) => void, signal?: AbortSignal): Promise<ImportAnswer> {
  const path = importPath(request, false);
  const answer = await sendImport(creds, request, path, onProgress, signal);
  if (answer.status !== 200) throw problemOf(creds, 'POST', path, answer.status, answer.text, answer.retryAfter);
  return JSON.parse(answer.text) as ImportAnswer;
}

/** A queued import the worker took (`queued`), or the one it is already running for the same file and channel (`running`, the 409). */
export type QueuedImport = { kind: 'queued' | 'running'; importId: string };

/**
 * POSTs one file to /v1/imports?async=true: stored by the worker and
 * answered at once with the import to follow (fetchImportRun). A 409 is no
 * failure to the caller: it names the import already running for this file.
 */
export async function queueImportFile(creds: Credentials, request: ImportRequest, onProgress: (p: UploadProgress) => void, signal?: AbortSignal): Promise<QueuedImport> {
  const path = importPath(request, true);
  const answer = await sendImport(creds, request, path, onProgress, signal);
  if (answer.status === 202) return { kind: 'queued', importId: (JSON.parse(answer.text) as { importId: string }).importId };
  if (answer.status === 409) {
    const running = (JSON.parse(answer.text) as { error?: { importId?: unknown } }).error?.importId;
    if (typeof running === 'string') return { kind: 'running', importId: running };
  }
  throw problemOf(creds, 'POST', path, answer.status, answer.text, answer.retryAfter);
}

/** GET /v1/imports/{importId}: where a queued import stands. */
export async function fetchImportRun(creds: Credentials, importId: string, signal?: AbortSignal): Promise<ImportRun> {
  return bodyOf(creds, await api(creds, signal).GET('/v1/imports/{importId}', { params: { path: { importId } } })) as ImportRun;
}

/** GET /v1/exports/pending: per channel, what still needs sending to its marketplace and the recent upload files. */
export async function fetchSendState(creds: Credentials, signal?: AbortSignal): Promise<ChannelSendState[]> {
  return bodyOf(creds, await api(creds, signal).GET('/v1/exports/pending')).channels as ChannelSendState[];
}

/** An upload file as downloaded: its bytes, the name the worker gave it and its id (to mark it uploaded). */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
  id: string;
}

/** Which upload file to download: a channel's quantities or its shipment confirmations. */
export type UploadFileRequest = { kind: 'quantities'; channelId: string; location?: string } | { kind: 'shipments'; channelId: string; since: string };

/** GET /v1/exports/quantities or /v1/exports/shipments: the file itself (not JSON, so not through `api`). */
export async function downloadUploadFile(creds: Credentials, request: UploadFileRequest): Promise<DownloadedFile> {
  const { kind, ...query } = request;
  const path = `/v1/exports/${kind}?${createQuerySerializer()(present(query))}`;
  let res: Response;
  try {
    res = await fetch(`${creds.url}${path}`, { headers: { Authorization: `Bearer ${creds.token}` }, credentials: 'omit' });
  } catch {
    throw new ApiProblem('unreachable', `Cannot reach ${creds.url}.`);
  }
  if (!res.ok) throw problemOf(creds, 'GET', path, res.status, await res.text().catch(() => ''), res.headers.get('Retry-After'));
  const fileName = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? `${kind}.txt`;
  return { blob: await res.blob(), fileName, id: res.headers.get('Upload-File-Id') ?? '' };
}

/** POST /v1/exports/{exportId}/uploaded: the file's rows become what the marketplace was sent. */
export async function markFileUploaded(creds: Credentials, exportId: string): Promise<void> {
  bodyOf(creds, await api(creds).POST('/v1/exports/{exportId}/uploaded', { params: { path: { exportId } } }));
}
