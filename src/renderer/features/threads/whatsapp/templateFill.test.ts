import { describe, expect, it } from 'vitest';
import type { WhatsAppTemplate } from '../../../../shared/domain/whatsapp';
import { fillTemplate, templateFields, templateVariables } from './templateFill';

const reminder: WhatsAppTemplate = {
  id: 45,
  name: 'appointment_reminder',
  language: 'de',
  category: 'utility',
  status: 'approved',
  bodyText: 'Hallo {{1}}, Ihr Termin am {{2}} um {{3}}. Bis {{2}}!',
  variables: ['customer_name', 'date', 'time'],
  hasVariables: true,
};

describe('filling a WhatsApp template', () => {
  it('names each placeholder once, in order of position, with the name Famulor lists for it', () => {
    expect(templateFields(reminder)).toEqual([
      { position: 1, name: 'customer_name' },
      { position: 2, name: 'date' },
      { position: 3, name: 'time' },
    ]);
    expect(templateFields({ ...reminder, bodyText: 'Hi {{2}} and {{ 1 }}', variables: [] })).toEqual([
      { position: 1, name: null },
      { position: 2, name: null },
    ]);
  });

  it('previews the final text, leaving the placeholders still empty visible and listed', () => {
    expect(fillTemplate(reminder, { 1: 'Paul', 2: 'Montag' })).toEqual({
      text: 'Hallo Paul, Ihr Termin am Montag um {{3}}. Bis Montag!',
      missing: [3],
    });
    expect(fillTemplate(reminder, { 1: ' Paul ', 2: 'Montag', 3: '10:00' }).missing).toEqual([]);
    expect(fillTemplate(reminder, { 1: '   ' }).missing).toEqual([1, 2, 3]);
  });

  it('sends the values by position, trimmed, without the empty ones', () => {
    expect(templateVariables({ 1: ' Paul ', 2: '', 3: '10:00' })).toEqual({ 1: 'Paul', 3: '10:00' });
  });
});
