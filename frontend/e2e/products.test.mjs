import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { api, apiLogin, apiResult, BASE_URL, launch, login, openDialog } from './browser.mjs';

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

// uniqueCode is a product code no other run has used.
function uniqueCode(prefix) {
  return `${prefix}${Date.now().toString(36).toUpperCase()}`;
}

// choose picks an option of the antd Select labelled label.
async function choose(page, label, option) {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
}

// productOpened waits for a product's page, failing with the page's own
// error message if it shows one rather than the product.
async function productOpened(page) {
  await page.locator('[data-testid=product-name], .ant-alert-error').first().waitFor();
  const failed = page.locator('.ant-alert-error');
  if (await failed.count()) assert.fail(`the product page shows an error: ${await failed.first().textContent()}`);
}

// tableCodes waits until the catalogue's rows satisfy done (the table
// refetches after the search changes) and returns their codes.
async function tableCodes(page, done) {
  const rows = page.locator('[data-testid=product-table] tr.ant-table-row');
  const deadline = Date.now() + 15_000;
  for (;;) {
    const found = await rows.evaluateAll((trs) => trs.map((r) => r.children[0].textContent));
    if (done(found) || Date.now() > deadline) return found;
    await page.waitForTimeout(200);
  }
}

const confirmButton = (dialog) => dialog.getByRole('button', { name: /确\s*认/ });

test('a product manager creates and submits a product, compliance approves it, an advisor finds it in the catalogue', async () => {
  const code = uniqueCode('E2E');
  const name = `e2e稳健债券${code}`;

  // pm1 fills in the editor and submits the new product for review.
  const pm = await login(browser.context, 'pm1');
  await pm.getByRole('menuitem', { name: '产品', exact: true }).click();
  await pm.getByTestId('product-create').click();
  await pm.waitForURL(/\/products\/new$/);
  await pm.getByTestId('product-form').waitFor();
  await pm.getByLabel('产品代码').fill(code);
  await pm.getByLabel('产品名称').fill(name);
  await choose(pm, '产品类型', '债券型基金');
  await pm.getByLabel('发行人').fill('e2e基金管理有限公司');
  await choose(pm, '风险等级', 'R2 中低风险');
  await choose(pm, '投资期限', '中期');
  await choose(pm, '投资品种', '固定收益类');
  await pm.getByLabel('起购金额').fill('1000');
  await pm.getByLabel('管理费率').fill('0.6');
  await pm.getByLabel('申购费率').fill('150');
  await pm.getByTestId('product-document-add').click();
  await pm.getByLabel('文件名称').fill('招募说明书');
  await choose(pm, '文件类型', '招募说明书');
  await pm.getByLabel('链接').fill('https://example.com/e2e-prospectus.pdf');
  await pm.getByLabel('文件版本').fill('v1');

  // A fee above 100% is named on its field before anything is saved.
  await pm.getByTestId('product-save-submit').click();
  await pm.getByText('费率须在 0 至 100 之间').waitFor();
  assert.match(pm.url(), /\/products\/new$/);
  await pm.getByLabel('申购费率').fill('0.8');

  await pm.getByTestId('product-save-submit').click();
  await pm.waitForURL(/\/products\/[^/]+$/);
  await productOpened(pm);
  assert.equal(await pm.getByTestId('product-code').textContent(), code);
  assert.equal(await pm.getByTestId('product-status').textContent(), '审核中');
  const productPath = new URL(pm.url()).pathname;
  await pm.close();

  // compliance1 finds it in the review queue, sees what is new and approves it.
  const co = await login(browser.context, 'compliance1');
  await co.getByRole('menuitem', { name: '产品审核' }).click();
  await co.waitForURL(/\/product-review/);
  await co.getByPlaceholder('名称、代码或拼音首字母').fill(code);
  await co.getByPlaceholder('名称、代码或拼音首字母').press('Enter');
  await co.locator('[data-testid=review-queue] tr.ant-table-row', { hasText: code }).click();
  await co.waitForURL(/\/product-review\/[^/]+$/);
  await co.getByTestId('product-changes').waitFor();
  assert.match(await co.getByTestId('change-name').textContent(), new RegExp(name));
  assert.match(await co.getByTestId('change-managementFeeRate').textContent(), /0\.6/);
  await co.screenshot({ path: '/tmp/e2e-product-review.png', fullPage: true });
  const dialog = await openDialog(co, co.getByTestId('product-action-APPROVE'));
  await confirmButton(dialog).click();
  await co.getByText('已完成：批准上架').waitFor();
  await co.waitForURL(/\/product-review$/);
  await co.close();

  // advisor1 finds it in the catalogue by its code and opens it.
  const adv = await login(browser.context, 'advisor1');
  await adv.getByRole('menuitem', { name: '产品', exact: true }).click();
  await adv.waitForURL(/\/products$/);
  await adv.getByTestId('product-table').locator('tr.ant-table-row').first().waitFor();
  // The search applies once typing pauses, and goes into the URL.
  await adv.getByPlaceholder('名称、代码或拼音首字母').fill(code.toLowerCase());
  await adv.waitForURL(/[?&]q=/);
  const codes = await tableCodes(adv, (found) => found.length === 1);
  assert.deepEqual(codes, [code], 'the search finds that product only');
  await adv.locator('[data-testid=product-table] tr.ant-table-row', { hasText: code }).click();
  await adv.waitForURL(new RegExp(`${productPath}$`));
  await productOpened(adv);
  assert.match(await adv.getByTestId('product-name').textContent(), new RegExp(name));
  assert.equal(await adv.getByTestId('product-status').textContent(), '已发布');
  assert.equal(await adv.getByTestId('figure-minAmount').textContent(), '1,000.00');
  assert.equal(await adv.getByTestId('figure-managementFeeRate').textContent(), '0.60%');
  assert.ok(await adv.getByRole('link', { name: '招募说明书' }).isVisible(), 'the document is listed as a link');
  assert.equal(await adv.getByRole('tab', { name: '历史版本' }).count(), 0, 'advisors see no history');
  assert.equal(await adv.getByTestId('product-actions').count(), 0, 'advisors have no lifecycle actions');
  await adv.screenshot({ path: '/tmp/e2e-product-detail.png', fullPage: true });
  await adv.close();
});

