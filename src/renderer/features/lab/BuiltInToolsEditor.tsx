import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JsonValue } from '../../../shared/domain/famulor';
import { sameJson } from '../../../shared/domain/sameJson';
import {
  BUILT_IN_TOOL_TYPES,
  missingToolFields,
  REQUIRED_TOOL_FIELDS,
  type BuiltInTool,
  type BuiltInToolType,
} from '../../../shared/domain/tools';

type Fields = { [key: string]: JsonValue };

/** Why typed fields are not taken: not a JSON object, or the list's read shape (`type`/`data` inside). */
export type ToolFieldsProblem = 'notAnObject' | 'readShape';

/** Reads a tool's fields (the flat write shape without `type`) from the text the person typed. */
export const readToolFields = (
  text: string,
): { ok: true; fields: Fields } | { ok: false; problem: ToolFieldsProblem } => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.trim() === '' ? '{}' : text);
  } catch {
    return { ok: false, problem: 'notAnObject' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { ok: false, problem: 'notAnObject' };
  const fields = parsed as Fields;
  return 'data' in fields || 'type' in fields ? { ok: false, problem: 'readShape' } : { ok: true, fields };
};

const fieldsOf = ({ type: _type, ...fields }: BuiltInTool): Fields => fields as Fields;
const textOf = (tool: BuiltInTool) => {
  const fields = fieldsOf(tool);
  return Object.keys(fields).length === 0 ? '' : JSON.stringify(fields, null, 2);
};

/** A new tool of a type: its required fields present and empty, for the person to fill in. */
const newTool = (type: BuiltInToolType): BuiltInTool => ({
  ...Object.fromEntries(REQUIRED_TOOL_FIELDS[type].map((field) => [field, ''])),
  type,
});

interface Props {
  tools: BuiltInTool[];
  onChange(tools: BuiltInTool[]): void;
  /** Listed items the API cannot write back (kept apart, left alone by a push). */
  unwritable: number;
}

/**
 * The draft's built-in tools in Famulor's flat write shape: a type and its fields as JSON, checked as typed. The
 * draft takes the fields whenever they read as an object in the write shape (a required field left empty is marked,
 * and the draft cannot be tried or applied until it is filled in); text that does not read stays as typed, so
 * nothing typed is lost.
 */
export const BuiltInToolsEditor = ({ tools, onChange, unwritable }: Props) => {
  const { t } = useTranslation();
  const id = useId();
  // Text being typed per tool, by place, with the tool it made: shown while the draft still holds that tool (a
  // restored version brings other tools, whose fields are shown as the draft has them).
  const [typing, setTyping] = useState<Record<number, { text: string; tool: BuiltInTool }>>({});
  const [adding, setAdding] = useState<BuiltInToolType>('end_call');

  const replace = (index: number, tool: BuiltInTool) =>
    onChange(tools.map((each, at) => (at === index ? tool : each)));
  const type = (index: number, tool: BuiltInTool, text: string) => {
    const read = readToolFields(text);
    const next = read.ok ? { ...read.fields, type: tool.type } : tool;
    setTyping((all) => ({ ...all, [index]: { text, tool: next } }));
    if (read.ok) replace(index, next);
  };
  const remove = (index: number) => {
    setTyping((all) =>
      Object.fromEntries(
        Object.entries(all).flatMap(([at, text]) =>
          Number(at) === index ? [] : [[Number(at) > index ? Number(at) - 1 : Number(at), text]],
        ),
      ),
    );
    onChange(tools.filter((_, at) => at !== index));
  };
  const add = () => onChange([...tools, newTool(adding)]);

  return (
    <fieldset className="lab-field lab-tools">
      <legend>{t('lab.fields.tools')}</legend>
      {tools.length === 0 && <span className="lab-muted">{t('lab.fields.noTools')}</span>}
      {tools.map((tool, index) => {
        const typed = typing[index];
        const text = typed && sameJson(typed.tool, tool) ? typed.text : textOf(tool);
        const read = readToolFields(text);
        const missing = missingToolFields(tool);
        const invalid = !read.ok || missing.length > 0;
        const hint = `${id}-tool-${index}`;
        return (
          <div key={index} className="lab-tool" role="group" aria-label={tool.type}>
            <div className="lab-tool__head">
              <code>{tool.type}</code>
              <button
                type="button"
                className="button button--small"
                aria-label={t('lab.fields.removeTool', { type: tool.type })}
                onClick={() => remove(index)}
              >
                ✕
              </button>
            </div>
            <textarea
              className="lab-input lab-tool__fields"
              aria-label={t('lab.fields.toolFields', { type: tool.type })}
              aria-invalid={invalid}
              aria-describedby={hint}
              spellCheck={false}
              rows={Math.min(8, Math.max(2, text.split('\n').length))}
              value={text}
              onChange={(event) => type(index, tool, event.target.value)}
            />
            <span id={hint} className={invalid ? 'lab-error' : 'lab-muted'}>
              {!read.ok
                ? t(`lab.fields.tool_${read.problem}`)
                : missing.length > 0
                  ? t('lab.fields.toolMissing', { fields: missing.join(', ') })
                  : t('lab.fields.toolRequired', {
                      fields:
                        REQUIRED_TOOL_FIELDS[tool.type].join(', ') || t('lab.fields.toolNothingRequired'),
                    })}
            </span>
          </div>
        );
      })}
      <div className="lab-tool__add">
        <select
          className="lab-input"
          aria-label={t('lab.fields.toolType')}
          value={adding}
          onChange={(event) => setAdding(event.target.value as BuiltInToolType)}
        >
          {BUILT_IN_TOOL_TYPES.map((each) => (
            <option key={each} value={each}>
              {each}
            </option>
          ))}
        </select>
        <button type="button" className="button button--small" onClick={add}>
          {t('lab.fields.addTool')}
        </button>
      </div>
      {unwritable > 0 && (
        <span className="lab-muted">{t('lab.fields.unwritableTools', { count: unwritable })}</span>
      )}
    </fieldset>
  );
};
