import { describe, expect, it } from 'vitest';
import { packIdOf, suggestedSecrets } from './recordForm';

describe('the record form', () => {
  it.each([
    ['Autohaus Becker — Service!', 'autohaus-becker-service'],
    ['Größe & Maß', 'grosse-mass'],
    ['  ', 'pack'],
    ['x'.repeat(80), 'x'.repeat(63)],
  ])('makes the pack id "%s" → "%s"', (name, id) => {
    expect(packIdOf(name)).toBe(id);
  });

  it('marks the variables whose names say they are secret', () => {
    expect(
      suggestedSecrets(['calcom_api_key', 'company_name', 'crm_token', 'Passwort', 'customer_pin']),
    ).toEqual(['calcom_api_key', 'crm_token', 'Passwort', 'customer_pin']);
  });
});
