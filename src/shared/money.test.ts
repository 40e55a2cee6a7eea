import { describe, expect, it } from 'vitest';
import { formatUsd } from './money';

describe('formatUsd', () => {
  it('shows whole cents with two decimals', () => {
    expect(formatUsd(0)).toBe('$0.00');
    expect(formatUsd(0.03)).toBe('$0.03');
    expect(formatUsd(25)).toBe('$25.00');
  });

  it("never rounds a real cost to $0.00: Famulor's documented 0.0045, 0.0032, 0.0021 keep four decimals", () => {
    expect(formatUsd(0.0045)).toBe('$0.0045');
    expect(formatUsd(0.0032)).toBe('$0.0032');
    expect(formatUsd(0.0021)).toBe('$0.0021');
    expect(formatUsd(0.0145)).toBe('$0.0145');
    expect(formatUsd(0.00004)).toBe('$0.00004');
  });
});

describe('formatUsd in German', () => {
  it('writes the decimal comma and the symbol after the amount, sub-cent amounts included', () => {
    const german = (amount: number) => formatUsd(amount, 'de').replace(/\u00a0/g, ' ');
    expect(german(0.02)).toBe('0,02 $');
    expect(german(0.0045)).toBe('0,0045 $');
    expect(german(1234.5)).toBe('1.234,50 $');
  });
});
