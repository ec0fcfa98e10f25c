/**
 * Who may hand out which role: a token grants only roles whose scopes it
 * holds itself, touches only tokens at or below its own role, and never
 * changes its own role, so no token can raise itself or anyone above it.
 */
import { type ChannelLocale, isKnownCurrency, isKnownTimeZone } from '../../../shared/channel-locale.js';
import { covers, type Role } from '../../../shared/roles.js';
import { ApiError, type FieldIssue } from '../../errors.js';

/** The token making the request. */
export interface Caller {
  tokenId: string;
  role: Role;
}

const refused = (path: string, message: string) => new ApiError(403, 'forbidden', message, [{ path, message }]);

/** Why `caller` may not mint a token with `role`, or undefined when it may. */
export function mintRefusal(caller: Caller, role: Role): ApiError | undefined {
  if (covers(caller.role, role)) return undefined;
  return refused('role', `A ${caller.role} token cannot mint a ${role} token: ${role} holds scopes ${caller.role} does not.`);
}

/** Why `caller` may not set token `target` (with its current role) to `role`, or undefined when it may. */
export function roleChangeRefusal(caller: Caller, target: { id: string; role: Role }, role: Role): ApiError | undefined {
  if (target.id === caller.tokenId) return refused('role', 'A token cannot change its own role; ask the seller’s owner.');
  if (!covers(caller.role, target.role)) return refused('id', `A ${caller.role} token cannot change a ${target.role} token.`);
  if (!covers(caller.role, role)) return refused('role', `A ${caller.role} token cannot grant ${role}: ${role} holds scopes ${caller.role} does not.`);
  return undefined;
}

/** Why `caller` may not revoke token `target`, or undefined when it may (revoking one's own token is allowed). */
export function revokeRefusal(caller: Caller, target: { id: string; role: Role }): ApiError | undefined {
  if (target.id === caller.tokenId || covers(caller.role, target.role)) return undefined;
  return refused('id', `A ${caller.role} token cannot revoke a ${target.role} token.`);
}

/**
 * The book a new seller goes on: of the books open to new sellers, the one
 * holding the fewest, the lowest-numbered on a tie (so one book is book 0).
 */
export function chooseBook(open: readonly number[], sellersPerBook: ReadonlyMap<number, number>): number {
  let best = open[0] ?? 0;
  for (const shard of open) if ((sellersPerBook.get(shard) ?? 0) < (sellersPerBook.get(best) ?? 0)) best = shard;
  return best;
}

/**
 * 422 naming `currency` or `timeZone` when either names no currency or zone
 * Intl knows (the schema already checked their shape), else undefined.
 */
export function unknownLocale(locale: ChannelLocale): ApiError | undefined {
  const issues: FieldIssue[] = [];
  if (locale.currency != null && !isKnownCurrency(locale.currency)) issues.push({ path: 'currency', message: `${locale.currency} is not an ISO 4217 currency.` });
  if (locale.timeZone != null && !isKnownTimeZone(locale.timeZone)) issues.push({ path: 'timeZone', message: `${locale.timeZone} is not an IANA time zone.` });
  if (issues.length === 0) return undefined;
  return new ApiError(422, 'unknown_locale', 'The channel’s currency or time zone is not one we know.', issues);
}
