/**
 * A pass-through proxy in front of the local worker that notes every request
 * the extension makes (method, path, JSON body), so a test can count them:
 * "one statuses request per page pass" is checked on the wire, not trusted.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the proxy passed on. */
export interface SeenRequest {
  method: string;
  path: string;
  body: any;
}

/** A running counting proxy. */
export interface CountingProxy {
  url: string;
  /** Requests passed on so far, oldest first. */
  seen: SeenRequest[];
  /** Requests to `method path` (path without query) since `from` (an index into `seen`). */
  requestsTo(method: string, path: string, from?: number): SeenRequest[];
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host', 'content-encoding']);

/** Starts a proxy on a free loopback port that forwards everything to `target`. */
export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const seen: SeenRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const path = (req.url ?? '/').split('?')[0]!;
    let body: unknown;
    try {
      body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
    } catch {
      body = raw.toString('utf8');
    }
    if (req.method !== 'OPTIONS') seen.push({ method: req.method ?? 'GET', path, body });
    try {
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([k, v]) => !HOP_BY_HOP.has(k) && typeof v === 'string')) as Record<string, string>;
      const answer = await fetch(`${target}${req.url}`, { method: req.method, headers, ...(raw.length ? { body: raw } : {}) });
      const out = Buffer.from(await answer.arrayBuffer());
      answer.headers.forEach((value, key) => {
        if (!HOP_BY_HOP.has(key)) res.setHeader(key, value);
      });
      res.writeHead(answer.status);
      res.end(out);
    } catch {
      res.writeHead(502);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    requestsTo: (method, path, from = 0) => seen.slice(from).filter((r) => r.method === method && r.path === path),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
