import { z } from 'zod';

/**
 * What exactly went wrong, one entry per situation the interface words differently. Main picks the reason and
 * its parameters; the renderer owns the sentence (errors.reason.<reason> in English and German). Adding a
 * situation is one entry here and one string in each language.
 */
export const ERROR_REASONS = [
  // Famulor's answers
  'key_missing_in_request',
  'key_rejected',
  'key_forbidden',
  'no_key',
  'account_rate_limited',
  'generate_reply_rate_limited',
  'balance_used_up',
  'no_such_assistant',
  'no_such_conversation',
  /** A bare 404 on the configured generate-reply path (`path`, `documentedPath`). */
  'generate_reply_path_not_found',
  /** A bare 404 on an API path that shares the base URL with calls that work. */
  'base_url_not_found',
  'famulor_rejected',
  // WhatsApp (their error_code)
  /** SESSION_EXPIRED: the 24-hour window is closed; only a template can go out. */
  'whatsapp_session_expired',
  'whatsapp_sender_offline',
  'whatsapp_sender_not_found',
  'whatsapp_template_not_found',
  'whatsapp_template_not_approved',
  'whatsapp_invalid_phone',
  'processing_failed',
  'redirect_refused',
  'famulor_reported_failure',
  'famulor_server_error',
  'unexpected_answer',
  // The way there
  'connection_refused',
  'host_not_found',
  'connection_reset',
  'unreachable',
  /** No answer within `seconds`. */
  'no_answer_in_time',
  'cancelled',
  // Keys at rest
  'keychain_unavailable',
  'keychain_refused',
  /** The keychain did not answer within `seconds` (usually a locked keyring). */
  'keychain_locked',
  'key_unreadable',
  'safe_storage_unavailable',
  'safe_storage_undecryptable',
  // The key a person types
  'key_empty',
  'key_has_spaces',
  'key_not_ascii',
  /** `min`, `max`, `length`. */
  'key_wrong_length',
  // Connection settings
  'base_url_invalid',
  'base_url_insecure',
  'base_url_has_extras',
  'generate_reply_path_invalid',
  'id_unusable',
  'request_path_escapes',
  // Local files
  'profiles_not_saved',
  'preferences_not_saved',
  'session_not_saved',
  'session_not_deleted',
  /** `count` sessions or indexes whose changes are kept in memory and retried. */
  'changes_not_saved',
  /** The session file was unusable (`problem`) and possibly moved aside (`movedTo`). */
  'session_file_unusable',
  // Things that are gone or refused
  'profile_gone',
  'session_gone',
  'pane_gone',
  /** The earlier messages of an opened thread were asked for twice, or too late (main forgot them). */
  'history_hold_gone',
  /** The demo controls (a customer writing, the clock) exist on the Offline demo only. */
  'demo_controls_offline_only',
  /** The demo's customer can only write into a WhatsApp thread of the simulator. */
  'demo_thread_not_whatsapp',
  'demo_profile_built_in',
  'demo_profile_needs_no_key',
  /** A profile called `name` already exists. */
  'profile_name_taken',
  /** A session with `id` already exists. */
  'session_id_taken',
  // Test suites
  /** The suite file cannot be read (`code`: ENOENT, EACCES, EISDIR…); the renderer knows which path it named. */
  'suite_file_unreadable',
  /** The suite file has `count` problems (the suite list names them with their lines). */
  'suite_invalid',
  /** The suite names an assistant (`name`) the account does not have, or two assistants share its name. */
  'suite_assistant_unknown',
  'suite_gone',
  // The prompt lab
  /** A draft's initial message over `max` characters (Famulor takes 200). */
  'initial_message_too_long',
  'tool_field_missing',
  /** The listed assistant lacks `field`, which a copy needs (voice, language, type, mode, model, timezone). */
  'assistant_not_copyable',
  /** Not a scratch copy this app made on the profile's account: the app deletes no other assistant. */
  'not_a_scratch_copy',
  /** The assistant changed on Famulor since the draft started, in `count` fields the draft changed too. */
  'push_conflicts',
  // Demo packs
  'pack_not_json',
  /** JSON, but not a demo pack (no `format: "famulor-playground/demo-pack"`). */
  'pack_not_a_pack',
  /** Written for format `version`, newer than this app. */
  'pack_newer',
  /** A demo pack whose fields are wrong (`detail` names them). */
  'pack_invalid',
  /** A pack with this id (`name`) is there already; importing again replaces it only when asked. */
  'pack_exists',
  /** Its assistant `name` has the uuid of an assistant of the pack `pack`. */
  'pack_assistant_clash',
  'pack_not_found',
  /** Shipped with the app: it can be switched off or have its edits undone, not be removed. */
  'pack_built_in',
  /** The pack has no assistant with that uuid. */
  'pack_assistant_not_found',
  /** Nothing chosen to record holds a conversation with the assistant `name`. */
  'pack_nothing_recorded',
  /** The replay script is no longer in its session. */
  'pack_script_gone',
  // Exports and imports
  'export_holds_key',
  /** The session `name` holds a stored key. */
  'session_holds_key',
  'import_not_json',
  'import_not_an_export',
  /** Session number `index` of the file is from schema `version`, newer than this app. */
  'import_session_newer',
  'import_session_unreadable',
  'import_session_invalid',
  /** Session number `index` repeats the id `id`. */
  'import_session_repeated',
  // Our own boundary
  /** The request failed our validation; `fieldIssues` says where and which rule. */
  'request_invalid',
  'unknown_channel',
  'request_not_utf8',
  'request_not_json',
  /** `sizeBytes` and `limitBytes`. */
  'request_too_large',
  'caller_not_allowed',
  'host_refused',
  /** Browser mode: the page cannot reach the host process (it stopped, or its port went away). */
  'host_not_answering',
  // The renderer's own checks before sending
  'assistant_not_chosen',
  /** A message over `max` characters. */
  'message_too_long',
  /** The pane's conversation is on the account of another profile (`profile`, its name), not the active one's. */
  'conversation_on_other_profile',
  'assistant_id_not_whole_number',
  'bridge_missing',
  // Inside the app
  'store_not_loaded',
  'unexpected',
] as const;

export const ErrorReasonSchema = z.enum(ERROR_REASONS);
export type ErrorReason = z.infer<typeof ErrorReasonSchema>;

/** Which rule of our own validation a field broke; `limit` is the number the rule names (a maximum length …). */
export const FIELD_RULES = [
  'required',
  'wrong_type',
  'too_long',
  'too_short',
  'too_big',
  'too_small',
  'invalid_format',
  'not_allowed',
  'unknown_field',
  'too_deep',
  'invalid_unicode',
  'forbidden_key',
  'taken',
  'invalid',
] as const;

export const FieldRuleSchema = z.enum(FIELD_RULES);
export type FieldRule = z.infer<typeof FieldRuleSchema>;

export const FieldIssueSchema = z.object({ rule: FieldRuleSchema, limit: z.number().optional() });
export type FieldIssue = z.infer<typeof FieldIssueSchema>;

/** Numbers and names a sentence needs (a field, a path, a count); never a sentence of its own. */
export const ErrorParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type ErrorParams = z.infer<typeof ErrorParamsSchema>;
