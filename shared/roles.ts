/**
 * Who may do what: the scopes routes declare, the roles tokens carry, and
 * each role's scopes, declared once. The worker enforces the scopes each
 * route declares; the extension names a missing scope instead of failing.
 */

/** Every scope a route can require, `<resource>:<verb>`. */
export const SCOPES = [
  'account:read',
  'tokens:write',
  'channels:read',
  'channels:write',
  'orders:read',
  'orders:lookup',
  'orders:capture',
  'orders:write',
  'customers:read',
  'customers:write',
  'imports:write',
  'stock:read',
  'stock:lookup',
  'stock:write',
  'observations:write',
  'rules:read',
  'rules:write',
  'fulfillment:read',
  'fulfillment:write',
  'reports:read',
  'portal-packs:read',
  'webhooks:read',
  'webhooks:write',
  'privacy:read',
  'privacy:write',
  'privacy:export',
] as const;

/** A scope a route requires. */
export type Scope = (typeof SCOPES)[number];

/** What each scope allows, for the OpenAPI description and the extension's messages. */
export const SCOPE_DESCRIPTIONS: Record<Scope, string> = {
  'account:read': 'See the seller, the token in use and the seller’s tokens.',
  'tokens:write': 'Mint, revoke and change the role of tokens (never above the caller’s own).',
  'channels:read': 'List channels.',
  'channels:write': 'Add and change channels.',
  'orders:read': 'List orders and export them.',
  'orders:lookup': 'Look orders up, read one order and the book statuses of orders on a page.',
  'orders:capture': 'Capture orders read from a portal or sent by another tool.',
  'orders:write': 'Move orders: transitions, holds, cancellations, deliveries and returns.',
  'customers:read': 'List and read customers.',
  'customers:write': 'Add customers and tag them.',
  'imports:write': 'Import marketplace order files.',
  'stock:read': 'Read SKUs, locations, stock levels, the ledger, listings, buffers and oversell risk.',
  'stock:lookup': 'Ask the oversell risk of listings shown on a portal page.',
  'stock:write': 'Change SKUs, locations, stock levels, listings and buffers.',
  'observations:write': 'Report what portal pages showed: listing quantities and reading health.',
  'rules:read': 'Read the fulfillment rules and their history.',
  'rules:write': 'Save the fulfillment rules.',
  'fulfillment:read': 'Read the fulfillment queue and pick lists.',
  'fulfillment:write': 'Make pick lists and record shipments.',
  'reports:read': 'Read sales, fulfillment and reading reports.',
  'portal-packs:read': 'Read what the extension knows about each portal.',
  'webhooks:read': 'List outgoing webhooks, their deliveries and the event feed.',
  'webhooks:write': 'Add, remove, test, retry and drain outgoing webhooks.',
  'privacy:read': 'Read the retention setting and erasure receipts.',
  'privacy:write': 'Set retention and erase buyers.',
  'privacy:export': 'Export the seller’s whole book.',
};

/** The roles a token can carry, from most to least trusted. */
export const ROLES = ['owner', 'manager', 'packer', 'viewer', 'capture'] as const;

/** A token's role. */
export type Role = (typeof ROLES)[number];

const READS = SCOPES.filter((s) => s.endsWith(':read'));

/**
 * Each role's scopes. A manager may mint tokens, but only for roles whose
 * scopes it holds itself (worker/modules/accounts/rules.ts), so no token
 * can hand out more than it has.
 */
export const ROLE_SCOPES: Record<Role, readonly Scope[]> = {
  owner: SCOPES,
  manager: [
    ...READS,
    'tokens:write',
    'channels:write',
    'orders:lookup',
    'orders:capture',
    'orders:write',
    'customers:write',
    'imports:write',
    'stock:lookup',
    'stock:write',
    'observations:write',
    'rules:write',
    'fulfillment:write',
  ],
  packer: ['account:read', 'orders:read', 'orders:lookup', 'stock:read', 'stock:lookup', 'fulfillment:read', 'fulfillment:write', 'portal-packs:read'],
  viewer: [...READS, 'orders:lookup', 'stock:lookup'],
  capture: ['account:read', 'channels:read', 'channels:write', 'orders:capture', 'orders:lookup', 'stock:lookup', 'observations:write', 'portal-packs:read'],
};

/** The role of a token the extension asks for when none is named. */
export const EXTENSION_ROLE: Role = 'capture';

/** Whether `role` holds every scope of `other` (so it may grant `other`). */
export function covers(role: Role, other: Role): boolean {
  const held = new Set(ROLE_SCOPES[role]);
  return ROLE_SCOPES[other].every((s) => held.has(s));
}
