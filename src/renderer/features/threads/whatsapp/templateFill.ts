import type { WhatsAppTemplate } from '../../../../shared/domain/whatsapp';

/** One placeholder of a template body: its position (`{{1}}` is 1) and the name Famulor gives it, if any. */
export interface TemplateField {
  position: number;
  name: string | null;
}

const PLACEHOLDER = /\{\{\s*(\d+)\s*\}\}/g;

/** The body's placeholders in order of position, each once. */
export const templateFields = (template: WhatsAppTemplate): TemplateField[] => {
  const positions = new Set<number>();
  for (const match of template.bodyText.matchAll(PLACEHOLDER)) positions.add(Number(match[1]));
  return [...positions]
    .sort((left, right) => left - right)
    .map((position) => ({ position, name: template.variables[position - 1] ?? null }));
};

/**
 * The text the customer will read, with each placeholder replaced by its value (by position); `missing` lists the
 * positions still empty, whose placeholders stay visible in the preview.
 */
export const fillTemplate = (
  template: WhatsAppTemplate,
  values: Readonly<Record<number, string>>,
): { text: string; missing: number[] } => {
  const missing = new Set<number>();
  const text = template.bodyText.replace(PLACEHOLDER, (placeholder, raw: string) => {
    const value = values[Number(raw)]?.trim();
    if (value) return value;
    missing.add(Number(raw));
    return placeholder;
  });
  return { text, missing: [...missing].sort((left, right) => left - right) };
};

/** The `variables` a template send takes: by position, as the reference's first example sends them. */
export const templateVariables = (values: Readonly<Record<number, string>>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(values)
      .map(([position, value]) => [position, value.trim()] as const)
      .filter(([, value]) => value !== ''),
  );
