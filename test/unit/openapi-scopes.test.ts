/**
 * Scopes in the served description: every seller operation says what it
 * needs, only scopes that exist, and some role can call each.
 */
import { describe, expect, it } from 'vitest';
import { ROLE_SCOPES, ROLES, SCOPES } from '../../shared/roles.js';
import { servedDocument } from '../../worker/scripts/openapi.js';

interface Operation {
  operationId?: string;
  security?: Array<Record<string, string[]>>;
  responses?: Record<string, { headers?: Record<string, unknown> }>;
}

async function operations(): Promise<Array<{ op: string; operationId: string | undefined; scopes: string[] | undefined }>> {
  const doc = (await servedDocument()) as { paths: Record<string, Record<string, Operation>> };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, o]) => ({
      op: `${method.toUpperCase()} ${path}`,
      operationId: o.operationId,
      scopes: o.security?.find((s) => 'bearerAuth' in s)?.bearerAuth,
    })),
  );
}

describe('scopes in /openapi.json', () => {
  it('every seller-token operation and the incoming hooks document the 503 of a seller moving between books', { timeout: 60_000 }, async () => {
    const doc = (await servedDocument()) as { paths: Record<string, Record<string, Operation>> };
    const all = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, o]) => ({ op: `${method.toUpperCase()} ${path}`, o })));
    const answersMoves = all.filter(({ op, o }) => o.security?.some((s) => 'bearerAuth' in s) || op.includes(' /v1/hooks/'));
    expect(answersMoves.length).toBeGreaterThan(50);
    expect(answersMoves.filter(({ o }) => !o.responses?.['503']?.headers?.['Retry-After']).map(({ op }) => op)).toEqual([]);
    // Admin operations answer for no seller's session: no 503 there.
    expect(all.filter(({ op, o }) => op.includes(' /v1/admin/') && o.responses?.['503']).map(({ op }) => op)).toEqual([]);
  });

  it('every /v1 operation but admin and incoming hooks declares the scopes it needs', { timeout: 60_000 }, async () => {
    const seller = (await operations()).filter((o) => o.op.includes(' /v1/') && !/ \/v1\/(admin|hooks)\//.test(o.op));
    const undeclared = seller.filter((o) => !o.scopes?.length).map((o) => `${o.op} (${o.operationId}): replace \`security: bearerAuth\` with \`security: scopes('<resource>:<verb>')\``);
    expect(undeclared, 'declare scopes with scopes() from worker/http/scopes.ts; a new scope goes in shared/roles.ts SCOPES and ROLE_SCOPES').toEqual([]);
  });

  it('names only scopes shared/roles.ts declares, each held by some role and by the owner', { timeout: 60_000 }, async () => {
    const used = new Set((await operations()).flatMap((o) => o.scopes ?? []));
    expect([...used].filter((s) => !(SCOPES as readonly string[]).includes(s))).toEqual([]);
    expect(
      SCOPES.filter((s) => !used.has(s)),
      'scopes no operation needs',
    ).toEqual([]);
    for (const role of ROLES)
      expect(
        ROLE_SCOPES[role].filter((s) => !ROLE_SCOPES.owner.includes(s)),
        role,
      ).toEqual([]);
  });

  it('declares bearerAuth with every scope and what it allows', { timeout: 60_000 }, async () => {
    const doc = (await servedDocument()) as { components: { securitySchemes: { bearerAuth: { description: string } } } };
    for (const scope of SCOPES) expect(doc.components.securitySchemes.bearerAuth.description).toContain(`\`${scope}\``);
  });
});
