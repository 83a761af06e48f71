import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { api, apiLogin, launch, login } from './browser.mjs';

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

test('head office opens an institution and reads its indicators', async () => {
  // An institutional client, the first by client number.
  const token = await apiLogin('hq1');
  const data = await api(
    `{ customers(first: 1, where: { kind: INSTITUTION }, orderBy: [{ field: CLIENT_NO }]) { edges { node { id name clientNo } } } }`,
    {},
    token,
  );
  const institution = data.customers.edges[0]?.node;
  assert.ok(institution, 'the demo data has an institution');

  // Found in the client list by its number, and opened.
  const page = await login(browser.context, 'hq1');
  await page.getByRole('menuitem', { name: '客户', exact: true }).click();
  await page.getByPlaceholder('姓名或客户号').fill(institution.clientNo);
  await page.getByPlaceholder('姓名或客户号').press('Enter');
  await page.locator('.ant-table-tbody tr.ant-table-row', { hasText: institution.clientNo }).click();
  await page.locator('[data-testid=client-name], .ant-alert-error').first().waitFor();
  assert.match(await page.getByTestId('client-name').textContent(), new RegExp(institution.name));

  // The institution tab: the organisation, the contacts and the indicators.
  await page.getByRole('tab', { name: '机构', exact: true }).click();
  const indicators = page.getByTestId('institution-indicators');
  await indicators.waitFor();
  assert.ok(await indicators.getByText('机构指标').isVisible(), 'the section has its title');
  const rating = indicators.locator('.ant-descriptions-item', { hasText: '信用评级' });
  assert.equal(await rating.count(), 1, 'the credit rating is listed');
  const value = (await indicators.getByTestId('indicator-org_credit_rating').textContent()).trim();
  assert.ok(value !== '' && value !== '—', `the credit rating has a value, got ${JSON.stringify(value)}`);
  await page.screenshot({ path: '/tmp/e2e-institution.png', fullPage: true });
  await page.close();
});
