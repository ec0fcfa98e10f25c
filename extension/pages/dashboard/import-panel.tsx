/**
 * The import panel: drop or choose an export file, pick its format (auto
 * by default) and channel, and import it. A progress bar follows the upload
 * (the worker imports as the bytes arrive), then the result with the
 * problems found, by line. For Etsy both files can go at once. A large file
 * goes through the worker's imports queue instead (import-follow.ts): the
 * panel follows the queued import to its end, across a re-opened dashboard.
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Channel } from '../../../shared/schemas/account.js';
import type { ImportFormat, ImportResult, ImportRun } from '../../../shared/schemas/imports.js';
import { ApiProblem, type Credentials, queueImportFile, type UploadProgress, uploadImport } from '../../background/api-client.js';
import type { FollowedImport } from '../../messaging/storage.js';
import { ColumnHeads } from '../column-heads.js';
import { followedOn, followImport, shouldQueue } from './import-follow.js';

const FORMAT_LABELS: ReadonlyArray<readonly [ImportFormat, string]> = [
  ['auto', 'Recognise from the file'],
  ['amazon-all-orders', 'Amazon: All Orders report'],
  ['amazon-unshipped', 'Amazon: Unshipped orders report'],
  ['shopify-orders', 'Shopify: orders export'],
  ['ebay-orders', 'eBay: Seller Hub orders report'],
  ['etsy', 'Etsy: Sold Orders and Sold Order Items (both files)'],
  ['etsy-sold-orders', 'Etsy: Sold Orders file'],
  ['etsy-sold-order-items', 'Etsy: Sold Order Items file'],
  ['walmart-orders', 'Walmart: orders report'],
];

type Stage =
  | { kind: 'idle' }
  | { kind: 'uploading'; progress: UploadProgress; queued: boolean }
  | { kind: 'following'; followed: FollowedImport; run: ImportRun | null; alreadyRunning: boolean; trouble: string | null }
  | { kind: 'done'; result: ImportResult }
  | { kind: 'run-failed'; run: ImportRun }
  | { kind: 'failed'; message: string };

const format = signal<ImportFormat>('auto');
const channelId = signal('');
const currency = signal('');
const file = signal<File | undefined>(undefined);
const etsyOrders = signal<File | undefined>(undefined);
const etsyItems = signal<File | undefined>(undefined);
const stage = signal<Stage>({ kind: 'idle' });
const dragging = signal(false);
/** Stops following the current queued import (the dashboard closing, or a new import). */
let following: AbortController | undefined;

const n = (count: number) => count.toLocaleString('en-US');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const problemText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Follows a queued import to its end, showing each answer; `onImported` runs once it is done. */
async function follow(creds: Credentials, followed: FollowedImport, alreadyRunning: boolean, onImported: () => void): Promise<void> {
  following?.abort();
  const controller = new AbortController();
  following = controller;
  stage.value = { kind: 'following', followed, run: null, alreadyRunning, trouble: null };
  const update = (change: { run?: ImportRun; trouble: string | null }) => {
    const now = stage.value;
    if (now.kind === 'following' && !controller.signal.aborted) stage.value = { ...now, ...change };
  };
  try {
    const run = await followImport(creds, followed, { onRun: (run) => update({ run, trouble: null }), onTrouble: (trouble) => update({ trouble }) }, controller.signal);
    if (!run || controller.signal.aborted) return;
    stage.value = run.status === 'done' ? { kind: 'done', result: run } : { kind: 'run-failed', run };
    if (run.status === 'done') onImported();
  } catch (error) {
    if (!controller.signal.aborted) stage.value = { kind: 'failed', message: problemText(error) };
  }
}

