import type { ParseKeys } from 'i18next';
import type { TFunction } from 'i18next';
import type { StoreProblem, StoreProblemCode } from '../../../shared/domain/storeProblem';

// Findings whose cause already says what happened to the data; the others lost it and say how the app goes on.
const SELF_EXPLAINING: ReadonlySet<StoreProblemCode> = new Set([
  'invalidProfiles',
  'invalidPreference',
  'interruptedSave',
]);

const placeKey = (problem: StoreProblem): ParseKeys => {
  if (problem.code === 'interruptedSave') return 'storeProblems.place.recover';
  return problem.movedTo ? 'storeProblems.place.moved' : 'storeProblems.place.kept';
};

/** One sentence group per report, in the interface's language, from main's code and parameters. */
export const storeProblemText = (t: TFunction, problem: StoreProblem): string => {
  const lost = problem.movedTo !== null && !SELF_EXPLAINING.has(problem.code);
  return t('storeProblems.item', {
    file: problem.file,
    cause: t(`storeProblems.cause.${problem.code}`, problem.params),
    outcome: lost ? t(`storeProblems.outcome.${problem.subject}`) : '',
    place: t(placeKey(problem), { movedTo: problem.movedTo ?? '' }),
  }).replace(/\s{2,}/g, ' ');
};
