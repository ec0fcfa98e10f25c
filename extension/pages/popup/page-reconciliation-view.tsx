/** The popup's "This page against your book": the active portal page's reconciliation counts; nothing elsewhere. */
import { useEffect } from 'preact/hooks';
import { pageCounts, reconciliationLines, refreshPageCounts } from './page-reconciliation.js';

export function PageReconciliationView() {
  useEffect(() => void refreshPageCounts(), []);
  const shown = pageCounts.value;
  if (!shown) return null;
  return (
    <section class="reading-health" aria-labelledby="page-reconciliation-heading">
      <h2 id="page-reconciliation-heading">This page against your book</h2>
      <ul>
        {reconciliationLines(shown.portal, shown.counts).map((line) => (
          <li key={line.code} data-count={line.code}>
            {line.words}
          </li>
        ))}
      </ul>
    </section>
  );
}
