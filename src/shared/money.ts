/** Whole cents are shown as such; anything finer gets the decimals it needs (at least four). */
const MIN_FINE_DECIMALS = 4;
const MAX_DECIMALS = 8;

const isWholeCents = (amount: number): boolean => Math.abs(amount * 100 - Math.round(amount * 100)) < 1e-9;

/** Decimals for two significant digits of a tiny amount, trailing zeros beyond four dropped. */
const decimalsFor = (amount: number): number => {
  if (isWholeCents(amount)) return 2;
  const significant = Math.ceil(-Math.log10(Math.abs(amount))) + 1;
  const decimals = Math.min(MAX_DECIMALS, Math.max(MIN_FINE_DECIMALS, significant));
  const fraction = amount.toFixed(decimals).split('.')[1] ?? '';
  return Math.max(MIN_FINE_DECIMALS, fraction.replace(/0+$/, '').length);
};

/**
 * US dollars as Famulor bills them, in the given language's format ("$0.0045", "0,0045 $"). Listed
 * conversations can cost a fraction of a cent (the reference's examples: 0.0045, 0.0032, 0.0021), so a real
 * cost is never rounded to $0.00. Exports are written in English.
 */
export const formatUsd = (amount: number, locale = 'en-US'): string => {
  const decimals = decimalsFor(amount);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(amount);
};
