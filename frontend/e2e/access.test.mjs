import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { api, apiLogin, BASE_URL, launch, login } from './browser.mjs';

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

// firstIndividualOf returns the id of one individual client of an advisor
// (individuals have a mobile phone and a resident ID number).
async function firstIndividualOf(advisor, token) {
  const data = await api(
    `query ($advisor: String!) {
      customers(first: 1, where: { kind: INDIVIDUAL, hasAdvisorWith: [{ username: $advisor }] }) { edges { node { id } } }
    }`,
    { advisor },
    token,
  );
  const id = data.customers.edges[0]?.node.id;
  assert.ok(id, `${advisor} has an individual client`);
  return id;
}

// localDate is a day as YYYY-MM-DD, days from today.
function localDate(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

// auditRows waits until the audit table's rows all match (the table
// refetches after a filter changes) and returns their actor and action.
// The first cell of a row is its expand button.
async function auditRows(page, match) {
  const rows = page.locator('[data-testid=audit-table] tr.ant-table-row');
  const deadline = Date.now() + 15_000;
  for (;;) {
    const found = await rows.evaluateAll((trs) => trs.map((r) => ({ actor: r.children[2].textContent, action: r.children[6].textContent })));
    if ((found.length > 0 && found.every(match)) || Date.now() > deadline) return found;
    await page.waitForTimeout(200);
  }
}

test('compliance finds logins in the audit log, by action and by actor, and opens one', async () => {
  await apiLogin('advisor1'); // another actor's login, so the actor filter has something to leave out
  const page = await login(browser.context, 'compliance1');
  await page.getByRole('menuitem', { name: '审计日志' }).click();
  await page.waitForURL(/\/audit/);

  await page.getByTestId('audit-action').click();
  await page.locator('.ant-select-item-option[title="登录"]').click();
  await page.waitForURL(/action=LOGIN/);
  const logins = await auditRows(page, (r) => r.action === '登录');
  assert.ok(logins.length > 0, 'logins are audited');
  assert.ok(logins.every((r) => r.action === '登录'), 'only logins are listed');
  assert.ok(logins.some((r) => r.actor === 'compliance1'), 'their own login is there');
  assert.ok(logins.some((r) => r.actor !== 'compliance1'), "and others' logins too");
  await page.screenshot({ path: '/tmp/e2e-audit.png', fullPage: true });

  await page.getByPlaceholder('操作人').fill('compliance1');
  await page.getByPlaceholder('操作人').press('Enter');
  await page.waitForURL(/actor=compliance1/);
  const mine = await auditRows(page, (r) => r.actor === 'compliance1');
  assert.ok(mine.length > 0);
  assert.ok(mine.every((r) => r.actor === 'compliance1' && r.action === '登录'), 'only their logins are left');

  await page.locator('[data-testid=audit-table] tr.ant-table-row').first().locator('.ant-table-row-expand-icon').click();
  await page.getByTestId('audit-changes').waitFor();
  assert.ok(await page.getByTestId('audit-before').isVisible());
  assert.ok(await page.getByTestId('audit-after').isVisible());
  await page.close();
});

test("an advisor sees a shared client's personal data masked, and their own in full", async () => {
  const bm = await apiLogin('bm1');
  const users = await api('{ users(first: 1, where: { username: "advisor1" }) { edges { node { id } } } }', {}, bm);
  const advisor1 = users.users.edges[0].node.id;
  const shared = await firstIndividualOf('advisor2', bm);
  const own = await firstIndividualOf('advisor1', bm);
  const grant = await api(
    'mutation ($input: GrantClientShareInput!) { grantClientShare(input: $input) { id } }',
    { input: { clientId: shared, granteeId: advisor1, reason: '休假代班', endsOn: localDate(7) } },
    bm,
  );
  const page = await login(browser.context, 'advisor1');
  try {
    await page.getByRole('menuitem', { name: '客户', exact: true }).waitFor();
    await page.goto(`${BASE_URL}/clients/${shared}`);
    await page.getByTestId('client-name').waitFor();
    assert.match(await page.getByTestId('client-phone').textContent(), /^1\d{2}\*{4}\d{4}$/);
    assert.match(await page.getByTestId('client-id-number').textContent(), /^\d{3}\*+\d{3}[\dX]$/);
    assert.ok(await page.getByTestId('client-pii-masked').isVisible(), 'the Masked tag is shown');
    await page.screenshot({ path: '/tmp/e2e-client-masked.png', fullPage: true });

    await page.goto(`${BASE_URL}/clients/${own}`);
    await page.getByTestId('client-name').waitFor();
    assert.match(await page.getByTestId('client-phone').textContent(), /^1\d{10}$/);
    assert.equal(await page.getByTestId('client-pii-masked').count(), 0);
  } finally {
    await page.close();
    // The other files expect advisor1 to see only their own clients.
    await api('mutation ($id: ID!) { revokeClientShare(id: $id) { id } }', { id: grant.grantClientShare.id }, bm);
  }
});
