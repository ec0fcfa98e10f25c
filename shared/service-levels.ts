/**
 * Shipping speed in one vocabulary: each marketplace names its services in
 * its own words (Amazon `SecondDay`, eBay "UPS 2nd Day Air", Walmart
 * `TWODAY`, a Shopify shop's "Express"); this maps them, per channel kind, to
 * one unified speed and to the delivery promise the words show (Prime,
 * Walmart TwoDay…). Words no entry knows are `unknown`, never `standard`.
 *
 * Matching is data: per kind an ordered list of entries over a squashed key
 * (ASCII letters lowercased, separators removed), first match wins. The key
 * and the three match forms are deliberately simple so the order backfill
 * (worker/scripts/ship-speed-backfill.ts) can reproduce them in SQL; a test
 * checks it does.
 */
import type { ChannelKind } from './status.js';

/** The unified shipping speeds, fastest first. */
export const SHIP_SPEEDS = ['same_day', 'next_day', 'two_day', 'expedited', 'standard', 'scheduled', 'freight', 'unknown'] as const;
export type ShipSpeed = (typeof SHIP_SPEEDS)[number];

/** Marketplace delivery promises an order can carry. */
export const DELIVERY_PROMISES = ['prime', 'seller_fulfilled_prime', 'walmart_two_day', 'ebay_guaranteed'] as const;
export type DeliveryPromise = (typeof DELIVERY_PROMISES)[number];

/** How an entry's key meets the squashed words: equal to, starting with, or containing it. */
export type MatchForm = 'is' | 'starts' | 'has';

/** One entry of a kind's list: when the words match `key` by `form`, the order gets `value`. */
export interface WordEntry<T> {
  form: MatchForm;
  key: string;
  value: T;
}

/** Characters removed before matching: "Second Day", "second-day" and "SecondDay" are one key. */
export const SEPARATORS = [' ', '\t', '-', '_', '.', ',', '/', '(', ')', ':', "'", '&', '+', '®', '™'] as const;

/**
 * The matching key of a channel's words. Only ASCII letters are lowercased,
 * as SQLite's lower() does, so the backfill computes the same key.
 */
export function serviceKey(words: string): string {
  let key = words.replace(/[A-Z]/g, (c) => c.toLowerCase());
  for (const s of SEPARATORS) key = key.split(s).join('');
  return key;
}

const e = <T>(form: MatchForm, key: string, value: T): WordEntry<T> => ({ form, key, value });

/** Carrier and shop words shared by eBay, Etsy, Shopify and the other kinds; later entries only see what earlier ones missed. */
const COMMON_SPEEDS: ReadonlyArray<WordEntry<ShipSpeed>> = [
  // International services reuse the domestic names ("Priority Mail International") at far slower speeds.
  e('has', 'international', 'unknown'),
  e('has', 'sameday', 'same_day'),
  // USPS Priority Mail Express is sold as a one-business-day service.
  e('has', 'prioritymailexpress', 'next_day'),
  e('has', 'expressmail', 'next_day'),
  e('has', 'overnight', 'next_day'),
  e('has', 'nextday', 'next_day'),
  e('has', 'oneday', 'next_day'),
  e('has', '1day', 'next_day'),
  e('has', '2ndday', 'two_day'),
  e('has', 'secondday', 'two_day'),
  e('has', 'twoday', 'two_day'),
  e('has', '2day', 'two_day'),
  e('has', '3dayselect', 'expedited'),
  e('has', 'prioritymail', 'expedited'),
  e('is', 'uspspriority', 'expedited'),
  e('has', 'expedited', 'expedited'),
  e('has', 'express', 'expedited'),
  e('has', 'freight', 'freight'),
  e('has', 'scheduled', 'scheduled'),
  e('has', 'ground', 'standard'),
  e('has', 'homedelivery', 'standard'),
  e('has', 'firstclass', 'standard'),
  e('has', 'mediamail', 'standard'),
  e('has', 'parcelselect', 'standard'),
  e('has', 'economy', 'standard'),
  e('has', 'standard', 'standard'),
];

