/** What the rest of the worker uses of page reading: housekeeping of old page-read reports. */
export { prunePageReads } from './queries-page-reads.js';
