import { readableTime } from './readableTime';
import type { FunctionCall, Variables } from '../domain/famulor';
import { escapeHtml, prettyJson } from './escape';
import { roleLabel } from './markdown';
import type { ExportDocument, ExportEntry, ExportFact, ExportTranscript } from './model';

// The report must open offline and run nothing: inline styles only, and a policy that forbids everything else.
const REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
:root { --bg:#f6f7f9; --surface:#fff; --border:#dcdfe6; --text:#1c1f26; --muted:#5d6575; --accent:#3b5bdb;
  --user:#e7ecff; --assistant:#fff; --code:#eef0f4; color-scheme: light dark; }
@media (prefers-color-scheme: dark) { :root { --bg:#14171d; --surface:#1b1f27; --border:#2f3542; --text:#e3e7ef;
  --muted:#9aa3b5; --accent:#7b93f5; --user:#232b45; --assistant:#1b1f27; --code:#232833; } }
* { box-sizing: border-box; }
body { margin:0; background:var(--bg); color:var(--text); font:14px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
main { max-width: 920px; margin: 0 auto; padding: 32px 24px 64px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 32px 0 12px; }
.exported { color: var(--muted); margin: 0 0 20px; }
table.facts { border-collapse: collapse; margin: 8px 0 16px; }
table.facts th { text-align: left; color: var(--muted); font-weight: 500; padding: 3px 16px 3px 0; vertical-align: top; }
table.facts td { padding: 3px 0; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px; overflow-wrap: anywhere; }
pre { background: var(--code); border: 1px solid var(--border); border-radius: 6px; padding: 10px 12px; overflow: auto;
  font: 12.5px/1.45 ui-monospace, Menlo, Consolas, monospace; margin: 6px 0; }
ol.messages { list-style: none; padding: 0; margin: 0; }
.message { border: 1px solid var(--border); border-radius: 8px; padding: 10px 14px; margin: 10px 0; background: var(--assistant); }
.message.role-user { background: var(--user); margin-left: 48px; }
.message.role-assistant { margin-right: 48px; }
.message header { font-size: 12px; color: var(--muted); margin-bottom: 4px; display: flex; gap: 8px; }
.message header strong { color: var(--text); }
.content { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; }
details { border: 1px solid var(--border); border-radius: 6px; padding: 4px 10px; margin-top: 8px; background: var(--surface); }
summary { cursor: pointer; font-size: 13px; } summary code { font-family: ui-monospace, Menlo, Consolas, monospace; color: var(--accent); }
.label { font-size: 12px; color: var(--muted); margin-top: 6px; }
.empty { color: var(--muted); font-style: italic; }
`;

const factsTable = (facts: ExportFact[]): string =>
  facts.length === 0
    ? ''
    : `<table class="facts"><tbody>${facts
        .map(
          (fact) =>
            `<tr><th scope="row">${escapeHtml(fact.label)}</th><td>${escapeHtml(fact.value)}</td></tr>`,
        )
        .join('')}</tbody></table>`;

const jsonBlock = (value: unknown): string => `<pre>${escapeHtml(prettyJson(value))}</pre>`;

const functionCallSection = (call: FunctionCall): string =>
  `<details class="function-call"><summary>Function call <code>${escapeHtml(call.name)}</code></summary>` +
  `<div class="label">Arguments</div>${jsonBlock(call.arguments)}` +
  `<div class="label">Result</div>${jsonBlock(call.result)}</details>`;

const roleClass = (role: string): string => `role-${role.replace(/[^a-z0-9-]/gi, '') || 'other'}`;

const entryItem = (entry: ExportEntry, index: number): string =>
  `<li class="message ${roleClass(entry.role)}"><header><strong>${escapeHtml(roleLabel(entry.role))}</strong>` +
  `<span>#${index + 1}</span>${entry.at ? `<time datetime="${escapeHtml(entry.at)}">${escapeHtml(readableTime(entry.at))}</time>` : ''}</header>` +
  (entry.content === ''
    ? '<p class="content empty">(empty)</p>'
    : `<p class="content">${escapeHtml(entry.content)}</p>`) +
  entry.functionCalls.map(functionCallSection).join('') +
  '</li>';

const variablesSection = (variables: Variables | null): string =>
  variables === null || Object.keys(variables).length === 0
    ? '<p class="empty">No variables.</p>'
    : jsonBlock(variables);

const transcriptSection = (transcript: ExportTranscript): string =>
  `<section><h2>${escapeHtml(transcript.title)}</h2>${factsTable(transcript.facts)}` +
  `<div class="label">Variables</div>${variablesSection(transcript.variables)}` +
  (transcript.entries.length === 0
    ? '<p class="empty">No messages yet.</p>'
    : `<ol class="messages">${transcript.entries.map(entryItem).join('')}</ol>`) +
  '</section>';

/** One self-contained file: no scripts, no remote resources, every string escaped. */
export const toHtml = (document: ExportDocument): string =>
  [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(document.title)}</title>`,
    `<style>${STYLE}</style></head><body><main>`,
    `<h1>${escapeHtml(document.title)}</h1>`,
    `<p class="exported">Exported from Famulor Playground on <time datetime="${escapeHtml(document.exportedAt)}">${escapeHtml(readableTime(document.exportedAt))}</time></p>`,
    factsTable(document.facts),
    document.notes === null ? '' : `<h2>Notes</h2><p class="content">${escapeHtml(document.notes)}</p>`,
    ...document.transcripts.map(transcriptSection),
    '</main></body></html>',
    '',
  ].join('\n');
