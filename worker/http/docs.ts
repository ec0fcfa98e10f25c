/**
 * The plain API reference at /docs/plain, rendered on the server from the
 * OpenAPI description. /docs is Scalar's richer page, but that page needs
 * JavaScript fetched from a CDN; this one has no scripts and no outside
 * requests, so it still works where those are blocked (locked-down
 * networks, strict CSPs, text browsers, print) and can't drift from the routes.
 */
import { escapeHtml } from './html.js';

interface Doc {
  info: { title: string; version: string; description?: string };
  paths?: object;
}

interface Operation {
  summary?: string;
  description?: string;
  parameters?: Array<{ name: string; in: string; required?: boolean; schema?: unknown }>;
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string }>;
  security?: Array<Record<string, unknown>>;
}

function operation(method: string, path: string, op: Operation): string {
  const params = (op.parameters ?? []).map((p) => `<li><code>${escapeHtml(p.name)}</code> <small>${escapeHtml(p.in)}${p.required ? ', required' : ''}</small></li>`).join('');
  const body = op.requestBody?.content?.['application/json']?.schema;
  const responses = Object.entries(op.responses ?? {})
    .map(([code, r]) => `<li><b>${escapeHtml(code)}</b> ${escapeHtml(r.description ?? '')}</li>`)
    .join('');
  return `<section id="${escapeHtml(method + path)}">
  <h3><span class="m ${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h3>
  <p>${escapeHtml(op.summary ?? '')}</p>${op.description ? `<p class="d">${escapeHtml(op.description)}</p>` : ''}
  ${params ? `<h4>Parameters</h4><ul>${params}</ul>` : ''}
  ${body ? `<details><summary>Request body schema</summary><pre>${escapeHtml(JSON.stringify(body, null, 2))}</pre></details>` : ''}
  <h4>Responses</h4><ul>${responses}</ul>
</section>`;
}

/** The reference page for an OpenAPI document. */
export function renderReference(doc: Doc): string {
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Operation | undefined> | undefined>;
  const ops = Object.entries(paths).flatMap(([path, methods]) => Object.entries(methods ?? {}).flatMap(([method, op]) => (op && typeof op === 'object' ? [operation(method, path, op)] : [])));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(doc.info.title)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1f2328}
code,pre{font:13px ui-monospace,monospace}pre{background:#f6f8fa;padding:.75rem;overflow:auto}
section{border-top:1px solid #d0d7de;padding:.5rem 0}.m{display:inline-block;min-width:4.5rem;font-size:12px;padding:2px 6px;border-radius:4px;background:#ddf4ff}
.post{background:#dafbe1}.delete{background:#ffebe9}.put{background:#fff8c5}.d{color:#59636e}</style></head>
<body><h1>${escapeHtml(doc.info.title)} <small>${escapeHtml(doc.info.version)}</small></h1><p>${escapeHtml(doc.info.description ?? '')}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>${ops.join('\n')}</body></html>`;
}
