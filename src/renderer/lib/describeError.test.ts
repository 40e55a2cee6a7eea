import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ERROR_REASONS, FIELD_RULES } from '../../shared/errorReasons';
import { ERROR_CODES, type AppError } from '../../shared/result';
import { initI18n } from '../i18n';
import { describeError, describeErrorCode, describeFieldProblems } from './describeError';

/** A value for every parameter any reason's sentence names, so no placeholder is left unfilled. */
const PARAMS = {
  path: '/ai/generate-reply',
  documentedPath: '/user/ai/generate-reply',
  limit: 5,
  seconds: 3,
  what: 'id',
  type: 'call_transfer',
  field: 'voice_id',
  name: 'Demo',
  profile: 'Production',
  id: 's-1',
  index: 2,
  version: 9,
  count: 2,
  min: 8,
  max: 512,
  length: 3,
  problem: 'notJson',
  movedTo: '/tmp/s-1.corrupt.json',
  channel: 'app:nope',
  code: 'ENOENT',
  detail: 'assistants[0].uuid: Invalid UUID',
  pack: 'Clara — appointments',
};

/** Sentences main used to write in English (before it sent codes): none may reach a German interface. */
const MAINS_OLD_SENTENCES = [
  'Famulor has no such assistant on this account',
  'Famulor has no such conversation',
  'Famulor could not find what was asked for',
  'Famulor limits replies to',
  'Famulor is limiting requests',
  'Famulor could not process the message',
  'Famulor answered with a redirect',
  'Famulor reported a failure',
  'Famulor had a problem',
  'Famulor received no API key',
  'Famulor rejected the API key',
  'This API key is not allowed',
  'Your Famulor balance is used up',
  'Famulor rejected the request',
  'Famulor sent an answer the playground does not understand',
  'Famulor could not be reached',
  'Famulor did not answer within',
  'The request was cancelled',
  'No API key is set for this profile',
  'The API key could not be read from the keychain',
  'The system keychain',
  'This session no longer exists',
  'This connection profile no longer exists',
  'Something went wrong inside the app',
  'A message may have at most',
  'Pick an assistant',
];

/** Words of English that no German sentence of ours contains ("was" is German too, so it is not listed). */
const ENGLISH_WORDS = /\b(the|could|not|please|check|again|must|cannot|this|is|has|been|with|your|try)\b/i;

const sentenceIn = (language: 'en' | 'de', error: AppError): string =>
  describeError(i18next.getFixedT(language), error);

describe('every error in words', () => {
  beforeAll(async () => {
    await initI18n('en');
  });

  it.each(ERROR_REASONS.flatMap((reason) => ERROR_CODES.map((code) => [reason, code] as const)))(
    '%s (%s): a sentence in English and a different one in German, with no English in it',
    (reason, code) => {
      const error: AppError = { code, reason, params: PARAMS };
      const english = sentenceIn('en', error);
      const german = sentenceIn('de', error);
      for (const text of [english, german]) {
        expect(text.trim().length).toBeGreaterThan(3);
        expect(text).not.toContain('errors.');
        expect(text).not.toContain('{{');
      }
      expect(german).not.toBe(english);
      expect(german).not.toMatch(ENGLISH_WORDS);
      for (const old of MAINS_OLD_SENTENCES) expect(german).not.toContain(old);
    },
  );

  it.each(ERROR_CODES)('the kind %s has a name in both languages', (code) => {
    const error: AppError = { code, reason: 'unexpected' };
    const english = describeErrorCode(i18next.getFixedT('en'), error);
    const german = describeErrorCode(i18next.getFixedT('de'), error);
    expect(english).not.toContain('errors.');
    expect(german).not.toContain('errors.');
    expect(german).not.toBe(english);
    expect(german).not.toMatch(ENGLISH_WORDS);
  });

  it.each(FIELD_RULES)('the field rule %s is worded in both languages, with its limit', (rule) => {
    const error: AppError = {
      code: 'validation',
      reason: 'request_invalid',
      fieldIssues: { initialMessage: [{ rule, limit: 200 }] },
    };
    const [english] = describeFieldProblems(i18next.getFixedT('en'), error);
    const [german] = describeFieldProblems(i18next.getFixedT('de'), error);
    expect(english?.text).toMatch(/^initialMessage \w/);
    expect(german?.text).toMatch(/^initialMessage \w/);
    expect(german?.text).not.toBe(english?.text);
    expect(german?.text).not.toMatch(ENGLISH_WORDS);
    expect(`${english?.text} ${german?.text}`).not.toContain('errors.');
    if (rule === 'too_long') expect(german?.text).toBe('initialMessage ist länger als 200');
  });

  it('shows Famulor’s own text verbatim and marked as Famulor’s, after our sentence', () => {
    const error: AppError = {
      code: 'validation',
      reason: 'famulor_rejected',
      famulorError: 'Validation failed',
      fieldErrors: { initial_message: ['The initial message may not be greater than 200 characters.'] },
    };
    expect(sentenceIn('de', error)).toBe(
      'Famulor hat die Anfrage abgelehnt. Famulor meldet: „Validation failed“',
    );
    expect(describeFieldProblems(i18next.getFixedT('de'), error)).toEqual([
      {
        field: 'initial_message',
        text: 'initial_message (Famulor): „The initial message may not be greater than 200 characters.“',
      },
    ]);
  });

  it('never shows a diagnostic', () => {
    const error: AppError = {
      code: 'storage',
      reason: 'session_not_saved',
      diagnostic: 'ENOSPC: no space left',
    };
    expect(sentenceIn('en', error)).toBe('The session could not be saved.');
    expect(sentenceIn('de', error)).toBe('Die Sitzung konnte nicht gespeichert werden.');
  });
});
