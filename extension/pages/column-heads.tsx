/**
 * The head of every figures table in the extension's pages: one row of
 * column titles, each marked as a column header for screen readers.
 */
import type { ComponentChildren } from 'preact';

/** A table head with one column header per title, in order. */
export function ColumnHeads({ titles }: { titles: readonly ComponentChildren[] }) {
  return (
    <thead>
      <tr>
        {titles.map((title, i) => (
          <th key={i} scope="col">
            {title}
          </th>
        ))}
      </tr>
    </thead>
  );
}
