import { describe, expect, it } from 'vitest';
import type { AssistantReply, FunctionCall } from '../../shared/domain/famulor';
import type { CaseSpec, TurnSpec } from '../../shared/testSuite/suite';
import type { ExpectationOutcome } from '../../shared/testSuite/report';
import { checkCase, checkTurn } from './expectations';

const LINE = () => 7;

const reply = (message: string, calls: AssistantReply['functionCalls'] = []): AssistantReply => ({
  message,
  functionCalls: calls,
});

const check = (turn: Omit<TurnSpec, 'user'>, answer: AssistantReply, latencyMs = 100) =>
  checkTurn({ user: 'hi', ...turn }, answer, latencyMs, LINE);

const verdicts = (outcomes: ExpectationOutcome[]) =>
  outcomes.map((outcome) => [outcome.kind, outcome.passed]);

const slots: FunctionCall = {
  name: 'check_calendar_availability',
  arguments: { date: '2026-12-10', service: 'consultation' },
  result: { available_slots: ['09:00', '10:30'] },
};
const booking: FunctionCall = {
  name: 'book_appointment',
  arguments: '{"name":"Anna","slot":"2026-12-10T10:30"}',
  result: { success: true },
};

describe('expectations on the reply', () => {
  it('contains: each text on its own, ignoring case', () => {
    const outcomes = check({ reply: { contains: ['FREE', 'tomorrow'] } }, reply('Two slots are free.'));
    expect(verdicts(outcomes)).toEqual([
      ['reply.contains', true],
      ['reply.contains', false],
    ]);
    expect(outcomes[1]).toMatchObject({ expected: 'tomorrow', actual: 'Two slots are free.', line: 7 });
  });

  it('notContains fails when the text is there, in any case', () => {
    expect(verdicts(check({ reply: { notContains: 'sorry' } }, reply('Sorry, no.')))).toEqual([
      ['reply.notContains', false],
    ]);
    expect(verdicts(check({ reply: { notContains: 'sorry' } }, reply('Sure.')))).toEqual([
      ['reply.notContains', true],
    ]);
  });

  it('matches a regular expression, with its flags', () => {
    expect(check({ reply: { matches: '\\d{2}:\\d{2}' } }, reply('At 10:30'))[0]?.passed).toBe(true);
    expect(check({ reply: { matches: '^at' } }, reply('At 10:30'))[0]?.passed).toBe(false);
    expect(check({ reply: { matches: { pattern: '^at', flags: 'i' } } }, reply('At 10:30'))[0]).toMatchObject(
      {
        passed: true,
        expected: '/^at/i',
      },
    );
  });

  it('oneOf: the whole reply, spacing and case aside', () => {
    const spec = { reply: { oneOf: ['Yes, gladly.', 'Of course!'] } };
    expect(check(spec, reply('  yes,   GLADLY. '))[0]?.passed).toBe(true);
    expect(check(spec, reply('Yes, gladly. Anything else?'))[0]?.passed).toBe(false);
  });

  it('similarTo passes at or above the threshold and reports the similarity measured', () => {
    const spec = {
      reply: { similarTo: { text: 'Hello! Would you like to book an appointment?', atLeast: 0.7 } },
    };
    expect(check(spec, reply('Hello! Do you want to book an appointment?'))[0]).toMatchObject({
      passed: true,
    });
    const unrelated = check(spec, reply('Our shop opens at nine.'))[0];
    expect(unrelated?.passed).toBe(false);
    expect(Number(unrelated?.detail)).toBeLessThan(0.7);
  });
});

