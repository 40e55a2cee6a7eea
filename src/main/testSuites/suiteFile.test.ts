import { describe, expect, it } from 'vitest';
import { parseSuiteText, type SuiteProblem } from './suiteFile';

const problemsOf = (text: string): SuiteProblem[] => {
  const parsed = parseSuiteText(text);
  if (parsed.ok) throw new Error('The suite was accepted.');
  return parsed.problems;
};

const VALID = `name: Clara
assistants: [Clara]
cases:
  - name: checks the calendar
    turns:
      - user: Is 2026-12-10 free?
        reply:
          contains: free
        calls:
          - name: check_calendar_availability
`;

describe('reading a suite file', () => {
  it('fills in the defaults: one test conversation with the assistant’s own variables, one run, all must pass', () => {
    const parsed = parseSuiteText(VALID);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.suite.matrix).toEqual({
      types: ['test'],
      variableSets: [{ name: 'defaults', values: {} }],
    });
    expect(parsed.suite.repeat).toBe(1);
    expect(parsed.suite.passRate).toBe(1);
    expect(parsed.suite.cases[0]?.turns[0]?.calls?.[0]?.called).toBe(true);
    expect(parsed.locate(['cases', 0, 'turns', 0, 'calls', 0, 'name'])).toEqual({ line: 10, column: 19 });
  });

  it('reads JSON as well', () => {
    const parsed = parseSuiteText(
      JSON.stringify({ name: 'n', assistants: ['Clara'], cases: [{ name: 'c', turns: [{ user: 'hi' }] }] }),
    );
    expect(parsed.ok).toBe(true);
  });

  it('names the line of a YAML syntax error', () => {
    const [problem] = problemsOf('name: Clara\nassistants: [Clara\ncases: []\n');
    expect(problem?.line).toBeGreaterThanOrEqual(2);
  });

  it('names the line and the path of a key the format does not have', () => {
    const problems = problemsOf(VALID.replace('        reply:\n', '        replies:\n'));
    expect(problems).toEqual([
      expect.objectContaining({
        line: 6,
        path: 'cases[0].turns[0]',
        message: expect.stringContaining('replies'),
      }),
    ]);
  });

  it('reports a missing field where its parent is', () => {
    const problems = problemsOf(VALID.replace('      - user: Is 2026-12-10 free?\n', '      - reply2: x\n'));
    expect(problems.map((problem) => problem.path)).toContain('cases[0].turns[0].user');
    expect(problems.every((problem) => problem.line === 6)).toBe(true);
  });

  it('refuses a regular expression that does not compile, at its line', () => {
    const problems = problemsOf(
      VALID.replace('          contains: free\n', "          matches: '(unclosed'\n"),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        line: 8,
        path: 'cases[0].turns[0].reply.matches',
        message: expect.stringMatching(/^Not a regular expression/),
      }),
    ]);
  });

  it('refuses a JSON Schema that does not compile, at its line', () => {
    const broken = VALID.replace(
      '          - name: check_calendar_availability\n',
      '          - name: check_calendar_availability\n            arguments:\n              schema: { type: 12 }\n',
    );
    expect(problemsOf(broken)).toEqual([
      expect.objectContaining({
        line: 12,
        path: 'cases[0].turns[0].calls[0].arguments.schema',
        message: expect.stringMatching(/^Not a usable JSON Schema/),
      }),
    ]);
  });

  it('refuses a message longer than Famulor takes, counted in characters', () => {
    const long = (count: number) => VALID.replace('Is 2026-12-10 free?', '😀'.repeat(count));
    expect(parseSuiteText(long(2000)).ok).toBe(true);
    expect(problemsOf(long(2001))[0]).toMatchObject({ path: 'cases[0].turns[0].user', line: 6 });
  });

  it('refuses two cases of one name, and a key given twice', () => {
    const twice = `${VALID}  - name: checks the calendar\n    turns: [{ user: hi }]\n`;
    expect(problemsOf(twice)).toEqual([expect.objectContaining({ path: 'cases[1].name', line: 11 })]);
    expect(problemsOf(`name: a\nname: b\nassistants: [Clara]\ncases: []\n`)[0]?.line).toBe(2);
  });

  it('names the branch that is closest for a value of the wrong shape', () => {
    const problems = problemsOf(
      VALID.replace('          contains: free\n', '          matches: { pattern: x, flag: i }\n'),
    );
    expect(problems[0]).toMatchObject({ line: 8, message: expect.stringContaining('flag') });
  });
});
