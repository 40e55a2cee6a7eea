import type { Variables } from '../../../shared/domain/famulor';
import { findPlaceholders as placeholdersIn } from '../../../shared/domain/placeholders';

export type PlaceholderSource = 'systemPrompt' | 'initialMessage';

export interface Placeholder {
  name: string;
  /** How it was written: Famulor's chat pages use `{{name}}`, its call-variable pages `{name}`. */
  styles: ('double' | 'single')[];
  sources: PlaceholderSource[];
  /** Filled in by Famulor itself (customer_phone, current_date …). */
  system: boolean;
}

/** Every placeholder in the texts, in order of first appearance, with where and how it was written. */
export const findPlaceholders = (texts: Partial<Record<PlaceholderSource, string | null>>): Placeholder[] => {
  const found = new Map<string, Placeholder>();
  for (const source of ['systemPrompt', 'initialMessage'] as const) {
    const text = texts[source];
    if (!text) continue;
    for (const occurrence of placeholdersIn(text, {})) {
      const { name } = occurrence;
      const style = occurrence.braces === 2 ? 'double' : 'single';
      const entry = found.get(name) ?? {
        name,
        styles: [],
        sources: [],
        system: occurrence.kind === 'system',
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
