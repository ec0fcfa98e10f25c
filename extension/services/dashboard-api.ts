/**
 * The worker API as the dashboard page calls it: reports, reading health,
 * channels and file imports. The dashboard is one of the extension's own
 * pages (like options, which edits the token), so it reads the saved
 * worker URL and token and calls the worker itself: an upload of up to
 * 100 MB cannot travel through runtime messages, and only a page's
 * XMLHttpRequest reports upload progress. Portal pages (content scripts)
 * never load this module.
 */
import type { Channel } from '../../shared/schemas/account.js';
import type { ImportFormat, ImportResult } from '../../shared/schemas/imports.js';
import type { PageReadSummary } from '../../shared/schemas/page-reads.js';
import type { FulfillmentReport, SalesGroup, SalesReport } from '../../shared/schemas/reports.js';
import { apiTokenItem, workerUrlItem } from './storage.js';
import { readManagedConfig } from '../background/managed-config.js';

/** Where the worker is and the seller's token. */
export interface DashboardCredentials {
  url: string;
  token: string;
}

/** A request the worker refused or could not answer, in words for the seller. */
export class DashboardProblem extends Error {
  constructor(
    message: string,
    readonly status: number | null = null,
    readonly issues: ReadonlyArray<{ path: string; message: string }> = [],
  ) {
    super(message);
    this.name = 'DashboardProblem';
  }
}

/** The organisation's worker URL and token when set (managed storage), else the saved ones, or undefined until the options page has both. */
export async function dashboardCredentials(): Promise<DashboardCredentials | undefined> {
  const managed = await readManagedConfig();
  if (managed) return managed;
  const [url, token] = await Promise.all([workerUrlItem.getValue(), apiTokenItem.getValue()]);
  return url && token ? { url, token } : undefined;
}

/** Turns an error answer's body into a DashboardProblem. */
function problemOf(status: number, text: string): DashboardProblem {
  try {
    const error = (JSON.parse(text) as { error?: { message?: unknown; issues?: unknown } }).error;
    if (error && typeof error.message === 'string') {
      const issues = Array.isArray(error.issues) ? (error.issues as Array<{ path: string; message: string }>) : [];
      return new DashboardProblem(error.message, status, issues);
    }
  } catch {
    // not JSON: fall through
  }
  return new DashboardProblem(`The worker answered ${status}; is the worker URL right?`, status);
}

async function getJson<T>(creds: DashboardCredentials, path: string, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${creds.url}${path}`, { headers: { Authorization: `Bearer ${creds.token}`, Accept: 'application/json' }, credentials: 'omit', ...(signal ? { signal } : {}) });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DashboardProblem(`Cannot reach ${creds.url}.`);
  }
  const text = await res.text();
  if (!res.ok) throw problemOf(res.status, text);
  return JSON.parse(text) as T;
}

/** Which orders a report covers: days (inclusive, UTC) and optionally one channel. */
export interface ReportFilter {
  from: string;
  to: string;
  channelId?: string;
}

const query = (params: Record<string, string | undefined>) =>
  new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')).toString();

/** GET /v1/reports/sales; `top` SKUs listed (0 for none). */
export function fetchSales(creds: DashboardCredentials, filter: ReportFilter, groupBy: SalesGroup, top = 10, signal?: AbortSignal): Promise<SalesReport> {
  return getJson(creds, `/v1/reports/sales?${query({ ...filter, groupBy, top: String(top) })}`, signal);
}

/** GET /v1/reports/fulfillment */
export function fetchFulfillment(creds: DashboardCredentials, filter: ReportFilter, signal?: AbortSignal): Promise<FulfillmentReport> {
  return getJson(creds, `/v1/reports/fulfillment?${query({ ...filter })}`, signal);
}

/** GET /v1/channels */
export async function fetchDashboardChannels(creds: DashboardCredentials, signal?: AbortSignal): Promise<Channel[]> {
  return (await getJson<{ channels: Channel[] }>(creds, '/v1/channels', signal)).channels;
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
 * POSTs a file to /v1/imports, reporting upload progress. The worker
 * imports as the bytes arrive, but buffers on the way mean the upload can
 * finish well before the import does: after the last byte, the page shows
 * that the worker is still importing until it answers.
 */
export function uploadImport(creds: DashboardCredentials, request: ImportRequest, onProgress: (p: UploadProgress) => void, signal?: AbortSignal): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const params = query({ format: request.format, channelId: request.channelId, defaultCurrency: request.defaultCurrency });
    xhr.open('POST', `${creds.url}/v1/imports?${params}`);
    xhr.setRequestHeader('Authorization', `Bearer ${creds.token}`);
    xhr.upload.onprogress = (e) => onProgress({ sent: e.loaded, total: e.lengthComputable ? e.total : e.loaded });
    xhr.onload = () => (xhr.status === 200 ? resolve(JSON.parse(xhr.responseText) as ImportResult) : reject(problemOf(xhr.status, xhr.responseText)));
    xhr.onerror = () => reject(new DashboardProblem(`Cannot reach ${creds.url}.`));
    xhr.onabort = () => reject(new DOMException('The import was cancelled.', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    if (request.format === 'etsy') {
      const form = new FormData();
      if (request.etsy?.orders) form.append('orders', request.etsy.orders);
      if (request.etsy?.items) form.append('items', request.etsy.items);
      xhr.send(form);
    } else {
      if (!request.file) return reject(new DashboardProblem('Choose a file to import.'));
      xhr.setRequestHeader('Content-Type', request.file.type || 'text/csv');
      xhr.send(request.file);
    }
  });
}

/** GET /v1/page-reads/summary: how well each portal was read, per UTC day, over an ISO range. */
export function fetchPageReadSummary(creds: DashboardCredentials, range: { from: string; to: string }, signal?: AbortSignal): Promise<PageReadSummary> {
  return getJson(creds, `/v1/page-reads/summary?${query(range)}`, signal);
}
