/**
 * The pill every chip is drawn as: small, inline, quiet, one tone per
 * meaning. It sits on the text baseline beside a portal's own text and takes
 * only its own width; it handles no clicks, so the portal's stay its own.
 */

import type { DomView } from './mount.js';

/** What a pill's colour says. */
export type PillTone = 'good' | 'info' | 'warn' | 'bad' | 'muted';

/** The pill's styles, for a chip layer's shadow roots. */
export const PILL_CSS = `
.pill{display:inline-block;box-sizing:border-box;margin:0 0 0 6px;padding:0 7px;max-width:16em;overflow:hidden;text-overflow:ellipsis;
white-space:nowrap;vertical-align:baseline;border:1px solid transparent;border-radius:999px;
font:500 11px/16px system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;letter-spacing:0;text-transform:none;cursor:default;}
.good{color:#067647;background:#ecfdf3;border-color:#abefc6;}
.info{color:#2e4c8f;background:#eef4ff;border-color:#c7d7fe;}
.warn{color:#b54708;background:#fffaeb;border-color:#fedf89;}
.bad{color:#b42318;background:#fef3f2;border-color:#fecdca;}
.muted{color:#475467;background:#f2f4f7;border-color:#d0d5dd;}
`;

/** A pill with its words and, on hover, the details. */
export function Pill({ tone, words, details }: { tone: PillTone; words: string; details: string }) {
  return (
    <span class={`pill ${tone}`} title={details} aria-label={`Orderlens: ${words}. ${details}`} role="note">
      {words}
    </span>
  );
}

/**
 * The same pill as a DOM view for chip layers (see DomView): built once with
 * the DOM, then only what changed is set again. Same markup as `Pill`.
 */
export function pillView({ tone, words, details }: { tone: PillTone; words: string; details: string }): DomView {
  const className = `pill ${tone}`;
  const label = `Orderlens: ${words}. ${details}`;
  return {
    draw(previous) {
      const pill = previous instanceof HTMLSpanElement ? previous : document.createElement('span');
      const fresh = pill !== previous;
      if (fresh || pill.className !== className) pill.className = className;
      if (fresh || pill.title !== details) pill.title = details;
      if (fresh || pill.getAttribute('aria-label') !== label) pill.setAttribute('aria-label', label);
      if (fresh) pill.setAttribute('role', 'note');
      if (fresh || pill.textContent !== words) pill.textContent = words;
      return pill;
    },
  };
}
