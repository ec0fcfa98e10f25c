/**
 * A seller's team tokens: minting one for a person with a role, changing a
 * role, revoking; each checked against the calling token's own role first
 * (rules.ts), so a refusal changes nothing.
 */
import type { Role } from '../../../shared/roles.js';
import type { Db } from '../../db/client.js';
import { notFound } from '../../errors.js';
import { newId, newTokenSecret, sha256Hex } from '../../ids.js';
import { findSellerToken, insertToken, revokeToken, setTokenRole, type TokenWrite } from './queries.js';
import { type Caller, mintRefusal, revokeRefusal, roleChangeRefusal } from './rules.js';
import { forgetToken } from './token-cache.js';

/** A new token's secret (shown once) and the row that stores only its hash. */
export async function mintToken(name: string, role: Role): Promise<{ secret: string; row: TokenWrite }> {
  const secret = newTokenSecret();
  return { secret, row: { id: newId('tok'), name, role, tokenHash: await sha256Hex(secret), prefix: secret.slice(0, 10) } };
}

/** Mints a token for `name` with `role`; 403 naming `role` when the caller's own role does not cover it. */
export async function mintTeamToken(db: Db, sellerId: string, caller: Caller, body: { name: string; role: Role }) {
  const refused = mintRefusal(caller, body.role);
  if (refused) throw refused;
  const { secret, row } = await mintToken(body.name, body.role);
  return { token: secret, info: await insertToken(db, sellerId, row) };
}

/** Sets a live token's role; 404 when there is none, 403 naming the field when the caller may not. */
export async function changeTokenRole(db: Db, sellerId: string, caller: Caller, id: string, role: Role) {
  const target = await findSellerToken(db, sellerId, id);
  if (!target) throw notFound('Token');
  const refused = roleChangeRefusal(caller, target, role);
  if (refused) throw refused;
  const changed = await setTokenRole(db, sellerId, id, role);
  forgetToken(id);
  if (!changed) throw notFound('Token');
  return changed;
}

/** Revokes a live token; 404 when there is none, 403 naming `id` when it is above the caller's role. */
export async function revokeTeamToken(db: Db, sellerId: string, caller: Caller, id: string): Promise<void> {
  const target = await findSellerToken(db, sellerId, id);
  if (!target) throw notFound('Token');
  const refused = revokeRefusal(caller, target);
  if (refused) throw refused;
  const revoked = await revokeToken(db, sellerId, id, new Date().toISOString());
  forgetToken(id);
  if (!revoked) throw notFound('Token');
}
