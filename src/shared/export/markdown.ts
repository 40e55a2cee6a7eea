import { readableTime } from './readableTime';
import type { FunctionCall, Variables } from '../domain/famulor';
import { escapeHtmlText, escapeMarkdownCell, fenceFor, markdownJson } from './escape';
import type { ExportDocument, ExportEntry, ExportFact, ExportTranscript } from './model';

const ROLE_LABELS: Record<string, string> = {
  user: 'Customer',
  assistant: 'Assistant',
  system: 'System',
  error: 'Error',
};

export const roleLabel = (role: string): string => ROLE_LABELS[role] ?? role;

const codeBlock = (language: string, text: string): string => {
  const fence = fenceFor(text);
  return `${fence}${language}\n${text}\n${fence}`;
};

const factTable = (facts: ExportFact[]): string =>
  facts.length === 0
    ? ''
    : [
        '| Field | Value |',
        '|---|---|',
        ...facts.map((fact) => `| ${escapeMarkdownCell(fact.label)} | ${escapeMarkdownCell(fact.value)} |`),
      ].join('\n');

/**
 * Message text is quoted line by line; HTML is escaped so that a message containing `</details>` or a script
 * tag shows as text in any Markdown viewer instead of changing the page's structure.
 */
const quote = (text: string): string =>
  text === ''
    ? '> _(empty)_'
    : escapeHtmlText(text)
        .split(/\r?\n/)
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n');

// Collapsible sections are raw HTML, which Markdown viewers keep; the blank lines let the code fence inside render.
const functionCallSection = (call: FunctionCall): string =>
  [
    `<details><summary>Function call <code>${escapeHtmlText(call.name)}</code></summary>`,
    '',
    '**Arguments**',
    '',
    codeBlock('json', markdownJson(call.arguments)),
    '',
    '**Result**',
    '',
    codeBlock('json', markdownJson(call.result)),
    '',
    '</details>',
  ].join('\n');

const entryBlock = (entry: ExportEntry, index: number): string => {
  const when = entry.at ? ` · ${readableTime(entry.at)}` : '';
  const parts = [
    `**${index + 1}. ${escapeHtmlText(roleLabel(entry.role))}**${escapeHtmlText(when)}`,
    '',
    quote(entry.content),
  ];
  for (const call of entry.functionCalls) parts.push('', functionCallSection(call));
  return parts.join('\n');
};

const variablesBlock = (variables: Variables | null): string =>
  variables === null || Object.keys(variables).length === 0
    ? '_No variables._'
    : codeBlock('json', markdownJson(variables));

const transcriptBlock = (transcript: ExportTranscript): string =>
  [
    `## ${escapeHtmlText(transcript.title)}`,
    factTable(transcript.facts),
    `**Variables**\n\n${variablesBlock(transcript.variables)}`,
    transcript.entries.length === 0
      ? '_No messages yet._'
      : transcript.entries.map((entry, index) => entryBlock(entry, index)).join('\n\n'),
  ]
    .filter((part) => part !== '')
    .join('\n\n');

export const toMarkdown = (document: ExportDocument): string => {
  const parts = [
    `# ${escapeHtmlText(document.title)}`,
    `_Exported from Famulor Playground on ${readableTime(document.exportedAt)}._`,
    factTable(document.facts),
    document.notes === null ? '' : `## Notes\n\n${quote(document.notes)}`,
    ...document.transcripts.map((transcript) => transcriptBlock(transcript)),
  ];
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
};
