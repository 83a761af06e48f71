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

// Scaled is a decimal as a whole number of units of 10^-scale, exact at
// any size (a bigint, never a float).
interface Scaled {
  units: bigint;
  scale: number;
}

function scaled(value: string): Scaled | null {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const units = BigInt(whole + fraction);
  return { units: sign === '-' ? -units : units, scale: fraction.length };
}

// aligned returns the units of a and b at their common scale.
function aligned(a: Scaled, b: Scaled): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * 10n ** BigInt(scale - a.scale), b.units * 10n ** BigInt(scale - b.scale), scale];
}

function parse(value: string): Scaled {
  const s = scaled(value);
  if (!s) throw new Error(`not a decimal: ${value}`);
  return s;
}

// compareDecimal orders two decimal strings exactly: negative when a < b,
// zero when equal, positive when a > b.
export function compareDecimal(a: string, b: string): number {
  const [x, y] = aligned(parse(a), parse(b));
  return x < y ? -1 : x > y ? 1 : 0;
}

// signOfDecimal is -1, 0 or 1; a string that is not a decimal counts as 0.
export function signOfDecimal(value: string): number {
  const s = scaled(value);
  if (!s) return 0;
  return s.units < 0n ? -1 : s.units > 0n ? 1 : 0;
}

// percentChange is the change from `from` to `to` in percent of |from|,
// rounded half away from zero to fractionDigits places, as a decimal
// string; null when from is zero (no base to compare with).
export function percentChange(from: string, to: string, fractionDigits = 2): string | null {
  const [base, now] = aligned(parse(from), parse(to));
  if (base === 0n) return null;
  const numerator = (now - base) * 100n * 10n ** BigInt(fractionDigits);
  const divisor = base < 0n ? -base : base;
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (2n * magnitude + divisor) / (2n * divisor);
  const digits = rounded.toString().padStart(fractionDigits + 1, '0');
  const text = fractionDigits > 0 ? `${digits.slice(0, -fractionDigits)}.${digits.slice(-fractionDigits)}` : digits;
  return negative && rounded !== 0n ? `-${text}` : text;
}

// trimDecimal drops the zeros a decimal's fraction ends with, as an editor
// shows it: "1000.0000" → "1000", "0.5000" → "0.5". A string that is not a
// decimal is returned as it is.
export function trimDecimal(value: string): string {
  const match = /^(-?\d+)(?:\.(\d*?)0*)?$/.exec(value.trim());
  if (!match) return value;
  const [, whole, fraction = ''] = match;
  return fraction ? `${whole}.${fraction}` : whole;
}
