/**
 * The button a chip offers where Orderlens can do something on the page
 * ("Set to 6", "confirm here"): pill-shaped like the chips, drawn with the
 * DOM (see DomView). Its clicks stop at the button, so the portal's row
 * handlers never take them for their own.
 */
import type { DomView } from './mount.js';

/** The button's styles, for a chip layer's shadow roots. */
export const ACTION_CSS = `
.act{display:inline-block;box-sizing:border-box;margin:0 0 0 6px;padding:0 8px;vertical-align:baseline;border:1px solid #fedf89;border-radius:999px;
font:600 11px/16px system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#b54708;background:#fffaeb;cursor:pointer;white-space:nowrap;}
.act:hover{background:#fef0c7;}
.act:disabled{cursor:progress;opacity:.6;}
`;

/** A button with `words`, `details` on hover, doing `press` (swapped on every draw, so it acts on the latest pass). */
export function actionButtonView(words: string, details: string, press: () => Promise<void>): DomView {
  return {
    draw(previous) {
      const button = previous instanceof HTMLButtonElement ? previous : document.createElement('button');
      button.type = 'button';
      button.className = 'act';
      if (button.textContent !== words) button.textContent = words;
      button.title = details;
      button.setAttribute('aria-label', `Orderlens: ${words}. ${details}`);
      button.onclick = (event) => {
        event.stopPropagation();
        event.preventDefault();
        button.disabled = true;
        void press().finally(() => {
          button.disabled = false;
        });
      };
      return button;
    },
  };
}
