import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { uploadMutation } from '../../../utils/uploadMutation';
import { IMPORT_KINDS } from '../graphql/importKinds';
import { START_IMPORT } from '../graphql/startImport';
import { StartImportModal } from './StartImportModal';

vi.mock('../../../utils/uploadMutation', () => ({ uploadMutation: vi.fn() }));
const upload = vi.mocked(uploadMutation);

const column = (name: string, required: boolean) => ({ __typename: 'ImportColumn', name, required, description: `the ${name}` });
const kinds = {
  importKinds: [
    {
      __typename: 'ImportKindInfo',
      kind: 'TRADES',
      columns: [column('trade_no', true), column('account_no', true), column('quantity', true), column('commission', false)],
    },
    { __typename: 'ImportKindInfo', kind: 'CLIENTS', columns: [column('client_no', true)] },
  ],
};

const job = {
  __typename: 'ImportJob',
  id: 'j1',
  kind: 'TRADES',
  fileName: 'trades.csv',
  status: 'RUNNING',
  percent: 0,
  linesDone: 0,
  inserted: 0,
  updated: 0,
  unchanged: 0,
  rejected: 0,
  dryRun: true,
  startedAt: '2024-05-01T10:00:00Z',
  finishedAt: null,
} as const;

// The file calls trade_no 成交编号 and lacks quantity under any name.
const file = new File(['成交编号,account_no,qty\nT1,A1,100\n'], 'trades.csv', { type: 'text/csv' });

function renderModal(onStarted = vi.fn()) {
  render(
    <MockedProvider mocks={[{ request: { query: IMPORT_KINDS }, result: { data: kinds } }]}>
      <App>
        <StartImportModal open onCancel={() => undefined} onStarted={onStarted} />
      </App>
    </MockedProvider>,
  );
  return onStarted;
}

// choose opens an antd Select and picks option in the dropdown it opened
// (the dropdowns opened before stay in the document, hidden).
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

async function fillForm() {
  await choose(await screen.findByLabelText('数据类型'), '交易');
  fireEvent.change(document.querySelector('input[type=file]')!, { target: { files: [file] } });
  await screen.findByText('trades.csv');
}

describe('StartImportModal', () => {
  // A block: a function returned from beforeEach is run after the test.
  beforeEach(() => {
    upload.mockReset();
  });

  it("shows the kind's columns and those the file lacks, maps them, and uploads the file", { timeout: 30_000 }, async () => {
    upload.mockResolvedValue({ startImport: job });
    const onStarted = renderModal();
    await fillForm();

    // The documented columns, and the file's own header read here.
    expect((await screen.findByTestId('import-columns')).textContent).toContain('the quantity');
    expect((await screen.findByTestId('import-file-columns')).textContent).toContain('成交编号, account_no, qty');
    expect((await screen.findByTestId('import-missing-columns')).textContent).toContain('trade_no, quantity');

    // Two mappings: 成交编号 → trade_no, qty → quantity.
    for (const [from, to] of [
      ['成交编号', 'trade_no *'],
      ['qty', 'quantity *'],
    ]) {
      fireEvent.click(await screen.findByTestId('import-mapping-add'));
      const rows = screen.getAllByTestId('import-mapping-row');
      const row = rows[rows.length - 1];
      fireEvent.change(row.querySelector('input')!, { target: { value: from } });
      await choose(row.querySelectorAll<HTMLElement>('input')[1], to);
    }
    await waitFor(() => expect(screen.queryByTestId('import-missing-columns')).toBeNull());

    fireEvent.click(screen.getByText('仅校验，不写入数据'));
    fireEvent.click(screen.getByRole('button', { name: '开始导入' }));

    await waitFor(() => expect(onStarted).toHaveBeenCalledWith(job));
    expect(upload).toHaveBeenCalledOnce();
    const [document, variables] = upload.mock.calls[0];
    expect(document).toBe(START_IMPORT);
    expect(variables).toEqual({
      input: {
        kind: 'TRADES',
        file,
        dryRun: true,
        mapping: [
          { from: '成交编号', to: 'trade_no' },
          { from: 'qty', to: 'quantity' },
        ],
      },
    });
  });

  it('refuses to map one column twice', { timeout: 30_000 }, async () => {
    renderModal();
    await fillForm();
    for (const from of ['qty', 'QTY ']) {
      fireEvent.click(await screen.findByTestId('import-mapping-add'));
      const rows = screen.getAllByTestId('import-mapping-row');
      const row = rows[rows.length - 1];
      fireEvent.change(row.querySelector('input')!, { target: { value: from } });
      await choose(row.querySelectorAll<HTMLElement>('input')[1], from === 'qty' ? 'quantity *' : 'commission');
    }
    fireEvent.click(screen.getByRole('button', { name: '开始导入' }));
    expect(await screen.findByText('文件列“QTY”对应了多次')).toBeTruthy();
    expect(upload).not.toHaveBeenCalled();
  });

  it("shows the server's refusal with its code's message", { timeout: 30_000 }, async () => {
    upload.mockRejectedValue(
      new CombinedGraphQLErrors({ errors: [{ message: 'the header lacks the required column(s) quantity', extensions: { code: 'BAD_USER_INPUT' } }] }),
    );
    const onStarted = renderModal();
    await fillForm();
    fireEvent.click(screen.getByRole('button', { name: '开始导入' }));
    expect(await screen.findByText('输入有误：the header lacks the required column(s) quantity')).toBeTruthy();
    expect(onStarted).not.toHaveBeenCalled();
  });

  it('asks for the kind and the file', { timeout: 30_000 }, async () => {
    renderModal();
    fireEvent.click(screen.getByRole('button', { name: '开始导入' }));
    expect(await screen.findByText('请选择数据类型')).toBeTruthy();
    expect(await screen.findByText('请选择要导入的文件')).toBeTruthy();
    expect(upload).not.toHaveBeenCalled();
  });
});
