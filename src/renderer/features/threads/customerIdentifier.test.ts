import { describe, expect, it } from 'vitest';
import { checkCustomerIdentifier, suggestE164 } from './customerIdentifier';

describe('checkCustomerIdentifier', () => {
  it('accepts E.164 phone numbers, e-mail addresses and CRM ids', () => {
    expect(checkCustomerIdentifier('+4917612340987')).toEqual({ kind: 'phone', length: 14, problem: null });
    expect(checkCustomerIdentifier('anna.schmidt@example.de')).toMatchObject({
      kind: 'email',
      problem: null,
    });
    expect(checkCustomerIdentifier('crm-010482')).toMatchObject({ kind: 'other', problem: null });
    expect(checkCustomerIdentifier('1048273')).toMatchObject({ kind: 'other', problem: null });
  });

  it('holds phone-looking identifiers to E.164', () => {
    expect(checkCustomerIdentifier('+49 176 12340987').problem).toBe('phoneNotE164');
    expect(checkCustomerIdentifier('0170 1234567').problem).toBe('phoneNotE164');
    expect(checkCustomerIdentifier('0049-176-12340987').problem).toBe('phoneNotE164');
    expect(checkCustomerIdentifier('+0123456').problem).toBe('phoneNotE164');
    expect(checkCustomerIdentifier('+1234567890123456').problem).toBe('phoneNotE164');
  });

  it('counts characters as Famulor does and stops at 255', () => {
    expect(checkCustomerIdentifier('x'.repeat(255)).problem).toBeNull();
    expect(checkCustomerIdentifier('x'.repeat(256))).toMatchObject({ length: 256, problem: 'tooLong' });
    expect(checkCustomerIdentifier('👋'.repeat(255))).toMatchObject({ length: 255, problem: null });
  });

  it('refuses an empty identifier', () => {
    expect(checkCustomerIdentifier('   ').problem).toBe('empty');
  });
});

describe('suggestE164', () => {
  it('offers the compact form when the number has a country code', () => {
    expect(suggestE164('+49 176 1234-0987')).toBe('+4917612340987');
    expect(suggestE164('0049 176 12340987')).toBe('+4917612340987');
    expect(suggestE164('0176 12340987')).toBeNull();
  });
});
