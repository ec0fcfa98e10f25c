/**
 * The popup's "Reading health": for each portal Orderlens has read a page
 * of, how fully the last one was read, when, and with which pack.
 */
import { PORTALS } from '../../messaging/portal-links.js';
import { readingHealthWords } from '../reading-words.js';
import { readingHealth } from './popup-state.js';

/** One line per portal with a reading; nothing before any page was read. */
export function ReadingHealth() {
  const lines = readingHealth.value;
  const read = PORTALS.filter((portal) => lines[portal]);
  if (read.length === 0) return null;
  const now = new Date();
  return (
    <section class="reading-health" aria-labelledby="reading-health-heading">
      <h2 id="reading-health-heading">Reading health</h2>
      <ul>
        {read.map((portal) => (
          <li key={portal} class={lines[portal]!.ok ? 'muted' : 'warn'}>
            {readingHealthWords(portal, lines[portal]!, now)}
          </li>
        ))}
      </ul>
    </section>
  );
}
