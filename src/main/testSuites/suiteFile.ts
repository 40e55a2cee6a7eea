import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { TestSuiteSchema, type TestSuite } from '../../shared/testSuite/suite';
import { compileValueSchema } from './valueMatch';

/** Where in the suite file a thing is: 1-based, as editors count. */
export interface SourcePosition {
  line: number;
  column: number;
}

export interface SuiteProblem extends SourcePosition {
  /** The place in the suite, e.g. `cases[2].turns[0].reply.matches`. */
  path: string;
  message: string;
}

export type SuitePath = readonly (string | number)[];

export type ParsedSuite =
  | { ok: true; suite: TestSuite; locate: (path: SuitePath) => SourcePosition }
  | { ok: false; problems: SuiteProblem[] };

export const formatPath = (path: SuitePath): string =>
  path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  );

/** The position of the deepest node the path reaches: a missing key is reported where its parent is. */
const locator =
  (document: Document, lines: LineCounter) =>
  (path: SuitePath): SourcePosition => {
    for (let length = path.length; length >= 0; length -= 1) {
      const node = length === 0 ? document.contents : document.getIn(path.slice(0, length), true);
      if (isNode(node) && node.range) {
        const { line, col } = lines.linePos(node.range[0]);
        return { line, column: col };
      }
    }
    return { line: 1, column: 1 };
  };

/** Every JSON Schema in the suite's `schema` matches, compiled once here so that a broken one is a bad file. */
const schemaProblems = (suite: TestSuite): { path: SuitePath; message: string }[] => {
  const problems: { path: SuitePath; message: string }[] = [];
  suite.cases.forEach((testCase, caseIndex) =>
    testCase.turns.forEach((turn, turnIndex) =>
      turn.calls?.forEach((call, callIndex) => {
        for (const part of ['arguments', 'result'] as const) {
          const match = call[part];
          if (!match || !('schema' in match)) continue;
          const problem = compileValueSchema(match.schema).problem;
          if (problem)
            problems.push({
              path: ['cases', caseIndex, 'turns', turnIndex, 'calls', callIndex, part, 'schema'],
              message: `Not a usable JSON Schema: ${problem}`,
            });
        }
      }),
    ),
  );
  return problems;
};

const issueProblems = (issues: z.core.$ZodIssue[]) =>
  issues.flatMap((issue): { path: SuitePath; message: string }[] =>
    // A union's own message ("Invalid input") says nothing: the branch closest to the text says what is wrong.
    issue.code === 'invalid_union' && issue.errors.length > 0
      ? issueProblems(
          issue.errors
            .reduce((best, branch) => (branch.length < best.length ? branch : best))
            .map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })),
        )
      : [{ path: issue.path.filter((part) => typeof part !== 'symbol'), message: issue.message }],
  );

/** Reads a suite file's text (YAML, or JSON, which YAML reads too): the suite, or every problem with its line. */
export const parseSuiteText = (text: string): ParsedSuite => {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0)
    return {
      ok: false,
      problems: document.errors.map((error) => {
        const position = lines.linePos(error.pos[0]);
        return { line: position.line, column: position.col, path: '', message: error.message };
      }),
    };
  const locate = locator(document, lines);
  const at = ({ path, message }: { path: SuitePath; message: string }): SuiteProblem => ({
    ...locate(path),
    path: formatPath(path),
    message,
  });
  const parsed = TestSuiteSchema.safeParse(document.toJS({ maxAliasCount: 100 }));
  if (!parsed.success) return { ok: false, problems: issueProblems(parsed.error.issues).map(at) };
  const problems = schemaProblems(parsed.data);
  if (problems.length > 0) return { ok: false, problems: problems.map(at) };
  return { ok: true, suite: parsed.data, locate };
};