describe('expectations on function calls', () => {
  it('called: passes when the function was called in the turn, fails naming the calls made', () => {
    expect(
      verdicts(check({ calls: [{ name: 'check_calendar_availability', called: true }] }, reply('', [slots]))),
    ).toEqual([['call.called', true]]);
    const missing = check({ calls: [{ name: 'book_appointment', called: true }] }, reply('', [slots]))[0];
    expect(missing).toMatchObject({
      kind: 'call.called',
      passed: false,
      subject: 'book_appointment',
      actual: ['check_calendar_availability'],
    });
  });

  it('called: false fails when the function was called', () => {
    expect(
      check({ calls: [{ name: 'book_appointment', called: false }] }, reply('', [booking]))[0],
    ).toMatchObject({
      kind: 'call.notCalled',
      passed: false,
    });
    expect(
      check({ calls: [{ name: 'book_appointment', called: false }] }, reply('', [slots]))[0]?.passed,
    ).toBe(true);
  });

  it('arguments: includes, equals and a JSON Schema; arguments sent as a JSON text are read as JSON', () => {
    const argumentsOf = (match: NonNullable<TurnSpec['calls']>[number]['arguments'], call = slots) =>
      check({ calls: [{ name: call.name, called: true, arguments: match }] }, reply('', [call]))[1];
    expect(argumentsOf({ includes: { date: '2026-12-10' } })?.passed).toBe(true);
    expect(argumentsOf({ includes: { date: '2026-12-11' } })?.passed).toBe(false);
    expect(argumentsOf({ equals: { date: '2026-12-10' } })?.passed).toBe(false);
    expect(argumentsOf({ equals: { service: 'consultation', date: '2026-12-10' } })?.passed).toBe(true);
    expect(argumentsOf({ includes: { name: 'Anna' } }, booking)?.passed).toBe(true);
    const schema = {
      type: 'object',
      required: ['date'],
      properties: { date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } },
    };
    expect(argumentsOf({ schema })?.passed).toBe(true);
    const wrong = argumentsOf({ schema: { ...schema, required: ['time'] } });
    expect(wrong).toMatchObject({ kind: 'call.arguments', passed: false });
    expect(wrong?.detail).toContain('time');
  });

  it('result is matched likewise, and any one call of the function meeting it is enough', () => {
    const second = { ...slots, result: { available_slots: [] } };
    const spec = {
      calls: [{ name: slots.name, called: true, result: { includes: { available_slots: [] } } }],
    };
    expect(check(spec, reply('', [slots, second]))[1]).toMatchObject({ kind: 'call.result', passed: true });
    expect(check(spec, reply('', [slots]))[1]).toMatchObject({
      kind: 'call.result',
      passed: false,
      actual: slots.result,
    });
  });

  it('callOrder: in that order, other calls between allowed', () => {
    const order = { callOrder: ['check_calendar_availability', 'book_appointment'] };
    expect(check(order, reply('', [slots, { ...slots, name: 'log' }, booking]))[0]?.passed).toBe(true);
    expect(check(order, reply('', [booking, slots]))[0]).toMatchObject({ kind: 'callOrder', passed: false });
    expect(check(order, reply('', [slots]))[0]?.passed).toBe(false);
  });
});

describe('expectations on the turn and the case', () => {
  it('latency: at most the milliseconds given', () => {
    expect(check({ maxLatencyMs: 500 }, reply('ok'), 500)[0]?.passed).toBe(true);
    expect(check({ maxLatencyMs: 500 }, reply('ok'), 501)[0]).toMatchObject({
      kind: 'latency',
      passed: false,
      actual: 501,
    });
  });

  const testCase = (fields: Partial<CaseSpec>): CaseSpec => ({
    name: 'c',
    turns: [{ user: 'hi' }],
    ...fields,
  });

  it('variables equal, or include, what the conversation has afterwards', () => {
    const variables = { company_name: 'Nordpark', appointment_minutes: 30 };
    const check = (spec: CaseSpec['variables']) =>
      checkCase(testCase({ variables: spec }), { variables, costUsd: null }, LINE);
    expect(verdicts(check({ includes: { company_name: 'Nordpark' } }))).toEqual([
      ['variables.includes', true],
    ]);
    expect(verdicts(check({ includes: { company_name: 'Stadtpark' } }))).toEqual([
      ['variables.includes', false],
    ]);
    expect(verdicts(check({ equals: { company_name: 'Nordpark' } }))).toEqual([['variables.equals', false]]);
    expect(verdicts(check({ equals: variables }))).toEqual([['variables.equals', true]]);
  });

  it('cost: at most the dollars given; a cost that could not be read fails', () => {
    const check = (costUsd: number | null) =>
      checkCase(testCase({ maxCostUsd: 0.02 }), { variables: null, costUsd }, LINE)[0];
    expect(check(0.02)?.passed).toBe(true);
    expect(check(0.03)?.passed).toBe(false);
    expect(check(null)).toMatchObject({ kind: 'cost', passed: false, actual: null });
  });
});