test('a rejection needs a reason; with one, the product goes back to pm1 as a draft', async () => {
  const code = uniqueCode('REJ');
  const pmToken = await apiLogin('pm1');
  const input = {
    code,
    name: `e2e退回测试${code}`,
    type: 'STOCK_FUND',
    issuer: 'e2e基金管理有限公司',
    riskLevel: 'R3',
    horizon: 'LONG',
    variety: 'EQUITY',
    minAmount: '10',
    stepAmount: '0',
    subscriptionFeeRate: '1.5',
    redemptionFeeRate: '0.5',
    managementFeeRate: '1.2',
    custodyFeeRate: '0.2',
    documents: [],
    professionalOnly: false,
    qualifiedOnly: false,
    refuseMismatch: false,
    coolingOffHours: 0,
  };
  const { createProduct } = await api('mutation ($input: ProductInput!) { createProduct(input: $input) { id } }', { input }, pmToken);
  const id = createProduct.id;
  await api('mutation ($id: ID!) { actOnProduct(id: $id, action: SUBMIT) { id } }', { id }, pmToken);

  // The server refuses a rejection without a reason, whatever the UI does.
  const coToken = await apiLogin('compliance1');
  const refused = await apiResult('mutation ($id: ID!) { actOnProduct(id: $id, action: REJECT) { id } }', { id }, coToken);
  assert.equal(refused.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');

  const co = await login(browser.context, 'compliance1');
  await co.getByRole('menuitem', { name: '产品审核' }).waitFor();
  await co.goto(`${BASE_URL}/product-review/${id}`);
  const dialog = await openDialog(co, co.getByTestId('product-action-REJECT'));
  await confirmButton(dialog).click();
  await co.getByText('请填写原因').waitFor();
  assert.ok(await co.getByTestId('product-action-form').isVisible(), 'the dialog stays open');
  const reason = `费率说明不完整，请补充 ${code}`;
  await co.getByTestId('product-action-comment').fill(reason);
  await confirmButton(dialog).click();
  await co.getByText('已完成：退回修改').waitFor();
  await co.waitForURL(/\/product-review$/);
  await co.close();

  // pm1 sees the draft again, with the reason in its history, and may edit it.
  const pm = await login(browser.context, 'pm1');
  await pm.getByRole('menuitem', { name: '产品', exact: true }).waitFor();
  await pm.goto(`${BASE_URL}/products/${id}`);
  await productOpened(pm);
  assert.equal(await pm.getByTestId('product-status').textContent(), '草稿');
  assert.ok(await pm.getByTestId('product-edit').isVisible(), 'the draft can be edited again');
  await pm.getByRole('tab', { name: '历史版本' }).click();
  const rejection = pm.locator('[data-testid=product-history] tr.ant-table-row', { hasText: '退回修改' });
  await rejection.waitFor();
  assert.match(await rejection.textContent(), new RegExp(reason));
  assert.match(await rejection.textContent(), /compliance1/);
  await pm.screenshot({ path: '/tmp/e2e-product-history.png', fullPage: true });
  await pm.close();
});

// A list ordered by a decimal (fees, amounts) pages from a cursor that
// carries the decimal: the next page follows the first, never repeats it.
test(
  'the catalogue ranked by management fee pages forwards',
  async () => {
    const page = await login(browser.context, 'advisor1');
    await page.getByRole('menuitem', { name: '产品', exact: true }).click();
    const before = await tableCodes(page, (found) => found.length > 0);
    await page.locator('[data-testid=product-table] th', { hasText: '管理费率' }).click();
    await page.waitForURL(/sort=MANAGEMENT_FEE_RATE\.DESC/);
    // The URL changes before the sorted rows arrive: wait for them.
    const first = await tableCodes(page, (found) => found.length > 0 && found.join() !== before.join());
    await page.getByRole('button', { name: '下一页' }).click();
    await page.waitForURL(/after=/);
    const second = await tableCodes(page, (found) => found.length > 0 && found[0] !== first[0]);
    await page.close();
    assert.equal(
      second.filter((code) => first.includes(code)).length,
      0,
      `the second page repeats the first: ${second.join(' ')}`,
    );
  },
);
