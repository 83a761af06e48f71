import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { api, apiLogin, launch, login, openDialog } from './browser.mjs';

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

// seeded returns account numbers and instruments of the seeded database,
// as head office sees them.
async function seeded(token) {
  const data = await api(
    `{
      customers(first: 10) { edges { node { accounts(first: 3) { edges { node { accountNo } } } } } }
      instruments(first: 3) { edges { node { code market } } }
    }`,
    {},
    token,
  );
  const accounts = data.customers.edges.flatMap((c) => c.node.accounts.edges.map((a) => a.node.accountNo));
  const instruments = data.instruments.edges.map((e) => e.node);
  assert.ok(accounts.length >= 3, 'the seed has accounts');
  assert.ok(instruments.length >= 1, 'the seed has instruments');
  return { accounts, instruments };
}

// waitEnded waits until the job's row says it has ended and returns its status.
async function waitEnded(row) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const status = await row.getByTestId('import-status').textContent();
    if (status !== '进行中') return status;
    if (Date.now() > deadline) assert.fail('the import is still running after 60 s');
    await row.page().waitForTimeout(250);
  }
}

test('head office imports a trades file: good rows in, an unknown account and a negative quantity rejected with their reasons', async () => {
  const token = await apiLogin('hq1');
  const { accounts, instruments } = await seeded(token);
  const run = Date.now().toString(36).toUpperCase();
  const fileName = `e2e-trades-${run}.csv`;
  const trade = (n, account, quantity) => {
    const inst = instruments[n % instruments.length];
    return [`E2E${run}-${n}`, account, inst.code, inst.market, n % 2 ? 'SELL' : 'BUY', quantity, '10.50', '5.00', '0.10', '2024-05-06 10:30:00', 'APP'].join(',');
  };
  const csv = [
    'trade_no,account_no,instrument_code,market,side,quantity,price,commission,fees,traded_at,channel',
    trade(1, accounts[0], '100'),
    trade(2, accounts[1], '200'),
    trade(3, accounts[2], '300'),
    trade(4, `NOSUCH${run}`, '100'), // line 5: no such account
    trade(5, accounts[0], '-100'), // line 6: a negative quantity
  ].join('\n');

  const page = await login(browser.context, 'hq1');
  await page.getByRole('menuitem', { name: '数据导入' }).click();
  await page.waitForURL(/\/imports$/);
  const dialog = await openDialog(page, page.getByTestId('import-create'));

  // Choose the kind: the columns a trades file documents are shown.
  await dialog.getByLabel('数据类型', { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="交易"]').click();
  const columns = page.getByTestId('import-columns');
  await columns.getByText('instrument_code').waitFor();
  assert.match(await columns.textContent(), /trade_no.*account_no.*traded_at/s);

  await dialog.locator('input[type=file]').setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByTestId('import-file-columns').waitFor();
  assert.equal(await page.getByTestId('import-missing-columns').count(), 0, 'the file has every required column');
  await page.screenshot({ path: '/tmp/e2e-import-form.png', fullPage: true });
  await dialog.getByRole('button', { name: '开始导入' }).click();

  // The new job heads the list; a refusal stays in the form with the server's word.
  const row = page.locator('[data-testid=import-table] tr.ant-table-row', { hasText: fileName });
  const refused = page.locator('.ant-modal .ant-alert-error');
  await row.or(refused).first().waitFor();
  if (await refused.count()) assert.fail(`startImport was refused: ${await refused.first().textContent()}`);
  assert.equal(await waitEnded(row), '已完成', 'the job succeeded');
  assert.equal(await row.getByTestId('import-inserted').textContent(), '3');
  assert.equal(await row.getByTestId('import-rejected').textContent(), '2');
  assert.equal(await row.getByTestId('import-linesDone').textContent(), '5');
  assert.equal(await row.getByRole('progressbar').getAttribute('aria-valuenow'), '100');
  await page.screenshot({ path: '/tmp/e2e-imports.png', fullPage: true });

  // The job's page shows the same counts and both rejected rows, in words.
  await row.getByRole('link', { name: fileName }).click();
  await page.waitForURL(/\/imports\/[^/]+$/);
  await page.getByTestId('import-job').waitFor();
  assert.equal(await page.getByTestId('import-status').textContent(), '已完成');
  assert.match(await page.getByTestId('job-inserted').textContent(), /3/);
  assert.match(await page.getByTestId('job-rejected').textContent(), /2/);
  const rejections = page.locator('[data-testid=rejection-table] tr.ant-table-row');
  await rejections.nth(1).waitFor();
  assert.equal(await rejections.count(), 2);
  const [unknown, negative] = await rejections.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
  assert.deepEqual(unknown.slice(0, 4), ['5', 'account_no', `NOSUCH${run}`, '引用的记录不存在']);
  assert.deepEqual(negative.slice(0, 4), ['6', 'quantity', '-100', '数值为负（或为零），不允许']);
  assert.equal(await page.getByTestId('rejection-total').textContent(), '共 2 行被拒绝');
  await page.screenshot({ path: '/tmp/e2e-import-job.png', fullPage: true });
  await page.close();

  // The good rows are the clients' trades now; the rejected ones are not.
  const data = await api(
    `query ($prefix: String!) {
      customers(first: 10, where: { hasTradesWith: [{ tradeNoHasPrefix: $prefix }] }) {
        edges { node { trades(first: 10, where: { tradeNoHasPrefix: $prefix }) { edges { node { tradeNo quantity } } } } }
      }
    }`,
    { prefix: `E2E${run}-` },
    token,
  );
  const imported = data.customers.edges.flatMap((c) => c.node.trades.edges.map((t) => t.node.tradeNo)).sort();
  assert.deepEqual(imported, [`E2E${run}-1`, `E2E${run}-2`, `E2E${run}-3`]);
});