async function start(event: Event, creds: Credentials, onImported: () => void): Promise<void> {
  event.preventDefault();
  const etsy = format.value === 'etsy';
  if (!channelId.value) return void (stage.value = { kind: 'failed', message: 'Choose the channel these orders belong to.' });
  if (etsy ? !etsyOrders.value && !etsyItems.value : !file.value) return void (stage.value = { kind: 'failed', message: 'Choose a file to import.' });
  following?.abort();
  const total = etsy ? (etsyOrders.value?.size ?? 0) + (etsyItems.value?.size ?? 0) : file.value!.size;
  const request = {
    format: format.value,
    channelId: channelId.value,
    ...(currency.value.trim() ? { defaultCurrency: currency.value.trim().toUpperCase() } : {}),
    ...(etsy ? { etsy: { ...(etsyOrders.value ? { orders: etsyOrders.value } : {}), ...(etsyItems.value ? { items: etsyItems.value } : {}) } } : { file: file.value! }),
  };
  let queued = shouldQueue(total, format.value);
  stage.value = { kind: 'uploading', progress: { sent: 0, total }, queued };
  try {
    if (queued) {
      try {
        const answer = await queueImportFile(creds, request, (progress) => (stage.value = { kind: 'uploading', progress, queued: true }));
        const followed = { url: creds.url, importId: answer.importId, fileName: file.value!.name, bytes: total };
        return void (await follow(creds, followed, answer.kind === 'running', onImported));
      } catch (error) {
        // A worker deployed without the imports queue says so on query.async: that file goes in one request instead.
        if (!(error instanceof ApiProblem && error.status === 400 && error.issues.some((i) => i.path === 'query.async'))) throw error;
        queued = false;
        stage.value = { kind: 'uploading', progress: { sent: 0, total }, queued };
      }
    }
    const result = await uploadImport(creds, request, (progress) => (stage.value = { kind: 'uploading', progress, queued: false }));
    stage.value = { kind: 'done', result };
    onImported();
  } catch (error) {
    stage.value = { kind: 'failed', message: problemText(error) };
  }
}

function onDrop(event: DragEvent): void {
  event.preventDefault();
  dragging.value = false;
  const dropped = [...(event.dataTransfer?.files ?? [])];
  if (format.value === 'etsy') {
    for (const f of dropped) (/item/i.test(f.name) ? etsyItems : etsyOrders).value = f;
  } else if (dropped[0]) {
    file.value = dropped[0];
  }
}

function Progress({ progress, queued }: { progress: UploadProgress; queued: boolean }) {
  const finishing = progress.total > 0 && progress.sent >= progress.total;
  const after = queued ? `Uploaded ${mb(progress.total)}; queueing the import…` : `Uploaded ${mb(progress.total)}; importing the orders…`;
  const percent = progress.total ? Math.round((progress.sent / progress.total) * 100) : 0;
  return (
    <div class="progress">
      <progress aria-labelledby="import-status" max={100} {...(finishing ? {} : { value: percent })} />
      <p id="import-status" role="status" aria-live="polite">
        {finishing ? after : `Uploading: ${percent}% (${mb(progress.sent)} of ${mb(progress.total)})`}
      </p>
    </div>
  );
}

