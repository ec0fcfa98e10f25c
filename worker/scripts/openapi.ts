/**
 * Writes the served OpenAPI description and the TypeScript types generated
 * from it (`npm run openapi`): `.wrangler/openapi.json` for linters and
 * `shared/schemas/generated-api.ts` for typed clients (openapi-fetch).
 * The unit test test/unit/openapi-document.test.ts fails when the committed
 * types differ from what the served document generates.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the generated types live. */
export const TYPES_FILE = path.join(root, 'shared/schemas/generated-api.ts');

// A specifier TypeScript does not follow: this script is checked with Node's
// types, the app with Workers' (worker/tsconfig.json); both run it as it is.
const APP_MODULE = '../app.js';

/** The document `/openapi.json` serves. */
export async function servedDocument(): Promise<Record<string, unknown>> {
  const { app } = (await import(APP_MODULE)) as { app: { request(path: string): Response | Promise<Response> } };
  const res = await app.request('/openapi.json');
  if (res.status !== 200) throw new Error(`/openapi.json answered ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}

/** Writes the document to `file` and returns its path. */
export async function writeDocument(file = path.join(root, '.wrangler/openapi.json')): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(await servedDocument(), null, 2));
  return file;
}

/** The TypeScript types of the served document, as openapi-typescript prints them. */
export async function generatedTypes(): Promise<string> {
  const ast = await openapiTS((await servedDocument()) as unknown as OpenAPI3);
  return `/* Generated from /openapi.json by \`npm run openapi\` (openapi-typescript); do not edit. */\n${astToString(ast)}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  console.log(await writeDocument());
  await writeFile(TYPES_FILE, await generatedTypes());
  console.log(TYPES_FILE);
}
