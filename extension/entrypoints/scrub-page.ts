/**
 * "Save this page for support", injected by the popup into the portal tab
 * (scripting.executeScript, the content scripts' isolated world) only when
 * the seller asks: the scrubber is too large to ride in every content script.
 * An unlisted script, so no page can load it; its answer is main's result.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { scrubThisPage } from '../content/save-page.js';

export default defineUnlistedScript(scrubThisPage);
