const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe in element content and in quoted attribute values. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char);

/** Text outside attributes needs only these three; Markdown stays readable with quotes left as they are. */
export const escapeHtmlText = (text: string): string =>
  text.replace(/[&<>]/g, (char) => HTML_ENTITIES[char] ?? char);

/** One table cell of Markdown: no line breaks, no column separators, no raw HTML. */
export const escapeMarkdownCell = (text: string): string =>
  escapeHtmlText(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** A code fence longer than any run of backticks in the text, so the text cannot close it early. */
export const fenceFor = (text: string): string => {
  const longestRun = Math.max(0, ...Array.from(text.matchAll(/`+/g), (match) => match[0].length));
  return '`'.repeat(Math.max(3, longestRun + 1));
};

export const prettyJson = (value: unknown): string => JSON.stringify(value, null, 2) ?? 'null';

/**
 * JSON for a Markdown code block: `<` and `>` become JSON's own \u escapes (still the same JSON), so not even
 * a viewer that ignores code fences inside HTML sections can read a `</details>` in a value as markup.
 */
export const markdownJson = (value: unknown): string =>
  prettyJson(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
