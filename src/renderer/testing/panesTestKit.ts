import type { FunctionCall } from '../../shared/domain/famulor';
import type { Pane, TranscriptEntry } from '../../shared/domain/session';

/** Test support: transcripts and panes built from a compact description, with deterministic ids and times. */
let clock = Date.parse('2026-03-02T09:00:00.000Z');

export const entry = (
  id: string,
  role: TranscriptEntry['role'],
  content: string,
  functionCalls: FunctionCall[] = [],
): TranscriptEntry => {
  clock += 1000;
  return {
    id,
    role,
    content,
    functionCalls,
    at: new Date(clock).toISOString(),
    latencyMs: role === 'user' ? null : 40,
  };
};

export const pane = (id: string, transcript: TranscriptEntry[], overrides: Partial<Pane> = {}): Pane => ({
  id,
  title: '',
  assistant: { id: 101, uuid: '3f6c1b2e-8d4a-4c7e-9b1f-2a5d7e9c0b13', name: 'Clara' },
  conversationType: 'test',
  variables: { company_name: 'Stadtpark Health Clinic' },
  conversationId: `conv-${id}`,
  profileId: 'offline-demo',
  draft: '',
  costUsd: 0,
  transcript,
  ...overrides,
});

export const availabilityCall = (date: string, slots: string[] = ['09:00', '10:30']): FunctionCall => ({
  name: 'check_calendar_availability',
  arguments: { date, service: 'consultation', timezone: 'Europe/Berlin' },
  result: { date, available_slots: slots, practitioner: 'Dr. Miriam Hoffmann' },
});

export const bookingCall = (name: string): FunctionCall => ({
  name: 'book_appointment',
  arguments: { name, slot: '2026-03-02T10:30', service: 'consultation' },
  result: { success: true, confirmation_id: 'BK-1' },
});
