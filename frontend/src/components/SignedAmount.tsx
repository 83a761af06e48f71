import { Typography } from 'antd';

import { formatDecimal, signOfDecimal } from '../utils/decimal';

export interface SignedAmountProps {
  value: string;
  fractionDigits?: number;
  suffix?: string;
}

// SignedAmount shows a gain or loss with its sign, red when up and green
// when down, as A-share quotes are read.
export function SignedAmount({ value, fractionDigits = 2, suffix = '' }: SignedAmountProps) {
  const sign = signOfDecimal(value);
  const text = formatDecimal(value, fractionDigits);
  return (
    <Typography.Text style={{ color: sign > 0 ? '#cf1322' : sign < 0 ? '#389e0d' : undefined }}>
      {sign > 0 ? '+' : ''}
      {text}
      {suffix}
    </Typography.Text>
  );
}
