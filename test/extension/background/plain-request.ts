/**
 * What a fake worker sees of a request: the API client hands fetch a
 * Request, a no-cors probe hands it a URL and init; both come out as a URL
 * and an init whose headers are a record keyed by lower-case name.
 */
export async function plainRequest(input: Request | string, init: RequestInit = {}): Promise<[string, RequestInit & { headers: Record<string, string> }]> {
  if (typeof input === 'string') return [input, { ...init, headers: Object.fromEntries(new Headers(init.headers)) }];
  const body = input.method === 'GET' || input.method === 'HEAD' ? '' : await input.text();
  return [input.url, { method: input.method, headers: Object.fromEntries(input.headers), mode: input.mode, ...(body ? { body } : {}) }];
}
