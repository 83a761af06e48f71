import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { BASE_URL, launch, login, openDialog } from './browser.mjs';

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

// liveCount waits until the builder's live count is of the rule as it is
// now (and, given previous, differs from it) and returns it, failing with
// the rule's problems if the server refused the rule.
async function liveCount(page, previous) {
  const count = page.getByTestId('segment-live-count');
  const deadline = Date.now() + 20_000;
  let last;
  for (;;) {
    const state = await count.getAttribute('data-state');
    const text = (await count.textContent()).replace(/,/g, '');
    if (state === 'error') {
      const problems = await page.getByTestId('rule-problem').allTextContents();
      assert.fail(`the rule was refused: ${problems.join('; ')}`);
    }
    if (state === 'ready' && /^\d+$/.test(text)) {
      last = Number(text);
      if (previous === undefined || last !== previous) return last;
    }
    if (Date.now() > deadline) assert.fail(`the live count stayed at ${last ?? text} (state ${state}), not another than ${previous}`);
    await page.waitForTimeout(200);
  }
}

// chooseDimension picks a condition's dimension by typing its key in the
// picker's search (which finds a dimension by key or by name) and choosing it.
async function chooseDimension(page, condition, key) {
  await condition.getByTestId('rule-dimension').click();
  await page.keyboard.type(key);
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option:has([data-dimension="${key}"])`).click();
}

// chooseOption picks the option titled title of the antd Select select.
async function chooseOption(page, select, title) {
  await select.click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${title}"]`).click();
}

// clientOpened waits for a client's page, failing with the page's own
// error message if it shows one rather than the client.
async function clientOpened(page) {
  await page.locator('[data-testid=client-name], .ant-alert-error').first().waitFor();
  const failed = page.locator('.ant-alert-error');
  if (await failed.count()) assert.fail(`the client page shows an error: ${await failed.first().textContent()}`);
}

test('an advisor builds a segment of three conditions, counted live, saves it and opens a member', async () => {
  const page = await login(browser.context, 'advisor1');
  await page.getByRole('menuitem', { name: '客户群' }).click();
  await page.waitForURL(/\/segments$/);
  await page.getByTestId('segment-create').click();
  await page.waitForURL(/\/segments\/new$/);
  await page.getByTestId('rule-editor').waitFor();
  const conditions = page.getByTestId('rule-condition');

  // 1. Clients in normal standing.
  await chooseDimension(page, conditions.nth(0), 'status');
  assert.equal(await conditions.nth(0).getByTestId('rule-operator').textContent(), '等于');
  await chooseOption(page, conditions.nth(0).getByTestId('rule-value'), '正常');
  const normal = await liveCount(page);
  assert.ok(normal > 0, 'advisor1 has clients in normal standing');

  // 2. …with total assets of 100,000 or more: fewer of them.
  await page.getByTestId('rule-add-condition').first().click();
  await chooseDimension(page, conditions.nth(1), 'total_assets');
  await chooseOption(page, conditions.nth(1).getByTestId('rule-operator'), '大于等于');
  await conditions.nth(1).getByTestId('rule-value').fill('100000');
  const wealthy = await liveCount(page, normal);
  assert.ok(wealthy > 0 && wealthy < normal, `${wealthy} of ${normal} normal clients have 100,000 or more`);

  // 3. …who traded 3 times or more in the last 90 days.
  await page.getByTestId('rule-add-condition').first().click();
  await chooseDimension(page, conditions.nth(2), 'trades_90d');
  await chooseOption(page, conditions.nth(2).getByTestId('rule-operator'), '大于等于');
  await conditions.nth(2).getByTestId('rule-value').fill('3');
  const count = await liveCount(page, wealthy);
  assert.ok(count > 0 && count < wealthy, `${count} of the ${wealthy} traded 3 times or more in 90 days`);
  await page.getByTestId('segment-members').locator('tr.ant-table-row').first().waitFor();
  await page.screenshot({ path: '/tmp/e2e-segment-builder.png', fullPage: true });

  // Saved, it opens as itself.
  const name = `e2e活跃高资产${Date.now().toString(36)}`;
  const dialog = await openDialog(page, page.getByTestId('segment-save'));
  await dialog.getByTestId('segment-save-form').getByLabel('名称').fill(name);
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await page.waitForURL(/\/segments\/\d+$/);
  await page.getByTestId('segment-title').filter({ hasText: name }).waitFor();

  // It is in the list; opened from there, it shows its rule and members.
  await page.getByRole('menuitem', { name: '客户群' }).click();
  await page.waitForURL(/\/segments$/);
  await page.getByTestId('segment-link').filter({ hasText: name }).click();
  await page.waitForURL(/\/segments\/\d+$/);
  await page.getByTestId('segment-title').filter({ hasText: name }).waitFor();
  assert.equal(await page.getByTestId('rule-condition').count(), 3);
  assert.equal(await liveCount(page), count, 'the saved segment counts as it did in the builder');

  // One of its members opens that client's page.
  const member = page.getByTestId('segment-member-link').first();
  await member.waitFor();
  const clientNo = await member.textContent();
  await member.click();
  await page.waitForURL(/\/clients\/\d+$/);
  await clientOpened(page);
  assert.equal(await page.getByTestId('client-no').textContent(), clientNo);
  assert.ok((await page.getByTestId('client-class').count()) > 0, 'the client page shows their classes');
  await page.close();
});

test('head office sees the asset tiers of the schemes, and the Pareto curve of the contribution', async () => {
  const page = await login(browser.context, 'hq1');
  // Head office's menu folds its last items away at this width: go there directly.
  await page.getByRole('menuitem', { name: '工作台' }).waitFor();
  await page.goto(`${BASE_URL}/schemes`);
  const tiers = page.locator('[data-testid=scheme-card][data-scheme=asset_tier]');
  await tiers.waitFor();
  await tiers.locator('canvas').first().waitFor();
  const buckets = await tiers.getByTestId('scheme-bucket').allTextContents();
  const total = buckets.reduce((sum, b) => sum + Number(b.split(': ')[1].replace(/,/g, '')), 0);
  assert.ok(total > 0, `the asset tiers count clients: ${buckets.join(', ')}`);
  assert.equal(await page.getByTestId('scheme-card').count(), 12, 'the twelve standard schemes');
  assert.ok(await tiers.getByTestId('scheme-edit').isVisible(), 'head office may edit a scheme');
  await page.screenshot({ path: '/tmp/e2e-schemes.png', fullPage: true });

  await page.goto(`${BASE_URL}/contribution`);
  await page.locator('[data-testid=pareto-chart] canvas, .ant-alert-error').first().waitFor();
  const failed = page.locator('.ant-alert-error');
  if (await failed.count()) assert.fail(`the contribution page shows an error: ${await failed.first().textContent()}`);
  assert.match(await page.getByTestId('pareto-summary').textContent(), /^前 [\d.]+% 的客户贡献了 80% 的收入。$/);
  assert.match(await page.getByTestId('contribution-total').textContent(), /^[\d,]+\.\d{2}$/);
  assert.ok((await page.locator('[data-testid=contribution-groups] tr.ant-table-row').count()) > 0, 'revenue by branch is listed');
  await page.screenshot({ path: '/tmp/e2e-contribution.png', fullPage: true });
  await page.close();
});
