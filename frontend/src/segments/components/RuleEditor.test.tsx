import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import type { RuleEditorDimensionFragment } from '../../gql/graphql';
import type { GroupDraft } from '../types/ruleDraft';
import type { RuleMessage } from '../types/ruleMessage';
import { newGroup } from '../utils/newRuleNodes';
import { parseRule } from '../utils/parseRule';
import { toRuleJson } from '../utils/toRuleJson';
import { RuleEditor } from './RuleEditor';

const ORDERED = ['EQ', 'NE', 'LT', 'LE', 'GT', 'GE', 'BETWEEN', 'IN', 'NOT_IN', 'EMPTY', 'NOT_EMPTY'];
const dim = (key: string, nameZh: string, group: string, type: string, operators: string[], over: Partial<RuleEditorDimensionFragment> = {}) => ({
  key,
  nameZh,
  nameEn: key,
  group,
  type,
  unit: null,
  description: null,
  values: null,
  operators,
  ...over,
});

const DIMS: RuleEditorDimensionFragment[] = [
  dim('status', '客户状态', 'BASIC', 'ENUM', ['EQ', 'NE', 'IN', 'NOT_IN', 'EMPTY', 'NOT_EMPTY'], { values: ['NORMAL', 'FROZEN', 'CLOSED'] }),
  dim('total_assets', '总资产', 'HOLDINGS', 'MONEY', ORDERED, { unit: 'CNY' }),
  dim('last_trade_on', '最近交易日', 'BEHAVIOUR', 'DATE', ['EQ', 'LT', 'GE', 'BETWEEN', 'EMPTY', 'NOT_EMPTY', 'WITHIN_LAST', 'BEFORE_LAST']),
];
const byKey = new Map(DIMS.map((d) => [d.key, d]));

function Harness({ initial, onRule, problems }: { initial: GroupDraft; onRule: (json: unknown) => void; problems?: Map<string, RuleMessage[]> }) {
  const [draft, setDraft] = useState(initial);
  return (
    <RuleEditor
      value={draft}
      onChange={(next) => {
        setDraft(next);
        onRule(toRuleJson(next, byKey));
      }}
      dimensions={DIMS}
      problems={problems}
    />
  );
}

// choose opens an antd Select and picks option in the dropdown it opened.
async function choose(select: HTMLElement, option: string) {
  fireEvent.mouseDown(select);
  const item = await waitFor(() => {
    const open = [...document.querySelectorAll<HTMLElement>('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')].pop();
    const found = [...(open?.querySelectorAll<HTMLElement>('.ant-select-item-option') ?? [])].find((o) => o.title === option || o.textContent === option);
    if (!found) throw new Error(`no option ${option}`);
    return found;
  });
  fireEvent.click(item);
}

const conditions = () => screen.getAllByTestId('rule-condition');
const selects = (el: HTMLElement) => within(el).getAllByRole('combobox');

describe('RuleEditor', () => {
  it('builds a condition: a dimension, one of its operators and a value of its type', async () => {
    const onRule = vi.fn();
    render(<Harness initial={newGroup()} onRule={onRule} />);
    await choose(selects(conditions()[0])[0], '总资产');
    expect(onRule).toHaveBeenLastCalledWith({ op: 'AND', rules: [{ op: 'EQ', dimension: 'total_assets', value: '' }] });
    await choose(selects(conditions()[0])[1], '大于等于');
    fireEvent.change(within(conditions()[0]).getByTestId('rule-value'), { target: { value: '100000' } });
    expect(onRule).toHaveBeenLastCalledWith({ op: 'AND', rules: [{ op: 'GE', dimension: 'total_assets', value: '100000' }] });
    expect(within(conditions()[0]).getByText('元')).toBeTruthy();
  });

  it("offers only the dimension's operators, and its enum values by name", async () => {
    const onRule = vi.fn();
    render(<Harness initial={newGroup()} onRule={onRule} />);
    await choose(selects(conditions()[0])[0], '客户状态');
    fireEvent.mouseDown(selects(conditions()[0])[1]);
    const open = await waitFor(() => {
      const d = [...document.querySelectorAll<HTMLElement>('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')].pop();
      if (!d?.querySelector('.ant-select-item-option')) throw new Error('not open');
      return d;
    });
    const ops = [...open.querySelectorAll('.ant-select-item-option')].map((o) => o.textContent);
    expect(ops).toEqual(['等于', '不等于', '属于', '不属于', '为空', '不为空']);
    fireEvent.click([...open.querySelectorAll<HTMLElement>('.ant-select-item-option')][2]);
    await choose(selects(conditions()[0])[2], '冻结');
    await choose(selects(conditions()[0])[2], '销户');
    expect(onRule).toHaveBeenLastCalledWith({ op: 'AND', rules: [{ op: 'IN', dimension: 'status', values: ['FROZEN', 'CLOSED'] }] });
  });

  it('adds and removes conditions and nested groups', async () => {
    const onRule = vi.fn();
    render(<Harness initial={parseRule('{"op":"AND","rules":[{"op":"EMPTY","dimension":"last_trade_on"}]}')} onRule={onRule} />);
    fireEvent.click(screen.getAllByTestId('rule-add-group')[0]);
    expect(screen.getAllByTestId('rule-group')).toHaveLength(2);
    await choose(selects(screen.getAllByTestId('rule-group')[1])[0], '满足以下任一条件');
    expect(onRule).toHaveBeenLastCalledWith({
      op: 'AND',
      rules: [
        { op: 'EMPTY', dimension: 'last_trade_on' },
        { op: 'OR', rules: [{ op: '', dimension: '' }] },
      ],
    });
    fireEvent.click(screen.getByTestId('rule-remove-group'));
    fireEvent.click(within(conditions()[0]).getByTestId('rule-remove'));
    expect(onRule).toHaveBeenLastCalledWith({ op: 'AND', rules: [] });
  });

  it('edits a relative period with its unit', async () => {
    const onRule = vi.fn();
    render(<Harness initial={parseRule('{"op":"AND","rules":[{"op":"WITHIN_LAST","dimension":"last_trade_on","value":{"amount":90,"unit":"DAY"}}]}')} onRule={onRule} />);
    fireEvent.change(within(conditions()[0]).getByTestId('rule-value'), { target: { value: '6' } });
    await choose(selects(conditions()[0])[2], '个月');
    expect(onRule).toHaveBeenLastCalledWith({
      op: 'AND',
      rules: [{ op: 'WITHIN_LAST', dimension: 'last_trade_on', value: { amount: 6, unit: 'MONTH' } }],
    });
  });

  it('shows each problem at the node it concerns, and those of unknown places at the root', () => {
    const draft = parseRule('{"op":"AND","rules":[{"op":"EQ","dimension":"total_assets","value":"abc"},{"op":"EMPTY","dimension":"last_trade_on"}]}');
    const problems = new Map<string, RuleMessage[]>([
      ['rules[0]', [{ text: '值的类型不符: total_assets EQ: "abc" is not a number', incomplete: false }]],
      ['rules[7]', [{ text: 'elsewhere', incomplete: false }]],
    ]);
    render(<Harness initial={draft} onRule={vi.fn()} problems={problems} />);
    expect(within(conditions()[0]).getByTestId('rule-problem').textContent).toContain('is not a number');
    expect(within(conditions()[1]).queryByTestId('rule-problem')).toBeNull();
    expect(screen.getByText('elsewhere')).toBeTruthy();
  });
});
