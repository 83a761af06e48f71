// Decimal amounts arrive as exact strings ("1234.5600"). Formatting works
// on the string itself, so no amount ever passes through a float.
export function formatDecimal(value: string, fractionDigits = 2): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) return value;
  const [, sign, whole, fraction = ''] = match;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  if (fractionDigits === 0) return sign + grouped;
  // Truncate, then pad: the server already rounds to the scale it stores.
  const digits = fraction.padEnd(fractionDigits, '0').slice(0, fractionDigits);
  return `${sign}${grouped}.${digits}`;
}
