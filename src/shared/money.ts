/** Whole cents are shown as such; anything finer gets the decimals it needs (at least four). */
const MIN_FINE_DECIMALS = 4;
const MAX_DECIMALS = 8;

const isWholeCents = (amount: number): boolean => Math.abs(amount * 100 - Math.round(amount * 100)) < 1e-9;

/**
 * US dollars as Famulor bills them. Listed conversations can cost a fraction of a cent (the reference's
 * examples: 0.0045, 0.0032, 0.0021), so a real cost is never rounded to $0.00.
 */
export const formatUsd = (amount: number): string => {
  if (isWholeCents(amount)) return `$${amount.toFixed(2)}`;
  // Enough decimals for two significant digits of a tiny amount, trailing zeros beyond four dropped.
  const significant = Math.ceil(-Math.log10(Math.abs(amount))) + 1;
  const decimals = Math.min(MAX_DECIMALS, Math.max(MIN_FINE_DECIMALS, significant));
  const [whole = '0', fraction = ''] = amount.toFixed(decimals).split('.');
  const trimmed = fraction.replace(/0+$/, '').padEnd(MIN_FINE_DECIMALS, '0');
  return `$${whole}.${trimmed}`;
};
