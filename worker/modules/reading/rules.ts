/**
 * Checks on page-read reports beyond their types: counts that cannot belong
 * together and times from the future are refused, naming the field, so a
 * broken reporter shows as 400s rather than as figures nobody can trust.
 */
import type { PageRead } from '../../../shared/schemas/page-reads.js';
import type { FieldIssue } from '../../errors.js';

/** How far ahead of the worker's clock a report's time may be (clock skew). */
const FUTURE_MS = 24 * 3_600_000;

/**
 * The issues of a batch's reports: `at` more than a day ahead of `now`; a
 * field missing on, or a strategy reading a field on, more items than the
 * page held (rowsRead + rowsSkipped).
 */
export function implausibleReads(reads: readonly PageRead[], now: number): FieldIssue[] {
  const issues: FieldIssue[] = [];
  reads.forEach((r, i) => {
    const at = `reads.${i}`;
    if (Date.parse(r.at) > now + FUTURE_MS) issues.push({ path: `${at}.at`, message: 'more than a day ahead of now' });
    const items = r.rowsRead + r.rowsSkipped;
    for (const [field, n] of Object.entries(r.fieldsMissing)) {
      if (n > items) issues.push({ path: `${at}.fieldsMissing.${field}`, message: `more than the ${items} items the page held` });
    }
    for (const [field, byStrategy] of Object.entries(r.strategies)) {
      for (const [strategy, n] of Object.entries(byStrategy)) {
        if (n > items) issues.push({ path: `${at}.strategies.${field}.${strategy}`, message: `more than the ${items} items the page held` });
      }
    }
  });
  return issues;
}