/** Each kind's speed entries, in the order they are tried. */
export const SPEED_WORDS: Readonly<Record<ChannelKind, ReadonlyArray<WordEntry<ShipSpeed>>>> = {
  // ShipmentServiceLevelCategory (reports' ship-service-level, the order page) and ShipServiceLevel codes such as "Std US D2D Dom".
  amazon: [
    e('is', 'standard', 'standard'),
    e('is', 'freeeconomy', 'standard'),
    e('is', 'expedited', 'expedited'),
    e('is', 'secondday', 'two_day'),
    e('is', 'nextday', 'next_day'),
    e('is', 'sameday', 'same_day'),
    // Amazon's Priority category is its premium one-business-day delivery.
    e('is', 'priority', 'next_day'),
    e('is', 'scheduled', 'scheduled'),
    e('starts', 'std', 'standard'),
    e('starts', 'freeecon', 'standard'),
    e('starts', 'exp', 'expedited'),
    e('starts', 'second', 'two_day'),
    e('starts', 'sameday', 'same_day'),
    e('starts', 'next', 'next_day'),
    e('starts', 'sched', 'scheduled'),
  ],
  ebay: COMMON_SPEEDS,
  etsy: COMMON_SPEEDS,
  shopify: COMMON_SPEEDS,
  // Seller Center "Shipping Method" and the API's methodCode.
  walmart: [
    e('is', 'value', 'standard'),
    e('is', 'standard', 'standard'),
    e('is', 'expedited', 'expedited'),
    e('is', 'express', 'expedited'),
    e('is', 'twoday', 'two_day'),
    e('is', 'oneday', 'next_day'),
    e('is', 'nextday', 'next_day'),
    e('is', 'freight', 'freight'),
    e('is', 'whiteglove', 'freight'),
  ],
  manual: COMMON_SPEEDS,
  api: COMMON_SPEEDS,
};

/** Each kind's promise entries, in the order they are tried. */
export const PROMISE_WORDS: Readonly<Record<ChannelKind, ReadonlyArray<WordEntry<DeliveryPromise>>>> = {
  amazon: [e('has', 'sellerfulfilledprime', 'seller_fulfilled_prime'), e('has', 'prime', 'prime')],
  ebay: [e('has', 'guaranteeddelivery', 'ebay_guaranteed'), e('has', 'ebayguaranteed', 'ebay_guaranteed')],
  etsy: [],
  shopify: [],
  walmart: [e('is', 'twoday', 'walmart_two_day')],
  manual: [],
  api: [],
};

function lookup<T>(entries: ReadonlyArray<WordEntry<T>>, key: string): T | undefined {
  for (const x of entries) {
    if (x.form === 'is' ? key === x.key : x.form === 'starts' ? key.startsWith(x.key) : key.includes(x.key)) return x.value;
  }
  return undefined;
}

const isKind = (kind: string): kind is ChannelKind => Object.hasOwn(SPEED_WORDS, kind);

/** The unified speed of a channel's service words; `unknown` for words (or a kind) the lists do not know, or none. */
export function shipSpeedOf(kind: string, words: string | null | undefined): ShipSpeed {
  if (!words || !isKind(kind)) return 'unknown';
  return lookup(SPEED_WORDS[kind], serviceKey(words)) ?? 'unknown';
}

/** The delivery promise a channel's service words show, or null when they show none. */
export function deliveryPromiseOf(kind: string, words: string | null | undefined): DeliveryPromise | null {
  if (!words || !isKind(kind)) return null;
  return lookup(PROMISE_WORDS[kind], serviceKey(words)) ?? null;
}

/** Labels for people, in the order speeds are listed. */
export const SHIP_SPEED_LABELS: Readonly<Record<ShipSpeed, string>> = {
  same_day: 'Same day',
  next_day: 'Next day',
  two_day: 'Two-day',
  expedited: 'Expedited',
  standard: 'Standard',
  scheduled: 'Scheduled',
  freight: 'Freight',
  unknown: 'Unknown',
};

/** Labels for people of each promise. */
export const DELIVERY_PROMISE_LABELS: Readonly<Record<DeliveryPromise, string>> = {
  prime: 'Prime',
  seller_fulfilled_prime: 'Seller Fulfilled Prime',
  walmart_two_day: 'Walmart TwoDay',
  ebay_guaranteed: 'eBay Guaranteed Delivery',
};
