import { describe, expect, it } from 'vitest';
import { SUITE_REPORT_FORMAT, type CellResult, type SuiteReport } from '../../../shared/testSuite/report';
import { toHtml } from './html';
import { toJunit } from './junit';

const HOSTILE = '<script>alert("x")</script> & \u0007 ]]>';

const cell = (fields: Partial<CellResult>): CellResult => ({
  caseName: 'greets',
  caseLine: 4,
  assistant: { name: 'Clara', uuid: 'u-1' },
  variableSet: 'defaults',
  type: 'test',
  runs: [],
  passedRuns: 0,
  passed: false,
  ...fields,
});

const failedRun = {
  attempt: 1,
  status: 'failed' as const,
  conversationId: 'c-1',
  greeting: null,
  turns: [
    {
      user: HOSTILE,
      reply: HOSTILE,
      functionCalls: [],
      latencyMs: 12,
      expectations: [
        {
          kind: 'reply.contains' as const,
          passed: false,
          subject: null,
          expected: 'Clara',
          actual: HOSTILE,
          detail: null,
          line: 9,
        },
      ],
    },
  ],
  expectations: [],
  error: null,
  costUsd: null,
  durationMs: 20,
};

const report: SuiteReport = {
  format: SUITE_REPORT_FORMAT,
  suite: { name: `suite ${HOSTILE}`, file: 'suites/a.yaml' },
  target: 'Offline demo',
  startedAt: '2026-12-07T09:00:00.000Z',
  durationMs: 1500,
  passRate: 1,
  cells: [
    cell({ caseName: HOSTILE, runs: [failedRun] }),
    cell({
      caseName: 'errs',
      runs: [
        { ...failedRun, status: 'error', turns: [], error: { code: 'network', reason: 'connection_reset' } },
      ],
    }),
    cell({
      caseName: 'passes',
      passed: true,
      passedRuns: 1,
      runs: [{ ...failedRun, status: 'passed', turns: [] }],
    }),
    cell({ caseName: 'never ran' }),
  ],
};

describe('the JUnit reporter', () => {
  const xml = toJunit({ format: SUITE_REPORT_FORMAT, suites: [report] });

  it('counts failures apart from errors (every run an error, or none run)', () => {
    expect(xml).toContain(
      '<testsuites name="Famulor Playground" tests="4" failures="1" errors="2" time="1.500">',
    );
    expect(xml.match(/<failure /g)).toHaveLength(1);
    expect(xml.match(/<error /g)).toHaveLength(2);
  });

  it('names the failed expectation with its file and line', () => {
    expect(xml).toContain('run 1: suites/a.yaml:9: turn 1: reply contains &quot;Clara&quot;');
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('\u0007');
    expect(xml).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; \uFFFD ]]&gt;');
  });
});

describe('the HTML reporter', () => {
  const html = toHtml({ format: SUITE_REPORT_FORMAT, suites: [report] });

  it('is one self-contained page that runs no script and fetches nothing', () => {
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script|<link|src=/);
  });

  it('shows the matrix and opens the failed runs with their failing expectation', () => {
    expect(html).toContain('Test report: 1 of 4 passed');
    expect(html).toMatch(/<details open><summary class="fail">Run 1: failed/);
    expect(html).toContain('<li class="fail">✗ reply contains &quot;Clara&quot;');
    expect(html).toContain('(suites/a.yaml:9)');
  });
});
