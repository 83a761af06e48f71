import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { BASE_URL, launch, login } from './browser.mjs';

let browserA;
let browserB;

before(async () => {
  browserA = await launch();
  browserB = await launch();
});

after(async () => {
  await browserA?.close();
  await browserB?.close();
});

// rowsOf returns the client numbers and names of the list's rows.
async function rowsOf(page) {
  await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
  return page.locator('.ant-table-tbody tr.ant-table-row').evaluateAll((rows) =>
    rows.map((r) => ({ clientNo: r.children[0].textContent, name: r.children[1].textContent, advisor: r.children[5].textContent })),
  );
}

test('an advisor finds one of their clients and opens it', async () => {
  const page = await login(browserA.context, 'advisor1');
  await page.getByText('我的客户状态分布').waitFor();
  await page.locator('canvas').first().waitFor(); // the ECharts pie of their clients
  await page.getByRole('menuitem', { name: '客户', exact: true }).click();
  const rows = await rowsOf(page);
  assert.ok(rows.length > 0, 'advisor1 has clients');
  const advisorName = rows[0].advisor;
  assert.ok(rows.every((r) => r.advisor === advisorName), 'only their own clients are listed');
  await page.screenshot({ path: '/tmp/e2e-clients.png', fullPage: true });

  const target = rows[Math.min(2, rows.length - 1)];
  await page.getByPlaceholder('姓名或客户号').fill(target.name.slice(0, 2));
  await page.getByPlaceholder('姓名或客户号').press('Enter');
  await page.locator('.ant-table-tbody tr.ant-table-row', { hasText: target.clientNo }).click();
  await page.getByTestId('client-name').waitFor();
  assert.match(await page.getByTestId('client-name').textContent(), new RegExp(target.name));
  assert.ok(await page.getByText(target.clientNo).isVisible(), 'the header shows the client number');
  assert.ok((await page.locator('[data-testid=client-accounts] tbody tr').count()) > 0, 'the accounts are listed');

  // Back in the list, the search is still there: it lives in the URL.
  await page.goBack();
  await page.locator('.ant-table-tbody tr.ant-table-row', { hasText: target.clientNo }).waitFor();
  assert.equal(await page.getByPlaceholder('姓名或客户号').inputValue(), target.name.slice(0, 2));
  await page.close();
});

test("another advisor's client is neither found nor opened", async () => {
  const other = await login(browserB.context, 'advisor2');
  await other.getByRole('menuitem', { name: '客户', exact: true }).click();
  const [theirs] = await rowsOf(other);
  await other.locator('.ant-table-tbody tr.ant-table-row').first().click();
  await other.getByTestId('client-name').waitFor();
  const id = other.url().split('/clients/')[1];
  await other.close();

  const page = await login(browserA.context, 'advisor1');
  await page.getByRole('menuitem', { name: '客户', exact: true }).click();
  await page.getByPlaceholder('姓名或客户号').fill(theirs.clientNo);
  await page.getByPlaceholder('姓名或客户号').press('Enter');
  await page.locator('.ant-table-placeholder').waitFor();
  assert.match(await page.getByTestId('client-total').textContent(), /共 0 位客户/);

  await page.goto(`${BASE_URL}/clients/${id}`);
  await page.getByTestId('client-not-found').waitFor();
  assert.equal(await page.getByTestId('client-name').count(), 0);
  await page.close();
});

test('the language switch turns the menu into English', async () => {
  const page = await login(browserA.context, 'advisor1');
  await page.getByRole('menuitem', { name: '客户', exact: true }).waitFor();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('menuitem', { name: 'Clients' }).waitFor();
  await page.getByRole('button', { name: /中\s*文/ }).click(); // antd spaces two-character labels
  await page.getByRole('menuitem', { name: '客户', exact: true }).waitFor();
  await page.close();
});

test('a wrong password is refused with a message', async () => {
  const page = await login(browserB.context, 'advisor1', 'wrong-password-1');
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').textContent(), /用户名或密码错误/);
  assert.ok(page.url().endsWith('/login'));
  await page.close();
});

test('a stale token sends the user back to the login page', async () => {
  const page = await browserB.context.newPage();
  await page.goto(`${BASE_URL}/login`);
  await page.evaluate(() => localStorage.setItem('crm.token', 'revoked-or-expired'));
  await page.goto(`${BASE_URL}/clients`);
  await page.waitForURL(/\/login$/);
  await page.getByLabel('用户名').waitFor(); // the reload to /login has finished
  assert.equal(await page.evaluate(() => localStorage.getItem('crm.token')), null);
  await page.close();
});

test('a product manager has no client list, in the menu or by URL', async () => {
  const page = await login(browserB.context, 'pm1');
  await page.getByRole('menuitem', { name: '产品' }).waitFor();
  assert.equal(await page.getByRole('menuitem', { name: '客户', exact: true }).count(), 0);
  await page.goto(`${BASE_URL}/clients`);
  await page.waitForURL(/\/404$/);
  await page.close();
});
