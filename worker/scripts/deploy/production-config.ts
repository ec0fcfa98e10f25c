/**
 * The production config: wrangler.toml as committed, with the account's real
 * resource ids filled in. The resources to create come from the bindings in
 * wrangler.toml, so a D1 database, queue or R2 bucket added there later is
 * created by the next deploy like the first ones.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The part of a Wrangler config the deploy reads or rewrites; everything else is passed through untouched. */
export interface WranglerConfig {
  name?: string;
  main?: string;
  tsconfig?: string;
  base_dir?: string;
  assets?: { directory?: string; [key: string]: unknown };
  d1_databases?: Array<{ binding: string; database_name: string; database_id?: string; migrations_dir?: string; [key: string]: unknown }>;
  queues?: {
    producers?: Array<{ binding: string; queue: string; [key: string]: unknown }>;
    consumers?: Array<{ queue: string; dead_letter_queue?: string; [key: string]: unknown }>;
  };
  r2_buckets?: Array<{ binding: string; bucket_name: string; [key: string]: unknown }>;
  [key: string]: unknown;
}

/** One account resource a binding needs; `kind` names the wrangler command family that manages it. */
export type Resource = { kind: 'd1'; binding: string; name: string } | { kind: 'queue'; name: string } | { kind: 'r2'; binding: string; name: string };

/** Reads wrangler.toml (or any Wrangler config) with Wrangler's own parser, so TOML quirks are its problem, not ours. */
export async function readWranglerConfig(configPath: string): Promise<WranglerConfig> {
  const { experimental_readRawConfig } = await import('wrangler');
  return structuredClone(experimental_readRawConfig({ config: configPath }).rawConfig) as WranglerConfig;
}

/**
 * A resource named after the worker follows the worker's name, so a second
 * deployment on the same account (`--name acme-staging`) gets databases and
 * queues of its own instead of sharing the first one's.
 */
export function renamed(resourceName: string, baseName: string, workerName: string): string {
  if (workerName === baseName) return resourceName;
  if (resourceName === baseName) return workerName;
  if (resourceName.startsWith(`${baseName}-`)) return `${workerName}${resourceName.slice(baseName.length)}`;
  return resourceName;
}

/** The config for `workerName`: the worker and every resource named after it renamed (ids untouched). */
export function forWorker(config: WranglerConfig, workerName: string): WranglerConfig {
  const base = config.name ?? workerName;
  const name = (n: string) => renamed(n, base, workerName);
  const next: WranglerConfig = structuredClone(config);
  next.name = workerName;
  next.d1_databases = config.d1_databases?.map((db) => ({ ...db, database_name: name(db.database_name) }));
  if (config.queues) {
    next.queues = {
      ...config.queues,
      producers: config.queues.producers?.map((p) => ({ ...p, queue: name(p.queue) })),
      consumers: config.queues.consumers?.map((c) => ({
        ...c,
        queue: name(c.queue),
        ...(c.dead_letter_queue ? { dead_letter_queue: name(c.dead_letter_queue) } : {}),
      })),
    };
  }
  next.r2_buckets = config.r2_buckets?.map((b) => ({ ...b, bucket_name: name(b.bucket_name) }));
  for (const key of ['d1_databases', 'queues', 'r2_buckets'] as const) if (next[key] === undefined) delete next[key];
  return next;
}

/** Every account resource the config's bindings need, each once. */
export function resourcesOf(config: WranglerConfig): Resource[] {
  const queues = [...(config.queues?.producers ?? []).map((p) => p.queue), ...(config.queues?.consumers ?? []).flatMap((c) => [c.queue, ...(c.dead_letter_queue ? [c.dead_letter_queue] : [])])];
  return [
    ...(config.d1_databases ?? []).map((db): Resource => ({ kind: 'd1', binding: db.binding, name: db.database_name })),
    ...[...new Set(queues)].map((name): Resource => ({ kind: 'queue', name })),
    ...(config.r2_buckets ?? []).map((b): Resource => ({ kind: 'r2', binding: b.binding, name: b.bucket_name })),
  ];
}

/** The config with each D1 database's id set from `ids` (keyed by database name). */
export function withDatabaseIds(config: WranglerConfig, ids: ReadonlyMap<string, string>): WranglerConfig {
  return {
    ...config,
    ...(config.d1_databases ? { d1_databases: config.d1_databases.map((db) => ({ ...db, database_id: ids.get(db.database_name) ?? db.database_id })) } : {}),
  };
}

/**
 * Writes the config as JSON (a format Wrangler reads) at `file`. Paths in a
 * Wrangler config are relative to the config file, so the ones the source
 * config had are re-pointed from its folder to the new file's folder.
 */
export function writeProductionConfig(config: WranglerConfig, sourceDir: string, file: string): void {
  const dir = path.dirname(path.resolve(file));
  const moved = (p: string | undefined) => (p === undefined ? undefined : path.relative(dir, path.resolve(sourceDir, p)) || '.');
  const out: WranglerConfig = structuredClone(config);
  for (const key of ['main', 'tsconfig', 'base_dir'] as const) if (out[key] !== undefined) out[key] = moved(out[key]);
  if (out.assets?.directory !== undefined) out.assets.directory = moved(out.assets.directory);
  // 'migrations' is Wrangler's default folder, relative to the config like any other path.
  out.d1_databases = out.d1_databases?.map((db) => ({ ...db, migrations_dir: moved(db.migrations_dir ?? 'migrations') }));
  if (out.d1_databases === undefined) delete out.d1_databases;
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
}