function Result({ result, heading = 'Imported.' }: { result: ImportResult; heading?: string }) {
  return (
    <div class="result" role="status" aria-live="polite">
      <p>
        <strong>{heading}</strong> {n(result.created)} new, {n(result.updated)} updated, {n(result.unchanged)} unchanged
        {result.failed ? <span class="bad">, {n(result.failed)} not imported</span> : null}.
      </p>
      {result.errors.length > 0 && (
        <table class="errors">
          <caption>Problems found in the file{result.moreErrors ? ` (first ${result.errors.length}; ${result.moreErrors} more)` : ''}</caption>
          <ColumnHeads titles={['Line', 'Column', 'Order', 'Problem']} />
          <tbody>
            {result.errors.map((e, i) => (
              <tr key={i}>
                <td>{e.file ? `${e.file} ${e.line}` : e.line}</td>
                <td>{e.column ?? ''}</td>
                <td>{e.externalId ?? ''}</td>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** A queued import on its way: what the worker has read and captured so far. */
function Following({ followed, run, alreadyRunning, trouble }: Extract<Stage, { kind: 'following' }>) {
  const where =
    !run || run.status === 'queued'
      ? 'waiting in the queue'
      : `${n(run.ordersRead)} orders read: ${n(run.created)} new, ${n(run.updated)} updated, ${n(run.unchanged)} unchanged${run.failed ? `, ${n(run.failed)} not imported` : ''}`;
  return (
    <div class="progress following" data-import-id={followed.importId}>
      {alreadyRunning && (
        <p class="warn" role="alert">
          This file is already being imported into this channel (import {followed.importId}); nothing was sent twice. Following that import.
        </p>
      )}
      <progress aria-labelledby="import-status" max={100} />
      <p id="import-status" role="status" aria-live="polite">
        Importing {followed.fileName} ({mb(followed.bytes)}) in the background: {where}.
      </p>
      <p class="muted">You can close this page; the import goes on and this panel picks it up again when you come back.</p>
      {trouble && <p class="bad">Cannot check on the import right now ({trouble}); trying again.</p>}
    </div>
  );
}

/** A queued import that stopped: why, and what it captured before. */
function RunFailed({ run }: { run: ImportRun }) {
  return (
    <div class="result run-failed">
      <p class="bad" role="alert">
        <strong>The import stopped.</strong> {run.failureReason ?? 'The worker gave no reason.'}
      </p>
      <Result result={run} heading={`Before it stopped: ${n(run.ordersRead)} orders read.`} />
    </div>
  );
}

function FileInput({ id, label, target }: { id: string; label: string; target: typeof file }) {
  return (
    <>
      <label for={id}>{label}</label>
      <input id={id} type="file" accept=".csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values" onChange={(e) => (target.value = (e.currentTarget as HTMLInputElement).files?.[0])} />
      {target.value && (
        <span class="muted">
          {' '}
          {target.value.name}, {mb(target.value.size)}
        </span>
      )}
    </>
  );
}

/** The import panel; `onImported` runs after a successful import (to refresh the reports). */
export function ImportPanel({ creds, channels, onImported }: { creds: Credentials; channels: Channel[]; onImported: () => void }) {
  const busy = stage.value.kind === 'uploading' || stage.value.kind === 'following';
  useEffect(() => {
    // A queued import this dashboard was following when last closed: follow it again.
    void followedOn(creds.url).then((followed) => {
      if (followed && stage.value.kind === 'idle') void follow(creds, followed, false, onImported);
    });
    return () => following?.abort();
  }, [creds.url]);
  return (
    <section aria-labelledby="import-title" class="card">
      <h2 id="import-title">Import orders from a file</h2>
      <form onSubmit={(e) => start(e, creds, onImported)}>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a shortcut; the file input inside is the accessible way in. */}
        <div
          class={`drop${dragging.value ? ' over' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            dragging.value = true;
          }}
          onDragLeave={() => (dragging.value = false)}
          onDrop={onDrop}
        >
          <p class="muted">Drop an export file here, or choose it.</p>
          {format.value === 'etsy' ? (
            <>
              <FileInput id="etsy-orders" label="Sold Orders file" target={etsyOrders} />
              <FileInput id="etsy-items" label="Sold Order Items file" target={etsyItems} />
            </>
          ) : (
            <FileInput id="import-file" label="Export file" target={file} />
          )}
        </div>
        <div class="row fields">
          <div>
            <label for="import-format">Format</label>
            <select id="import-format" value={format.value} onChange={(e) => (format.value = (e.currentTarget as HTMLSelectElement).value as ImportFormat)}>
              {FORMAT_LABELS.map(([id, text]) => (
                <option key={id} value={id}>
                  {text}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="import-channel">Channel</label>
            <select id="import-channel" value={channelId.value} onChange={(e) => (channelId.value = (e.currentTarget as HTMLSelectElement).value)} required>
              <option value="">Choose…</option>
              {channels.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({c.kind})
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="import-currency">Currency if the file has none</label>
            <input
              id="import-currency"
              type="text"
              inputMode="text"
              maxLength={3}
              size={5}
              placeholder="USD"
              value={currency.value}
              onInput={(e) => (currency.value = (e.currentTarget as HTMLInputElement).value)}
            />
          </div>
        </div>
        <p>
          <button class="primary" type="submit" disabled={busy}>
            {busy ? 'Importing…' : 'Import'}
          </button>
        </p>
      </form>
      {stage.value.kind === 'uploading' && <Progress progress={stage.value.progress} queued={stage.value.queued} />}
      {stage.value.kind === 'following' && <Following {...stage.value} />}
      {stage.value.kind === 'done' && <Result result={stage.value.result} />}
      {stage.value.kind === 'run-failed' && <RunFailed run={stage.value.run} />}
      {stage.value.kind === 'failed' && (
        <p class="bad" role="alert">
          {stage.value.message}
        </p>
      )}
    </section>
  );
}
