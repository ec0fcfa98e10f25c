/** Escaping text for the HTML pages the worker renders (the plain API reference, printable pick lists). */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside HTML content and attribute values. */
export const escapeHtml = (text: string | number) => String(text).replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
