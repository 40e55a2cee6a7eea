import type { JsonValue } from '../../shared/domain/famulor';
import { localDateAndTime } from '../../shared/time/wallClock';

/** Resolves a placeholder name to a value, or undefined when nothing defines it. */
export type VariableLookup = (name: string) => JsonValue | undefined;

type Layer = Readonly<Record<string, JsonValue>> | null | undefined;

// Famulor writes `{{name}}` on chat pages and `{name}` on call-variable pages; assistants may use both.
const PLACEHOLDER = /\{\{\s*([A-Za-z_]\w*)\s*\}\}|\{([A-Za-z_]\w*)\}/g;
const SINGLE_PLACEHOLDER = /^(?:\{\{\s*([A-Za-z_]\w*)\s*\}\}|\{([A-Za-z_]\w*)\})$/;

/** The first layer that defines a name wins: earlier layers override later ones. */
export const layeredLookup =
  (...layers: Layer[]): VariableLookup =>
  (name) => {
    for (const layer of layers) {
      if (layer && Object.hasOwn(layer, name)) return layer[name];
    }
    return undefined;
  };

const asText = (value: JsonValue): string =>
  typeof value === 'string'
    ? value
    : value === null
      ? ''
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);

/** Substitutes both brace styles. Unknown names stay as written, so a misspelt variable is visible. */
export const renderTemplate = (template: string, lookup: VariableLookup): string =>
  template.replace(PLACEHOLDER, (whole: string, double?: string, single?: string) => {
    const value = lookup(double ?? single ?? '');
    return value === undefined ? whole : asText(value);
  });

/**
 * Renders every string inside a JSON template. A string that is one placeholder and nothing else takes the
 * variable's own JSON type, so `"{{appointment_minutes}}"` becomes the number 30 in a function argument.
 */
export const renderJson = (template: JsonValue, lookup: VariableLookup): JsonValue => {
  if (typeof template === 'string') {
    const single = SINGLE_PLACEHOLDER.exec(template);
    if (single) {
      const value = lookup(single[1] ?? single[2] ?? '');
      if (value !== undefined && typeof value !== 'string') return value;
    }
    return renderTemplate(template, lookup);
  }
  if (Array.isArray(template)) return template.map((item) => renderJson(item, lookup));
  if (template !== null && typeof template === 'object') {
    return Object.fromEntries(
      Object.entries(template).map(([key, value]) => [key, renderJson(value, lookup)]),
    );
  }
  return template;
};

export interface SystemVariableInput {
  assistantId: number;
  assistantName: string;
  timezone: string | null;
  customerPhone: string;
  assistantPhone: string;
  at: Date;
}

/** Famulor's automatic variables; the phone numbers are empty on web chats, as the reference says. */
export const systemVariables = (input: SystemVariableInput): Record<string, string> => {
  const local = localDateAndTime(input.at, input.timezone ?? 'UTC');
  return {
    customer_phone: input.customerPhone,
    assistant_phone: input.assistantPhone,
    assistant_id: String(input.assistantId),
    assistant_name: input.assistantName,
    current_date: local.date,
    current_time: local.time,
  };
};
