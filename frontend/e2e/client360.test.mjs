import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launch, login, openDialog } from './browser.mjs';

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

// clientOpened waits for the client's page, failing with the page's own
// error message if it shows one rather than the client.
async function clientOpened(page) {
  await page.locator('[data-testid=client-name], .ant-alert-error').first().waitFor();
  const failed = page.locator('.ant-alert-error');
  if (await failed.count()) assert.fail(`the client page shows an error: ${await failed.first().textContent()}`);
}

test('an advisor finds a client by name, logs a call and sees it at the top of the timeline', async () => {
  const page = await login(browser.context, 'advisor1');

  // One of their clients: the first of their list.
  await page.getByRole('menuitem', { name: '客户', exact: true }).click();
  const first = page.locator('.ant-table-tbody tr.ant-table-row').first();
  await first.waitFor();
  const [clientNo, name] = await first.locator('td').evaluateAll((tds) => [tds[0].textContent, tds[1].textContent]);

  // The header's search (searchClients) finds them by name.
  const search = page.getByPlaceholder('搜索客户：姓名、拼音首字母、客户号、手机尾号');
  await search.fill(name);
  await page.getByTestId('client-search-option').filter({ hasText: clientNo }).click();
  await page.waitForURL(/\/clients\/[^/]+$/);

  // The header and the figures.
  await clientOpened(page);
  assert.match(await page.getByTestId('client-name').textContent(), new RegExp(name));
  assert.equal(await page.getByTestId('client-no').textContent(), clientNo);
  assert.ok(await page.getByTestId('client-risk-level').isVisible(), 'the risk level is shown');
  assert.match(await page.getByTestId('client-asset-tier').textContent(), /普通|潜力|重要|高净值|超高净值/);
  assert.match(await page.getByTestId('summary-totalAssets').textContent(), /^-?[\d,]+\.\d{2}$/);
  assert.ok((await page.locator('[data-testid=client-accounts] tbody tr').count()) > 0, 'the accounts are listed');

  // A phone call, with a summary no other record has.
  const summary = `e2e 电话回访 ${Date.now()}`;
  const dialog = await openDialog(page, page.getByTestId('log-contact'));
  await dialog.getByLabel('渠道').click();
  await page.locator('.ant-select-item-option[title="电话"]').click();
  await dialog.getByLabel('内容摘要').fill(summary);
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await page.getByText('联系记录已保存').waitFor();
  await page.getByTestId('log-contact-form').waitFor({ state: 'detached' });

  // The call is the newest item of the timeline.
  await page.getByRole('tab', { name: '时间线' }).click();
  const items = page.getByTestId('timeline-item');
  await items.filter({ hasText: summary }).waitFor();
  assert.match(await items.first().textContent(), new RegExp(summary));
  await page.screenshot({ path: '/tmp/e2e-client360.png', fullPage: true });

  // Opened again, the client's figures count the call as the last contact.
  await page.reload();
  await clientOpened(page);
  const today = new Date().toLocaleDateString('sv-SE'); // YYYY-MM-DD here, as in the browser
  assert.equal(await page.getByTestId('summary-lastContactAt').textContent(), today);
  await page.close();
});
