/** The worker URL as the seller types it, made canonical; and the origin the browser must allow. */

/** A worker URL without trailing slash, or undefined when it is not a plain http(s) URL. */
export function normalizeWorkerUrl(input: string): string | undefined {
  try {
    const url = new URL(input.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.search || url.hash || url.username || url.password) return undefined;
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return undefined;
  }
}

/**
 * The host permission pattern covering a worker URL: `https://host/*`. Match
 * patterns carry no port; a host pattern covers every port of that host.
 */
export function originPattern(workerUrl: string): string {
  const url = new URL(workerUrl);
  return `${url.protocol}//${url.hostname}/*`;
}
