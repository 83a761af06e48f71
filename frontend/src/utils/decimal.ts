// Decimal amounts arrive as exact strings ("1234.5600"). Formatting works
// on the digits themselves, so no amount ever passes through a float.

// formatDecimal groups thousands and rounds half away from zero to
// fractionDigits places.
export function formatDecimal(value: string, fractionDigits = 2): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) return value;
  const [, sign, whole, fraction = ''] = match;
  const padded = fraction.padEnd(fractionDigits + 1, '0');
  let digits = whole + padded.slice(0, fractionDigits);
  if (padded[fractionDigits] >= '5') digits = increment(digits);
  const intPart = digits.slice(0, digits.length - fractionDigits) || '0';
  const fracPart = digits.slice(digits.length - fractionDigits);
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const negative = sign === '-' && /[1-9]/.test(digits);
  return (negative ? '-' : '') + grouped + (fractionDigits > 0 ? `.${fracPart}` : '');
}

// increment adds one to a string of decimal digits.
function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return '1' + out.join('');
}
