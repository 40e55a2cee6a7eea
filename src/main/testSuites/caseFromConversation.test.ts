import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  suiteFromConversation,
  suggestedKeywords,
  type ConversationEntry,
} from '../../shared/testSuite/caseFromConversation';
import { suiteYaml } from '../../shared/testSuite/suiteYaml';
import { createFamulorClient, DEFAULT_CONNECTION, type FamulorClient } from '../famulor/client';
import { startSimulator, type RunningSimulator } from '../simulator/index';
import { resolveAssistants } from './resolveAssistants';
import { runSuite } from './runSuite';
import { parseSuiteText } from './suiteFile';

describe('suggested key words of a reply', () => {
  it('takes what carries a digit first, then the longest words, in the reply’s order', () => {
    expect(
      suggestedKeywords('On 2026-12-10 I have these free slots: 09:00, 10:30, 14:00 and 16:30.'),
    ).toEqual(['2026-12-10', '09:00', '10:30']);
    expect(suggestedKeywords('Happy to help with a consultation. Which day would suit you?')).toEqual([
      'consultation',
    ]);
    expect(suggestedKeywords('Ok.')).toEqual([]);
  });
});

const conversation = (entries: ConversationEntry[]) =>
  suiteFromConversation({
    suiteName: 'From pane 1',
    caseName: 'Clara · test',
    assistant: { name: 'Clara', uuid: 'u-clara' },
    type: 'test',
    variables: {},
    variableSetName: 'playground',
    entries,
  });

describe('a suite made from a conversation', () => {
  const slots = {
    name: 'check_calendar_availability',
    arguments: { date: '2026-12-10', filters: { room: 1 } },
    result: {},
  };

  it('makes each user message a turn expecting the reply’s key words and the calls made then, with their plain arguments', () => {
    const suite = conversation([
      { role: 'assistant', content: 'Hi, I am Clara.', functionCalls: [] },
      { role: 'user', content: 'Free on 2026-12-10?', functionCalls: [] },
      { role: 'assistant', content: 'Yes: 10:30 is free.', functionCalls: [slots] },
      { role: 'user', content: 'Book it for Anna', functionCalls: [] },
      {
        role: 'assistant',
        content: 'Booked.',
        functionCalls: [{ name: 'book_appointment', arguments: '{"name":"Anna"}', result: {} }],
      },
    ]);
    expect(suite.cases[0]?.turns).toEqual([
      {
        user: 'Free on 2026-12-10?',
        reply: { contains: ['10:30'] },
        calls: [
          { name: 'check_calendar_availability', arguments: { includes: { date: '2026-12-10' } } },
          { name: 'book_appointment', called: false },
        ],
      },
      {
        user: 'Book it for Anna',
        reply: { contains: ['Booked'] },
        calls: [
          { name: 'book_appointment', arguments: { includes: { name: 'Anna' } } },
          { name: 'check_calendar_availability', called: false },
        ],
      },
    ]);
    expect(suite.matrix).toBeUndefined();
  });

  it('keeps a message that got no answer as a turn without expectations, and the variables as the matrix’s set', () => {
    const suite = suiteFromConversation({
      suiteName: 's',
      caseName: 'c',
      assistant: { name: 'Max', uuid: null },
      type: 'widget',
      variables: { shop_name: 'Nordwind' },
      variableSetName: 'playground',
      entries: [
        { role: 'user', content: 'Hello', functionCalls: [] },
        { role: 'error', content: 'Network', functionCalls: [] },
      ],
    });
    expect(suite).toMatchObject({
      assistants: ['Max'],
      matrix: {
        types: ['widget'],
        variableSets: [{ name: 'playground', values: { shop_name: 'Nordwind' } }],
      },
      cases: [{ turns: [{ user: 'Hello' }] }],
    });
  });
});

describe('recorded from the simulator, saved as YAML, run again', () => {
  let simulator: RunningSimulator;
  let client: FamulorClient;
  beforeAll(async () => {
    simulator = await startSimulator({ seedHistory: false });
    client = createFamulorClient({
      connection: { ...DEFAULT_CONNECTION, baseUrl: simulator.baseUrl },
      getApiKey: async () => simulator.apiKey,
    });
  });
  afterAll(() => simulator.close());

  it('passes against the same assistant', async () => {
    const resolved = await resolveAssistants(['Clara'], client);
    if (!resolved.ok) throw new Error('no Clara');
    const [clara] = resolved.assistants;
    if (!clara) throw new Error('no Clara');
    const created = await client.createConversation({ assistantUuid: clara.uuid, type: 'test' });
    const entries: ConversationEntry[] = created.history.map((entry) => ({ ...entry }));
    for (const message of [
      'I need a check-up on 2026-12-10',
      '10:30 works for me',
      'My name is Anna Weber',
    ]) {
      const reply = await client.sendMessage({ conversationId: created.conversationId, message });
      entries.push(
        { role: 'user', content: message, functionCalls: [] },
        { role: 'assistant', content: reply.message, functionCalls: reply.functionCalls },
      );
    }
    const text = suiteYaml(
      suiteFromConversation({
        suiteName: 'Clara',
        caseName: 'books',
        assistant: { name: clara.name, uuid: clara.uuid },
        type: 'test',
        variables: {},
        variableSetName: 'playground',
        entries,
      }),
      ['Made from a playground pane'],
    );
    expect(text).toMatch(/^# Made from a playground pane\n/);
    const parsed = parseSuiteText(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const { report } = await runSuite({
      suite: parsed.suite,
      file: 'made.yaml',
      target: 'simulator',
      assistants: resolved.assistants,
      locate: parsed.locate,
      client,
      concurrency: 1,
    });
    expect(report.cells[0]?.runs[0]?.turns.flatMap((turn) => turn.expectations).length).toBeGreaterThan(5);
    expect(report.cells[0]).toMatchObject({ passed: true });
  });
});
