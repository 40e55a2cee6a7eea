import type { Variables } from '../../../shared/domain/famulor';
import { SYSTEM_VARIABLE_NAMES } from './systemVariables';

export type PlaceholderSource = 'systemPrompt' | 'initialMessage';

export interface Placeholder {
  name: string;
  /** How it was written: Famulor's chat pages use `{{name}}`, its call-variable pages `{name}`. */
  styles: ('double' | 'single')[];
  sources: PlaceholderSource[];
  /** Filled in by Famulor itself (customer_phone, current_date …). */
  system: boolean;
}

// The same grammar the simulator substitutes: an identifier in one or two pairs of braces.
const PLACEHOLDER = /\{\{\s*([A-Za-z_]\w*)\s*\}\}|\{([A-Za-z_]\w*)\}/g;

/** Every placeholder in the texts, in order of first appearance, with where and how it was written. */
export const findPlaceholders = (texts: Partial<Record<PlaceholderSource, string | null>>): Placeholder[] => {
  const found = new Map<string, Placeholder>();
  for (const source of ['systemPrompt', 'initialMessage'] as const) {
    const text = texts[source];
    if (!text) continue;
    for (const match of text.matchAll(PLACEHOLDER)) {
      const name = match[1] ?? match[2] ?? '';
      const style = match[1] === undefined ? 'single' : 'double';
      const entry = found.get(name) ?? {
        name,
        styles: [],
        sources: [],
        system: SYSTEM_VARIABLE_NAMES.has(name),
      };
      if (!entry.styles.includes(style)) entry.styles.push(style);
      if (!entry.sources.includes(source)) entry.sources.push(source);
      found.set(name, entry);
    }
  }
  return [...found.values()];
};

/** A custom placeholder with no value: the assistant would say the braces out loud. */
export const isUnset = (placeholder: Placeholder, variables: Variables): boolean =>
  !placeholder.system &&
  (!Object.hasOwn(variables, placeholder.name) ||
    variables[placeholder.name] === null ||
    variables[placeholder.name] === '');
