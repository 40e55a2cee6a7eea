import type { ConversationSummary } from '../domain/famulor';
import type { Session } from '../domain/session';
import type { ThreadExportInput } from '../export/model';

export const EXPORTED_AT = new Date('2026-03-14T09:26:53.000Z');

export const HOSTILE_TEXT = '<script>alert("x")</script> </details> & \'quoted\' | pipe ``` fence';
export const UNICODE_TEXT = 'Grüße aus Köln 👋🏽 — 你好 — مرحبا';

const summary: ConversationSummary = {
  id: '0b8e2c4a-1f3d-4e5a-9c7b-6d2e1f0a9b8c',
  assistantId: '3f6c1b2e-8d4a-4c7e-9b1f-2a5d7e9c0b13',
  assistantName: 'Clara <Support>',
  type: 'whatsapp',
  variables: { company_name: 'Stadtpark Health Clinic' },
  messageCount: 3,
  totalCost: 0.03,
  aiEnabled: true,
  createdAt: '2026-03-01 10:00:00',
  updatedAt: '2026-03-02 11:30:00',
  externalIdentifier: null,
  whatsappSender: { name: 'Clinic', phone: '+4930123456101' },
  customer: { name: 'Jörg Müller', phone: '+491701234567' },
};

export const threadFixture = (): ThreadExportInput => ({
  conversationId: summary.id,
  summary,
  aiEnabled: true,
  detail: {
    history: [
      { role: 'user', content: UNICODE_TEXT, functionCalls: [] },
      {
        role: 'assistant',
        content: 'Let me check the calendar.\nOne moment.',
        functionCalls: [
          {
            name: 'check_calendar_availability',
            arguments: { date: '2026-03-03', service: 'consultation' },
            result: { slots: ['09:00', '10:30'], note: HOSTILE_TEXT },
          },
        ],
      },
      { role: 'user', content: HOSTILE_TEXT, functionCalls: [] },
    ],
    variables: { company_name: 'Stadtpark Health Clinic', '<b>odd key</b>': 1 },
    externalIdentifier: null,
    whatsappSender: summary.whatsappSender,
    customer: summary.customer,
  },
});

export const emptyThreadFixture = (): ThreadExportInput => ({
  conversationId: '11111111-2222-4333-8444-555555555555',
  summary: null,
  aiEnabled: null,
  detail: { history: [], variables: null, externalIdentifier: null, whatsappSender: null, customer: null },
});

export const sessionFixture = (): Session => ({
  id: 'demo-session',
  name: 'Demo für Kunde <ACME>',
  createdAt: '2026-03-10T08:00:00.000Z',
  updatedAt: '2026-03-10T09:00:00.000Z',
  notes: 'Follow up with ACME 👍',
  revision: 0,
  variableSets: [],
  replayScripts: [],
  lastComparison: null,
  panes: [
    {
      id: 'pane-1',
      title: 'Test',
      assistant: { id: 101, uuid: summary.assistantId as string, name: 'Clara' },
      conversationType: 'test',
      variables: { company_name: 'ACME' },
      conversationId: 'c-1',
      profileId: 'offline-demo',
      draft: '',
      costUsd: 0,
      transcript: [
        {
          id: 'm-1',
          role: 'user',
          content: 'Book me for Friday',
          functionCalls: [],
          at: '2026-03-10T08:01:00.000Z',
          latencyMs: null,
        },
        {
          id: 'm-2',
          role: 'assistant',
          content: 'Booked.',
          functionCalls: [{ name: 'book_appointment', arguments: { day: 'Friday' }, result: { ok: true } }],
          at: '2026-03-10T08:01:02.000Z',
          latencyMs: 1800,
        },
      ],
    },
    {
      id: 'pane-2',
      title: 'Widget',
      assistant: { id: 101, uuid: null, name: 'Clara' },
      conversationType: 'widget',
      variables: {},
      conversationId: null,
      profileId: null,
      draft: 'half-typed',
      costUsd: 0.02,
      transcript: [],
    },
  ],
});
