// Without zod: the transcript reads the mark on the first screen, where the schemas are not loaded.

/**
 * Opens the reply the simulator gives a message no recorded turn matches, so that the app can show it as what it
 * is — the pack has no answer — and a presenter never mistakes it for the assistant's.
 */
export const NO_RECORDED_ANSWER_MARK = '[no recorded answer]';

export const markNoRecordedAnswer = (text: string): string => `${NO_RECORDED_ANSWER_MARK} ${text}`;

/** A reply's text without the mark, and whether it had one. */
export const readNoRecordedAnswer = (content: string): { marked: boolean; text: string } =>
  content.startsWith(NO_RECORDED_ANSWER_MARK)
    ? { marked: true, text: content.slice(NO_RECORDED_ANSWER_MARK.length).trimStart() }
    : { marked: false, text: content };
