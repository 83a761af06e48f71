import { Typography } from 'antd';

import type { RuleMessage } from '../types/ruleMessage';

export interface RuleProblemsProps {
  messages?: RuleMessage[];
}

// RuleProblems shows what is wrong with one node of a rule, under it: a
// problem in red, a part not filled in yet more quietly.
export function RuleProblems({ messages }: RuleProblemsProps) {
  if (!messages?.length) return null;
  return (
    <div>
      {messages.map((m) => (
        <Typography.Text
          key={m.text}
          type={m.incomplete ? 'secondary' : 'danger'}
          style={{ display: 'block', fontSize: 12 }}
          data-testid={m.incomplete ? 'rule-incomplete' : 'rule-problem'}
        >
          {m.text}
        </Typography.Text>
      ))}
    </div>
  );
}
