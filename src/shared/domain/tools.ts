import { z } from 'zod';
import { JsonValueSchema } from './json';

/**
 * Famulor's two kinds of assistant tools (famulor-api.md):
 * - built-in tools, one of seven documented types, set with `tools` on assistant create/update;
 * - custom HTTP ("mid-call") tools, kept under /user/tools and attached with `tool_ids`. Their calls are
 *   the `function_calls` a reply shows.
 */
export const BUILT_IN_TOOL_TYPES = [
  'call_transfer',
  'warm_call_transfer',
  'end_call',
  'dtmf_input',
  'collect_keypad',
  'calendar_integration',
  'assistant_transfer',
] as const;
export type BuiltInToolType = (typeof BUILT_IN_TOOL_TYPES)[number];

/** Fields the update page marks required, per type. */
export const REQUIRED_TOOL_FIELDS: Record<BuiltInToolType, readonly string[]> = {
  call_transfer: ['phone_number'],
  warm_call_transfer: ['supervisor_phone', 'outbound_phone_id', 'description'],
  end_call: [],
  dtmf_input: [],
  collect_keypad: [],
  calendar_integration: ['calcom_api_key', 'calcom_event_slug'],
  assistant_transfer: [],
};

/**
 * The write shape: flat `{type, …fields}`. The list's read shape `{type, data: {…}}` sent back is wrong,
 * so `data` is refused here rather than passed on.
 */
export const BuiltInToolSchema = z
  .object({ type: z.enum(BUILT_IN_TOOL_TYPES), data: z.never().optional() })
  .catchall(JsonValueSchema);
export type BuiltInTool = z.infer<typeof BuiltInToolSchema>;

/** Required fields of a built-in tool that are absent or empty: Famulor refuses the tool without them. */
export const missingToolFields = (tool: BuiltInTool): string[] =>
  REQUIRED_TOOL_FIELDS[tool.type].filter((field) => {
    const value = tool[field];
    return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
  });
