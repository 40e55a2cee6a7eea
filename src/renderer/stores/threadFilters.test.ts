import { describe, expect, it } from 'vitest';
import { activeFilterCount, EMPTY_FILTERS, toListInput } from './threadFilters';

describe('toListInput', () => {
  it('sends only the filters that are set, trimmed, with the page size and cursor', () => {
    const result = toListInput(
      {
        ...EMPTY_FILTERS,
        type: 'whatsapp',
        assistantId: ' 102 ',
        customerPhone: ' +4917612340987 ',
        perPage: 25,
      },
      'abc',
    );
    expect(result).toEqual({
      ok: true,
      input: {
        type: 'whatsapp',
        assistantId: 102,
        customerPhone: '+4917612340987',
        perPage: 25,
        cursor: 'abc',
      },
    });
  });

  it('sends every documented filter', () => {
    const result = toListInput(
      { ...EMPTY_FILTERS, whatsappSenderPhone: '+4940123456102', externalIdentifier: 'crm-000417' },
      null,
    );
    expect(result).toEqual({
      ok: true,
      input: { whatsappSenderPhone: '+4940123456102', externalIdentifier: 'crm-000417', perPage: 15 },
    });
  });

  it('refuses an assistant id that is not a whole number (the list filter takes the integer id)', () => {
    expect(toListInput({ ...EMPTY_FILTERS, assistantId: '3f6c1b2e' }, null)).toEqual({
      ok: false,
      problem: 'assistantIdNotInteger',
    });
    expect(toListInput({ ...EMPTY_FILTERS, assistantId: '0' }, null)).toMatchObject({ ok: false });
  });

  it('counts the active filters', () => {
    expect(activeFilterCount(EMPTY_FILTERS)).toBe(0);
    expect(activeFilterCount({ ...EMPTY_FILTERS, type: 'api', externalIdentifier: 'x' })).toBe(2);
  });
});
