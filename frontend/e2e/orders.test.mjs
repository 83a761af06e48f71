import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { api, apiLogin, BASE_URL, launch, login, openDialog } from './browser.mjs';

let browser;
let clients;
let products;

// The set-up: advisor1's ordinary individual clients whose ID is valid,
// youngest first (no age rule gets in the way of the confirmed sale), and
// the products on sale that take any ordinary investor who confirms a
// mismatch, cheapest first.
before(async () => {
  browser = await launch();
  const token = await apiLogin('advisor1');
  const { viewer } = await api('{ viewer { id } }', {}, token);
  const data = await api(
    `query ($advisor: ID!) {
      customers(first: 200, where: { advisorID: $advisor, status: NORMAL, kind: INDIVIDUAL, investorClass: ORDINARY }) {
        edges { node { id name clientNo birthDate idExpiresOn } }
      }
      products(first: 200, where: { status: PUBLISHED, professionalOnly: false, qualifiedOnly: false, refuseMismatch: false }) {
        edges { node { id code name riskLevel minAmount saleStart saleEnd refuseFromAge } }
      }
    }`,
    { advisor: viewer.id },
    token,
  );
  const today = new Date().toISOString().slice(0, 10);
  clients = data.customers.edges
    .map((e) => e.node)
    .filter((c) => c.birthDate && (!c.idExpiresOn || c.idExpiresOn > today))
    .sort((a, b) => b.birthDate.localeCompare(a.birthDate));
  products = data.products.edges
    .map((e) => e.node)
    .filter((p) => (!p.saleStart || p.saleStart <= today) && (!p.saleEnd || p.saleEnd >= today) && p.refuseFromAge == null)
    .sort((a, b) => Number(a.minAmount) - Number(b.minAmount));
  assert.ok(clients.length >= 2, 'advisor1 has two ordinary clients to assess');
});

after(async () => {
  await browser?.close();
});

// clientOpened waits for the client's page, failing with its error if any.
async function clientOpened(page) {
  await page.locator('[data-testid=client-name], .ant-alert-error').first().waitFor();
  const failed = page.locator('.ant-alert-error');
  if (await failed.count()) assert.fail(`the client page shows an error: ${await failed.first().textContent()}`);
}

// assess takes the risk questionnaire on the client's page with answers
// (question key → option key or keys; the first option otherwise) and
// returns the category shown.
async function assess(page, answers) {
  const dialog = await openDialog(page, page.getByTestId('risk-assessment'));
  const form = dialog.getByTestId('assessment-form');
  await form.waitFor();
  const questions = await form.locator('[data-testid^=question-]').evaluateAll((els) => els.map((e) => e.dataset.testid.slice('question-'.length)));
  assert.ok(questions.includes('max_loss'), 'the questionnaire asks for the loss the investor accepts');
  for (const q of questions) {
    const chosen = answers[q] ?? 'A';
    for (const option of Array.isArray(chosen) ? chosen : [chosen]) {
      await form.locator(`[data-testid="question-${q}"] label:has(input[value="${option}"])`).click();
    }
  }
  await page.getByTestId('assessment-submit').click();
  const failed = page.locator('.ant-modal .ant-alert-error, .ant-modal .ant-form-item-explain-error');
  await page.locator('[data-testid=assessment-result], .ant-modal .ant-alert-error, .ant-modal .ant-form-item-explain-error').first().waitFor();
  if (await failed.count()) assert.fail(`the questionnaire shows an error: ${await failed.allTextContents()}`);
  const level = await page.getByTestId('assessment-level').textContent();
  const lowest = await page.getByTestId('assessment-lowest').count();
  await page.getByTestId('assessment-done').click();
  return { level, lowest: lowest > 0 };
}

// fillOrder types the amount and submits the order dialog.
async function submitOrder(page, amount) {
  await page.getByLabel('金额（元）').fill(amount);
  await page.getByTestId('order-submit').click();
  await page.locator('[data-testid=order-placed], [data-testid=order-refused], [data-testid=order-warning], .ant-modal .ant-alert-error, .ant-modal .ant-form-item-explain-error').first().waitFor();
  const failed = page.locator('.ant-modal .ant-alert-error, .ant-modal .ant-form-item-explain-error');
  if (await failed.count()) assert.fail(`the order shows an error: ${await failed.first().textContent()}`);
}

test('an order of a client in the lowest risk category for an R3+ product is refused, with the reason', async () => {
  const client = clients[clients.length - 1];
  const product = products.find((p) => ['R3', 'R4', 'R5'].includes(p.riskLevel));
  assert.ok(product, 'an R3+ product is on sale');

  const page = await login(browser.context, 'advisor1');
  await page.waitForURL(`${BASE_URL}/`);
  await page.goto(`${BASE_URL}/clients/${client.id}`);
  await clientOpened(page);

  // Cannot accept any loss: C1, lowest category.
  const result = await assess(page, { max_loss: 'A' });
  assert.match(result.level, /C1/);
  assert.ok(result.lowest, 'the lowest category is flagged');

  // Order the product from the client's page.
  await openDialog(page, page.getByTestId('order-buy'));
  await page.getByLabel('产品', { exact: true }).fill(product.code);
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option`).filter({ hasText: product.code }).first().click();
  await submitOrder(page, String(Number(product.minAmount)));

  await page.getByTestId('order-refused').waitFor();
  const reasons = await page.getByTestId('order-reason').allTextContents();
  assert.ok(reasons.includes('投资者属于风险承受能力最低类别'), `the refusal says why: ${reasons}`);
  await page.close();
});

test('a C3 client buying an R4 product reads the warning, confirms and the order is placed', async () => {
  const client = clients[0];
  const product = products.find((p) => p.riskLevel === 'R4');
  assert.ok(product, 'an R4 product is on sale');

  const page = await login(browser.context, 'advisor1');
  await page.waitForURL(`${BASE_URL}/`);
  await page.goto(`${BASE_URL}/clients/${client.id}`);
  await clientOpened(page);

  // Answers that score in the C3 band, any horizon and any variety.
  const result = await assess(page, {
    age: 'B',
    education: 'C',
    occupation: 'C',
    income: 'B',
    investable_share: 'B',
    debt: 'B',
    experience: 'C',
    knowledge: 'B',
    products: ['B'],
    max_loss: 'C',
    attitude: 'B',
    horizon: 'D',
    varieties: ['F'],
    integrity: 'A',
    capacity: 'A',
  });
  assert.match(result.level, /C3/);
  assert.ok(!result.lowest, 'not the lowest category');

  // Order from the product's page, choosing the client.
  await page.goto(`${BASE_URL}/products/${product.id}`);
  await page.getByTestId('product-name').waitFor();
  await openDialog(page, page.getByTestId('order-buy'));
  await page.getByLabel('客户', { exact: true }).fill(client.clientNo);
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option`).filter({ hasText: client.clientNo }).first().click();
  await submitOrder(page, String(Number(product.minAmount)));

  // The special risk warning, then the investor's confirmation.
  await page.getByTestId('order-warning').waitFor();
  const reasons = await page.getByTestId('order-reason').allTextContents();
  assert.ok(reasons.includes('产品风险等级高于投资者风险承受能力'), `the warning says why: ${reasons}`);
  assert.ok(await page.getByTestId('order-confirm').isDisabled(), 'no confirmation before the box is ticked');
  await page.getByText('本人已阅读风险警示并确认购买').click();
  await page.getByTestId('order-confirm').click();

  await page.getByTestId('order-placed').waitFor();
  assert.equal(await page.getByTestId('order-status').textContent(), '已支付');

  await page.close();
});

test('compliance finds the refusal among the suitability records, newest first', async () => {
  const page = await login(browser.context, 'compliance1');
  await page.getByRole('menuitem', { name: '适当性记录' }).click();
  await page.waitForURL(/\/suitability-records$/);
  await page.getByLabel('匹配结果').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="拒绝"]').click();
  const first = page.locator('[data-testid=records-table] tr.ant-table-row').first();
  await first.waitFor();
  // The refusal of the first test is the newest.
  const deadline = Date.now() + 15_000;
  let text = '';
  while (Date.now() < deadline) {
    text = await first.textContent();
    if (text.includes('投资者属于风险承受能力最低类别')) break;
    await page.waitForTimeout(200);
  }
  assert.match(text, /投资者属于风险承受能力最低类别/);
  assert.match(text, /拒绝/);
  await page.close();
});

test('a client orders a product on sale for themselves from its page and sees the outcome', async () => {
  const product = products.find((p) => p.riskLevel === 'R1');
  assert.ok(product, 'an R1 product is on sale');
  const page = await login(browser.context, 'client1');
  await page.waitForURL(`${BASE_URL}/`);
  await page.goto(`${BASE_URL}/products/${product.id}`);
  await page.getByTestId('product-name').waitFor();
  await openDialog(page, page.getByTestId('order-buy'));
  // No client to choose: the order is theirs.
  assert.equal(await page.getByLabel('客户', { exact: true }).count(), 0);
  await submitOrder(page, String(Math.max(1000, Number(product.minAmount))));
  // client1 (seeded as a professional investor) matches any risk level;
  // only an expired identity document stops the sale.
  const token = await apiLogin('client1');
  const { viewer } = await api('{ viewer { client { idExpiresOn } } }', {}, token);
  const expiry = viewer.client.idExpiresOn;
  if (expiry && expiry < new Date().toISOString().slice(0, 10)) {
    await page.getByTestId('order-refused').waitFor();
    assert.deepEqual(await page.getByTestId('order-reason').allTextContents(), ['身份证件已过期']);
  } else {
    await page.getByTestId('order-placed').waitFor();
    assert.match(await page.getByTestId('order-status').textContent(), /^(已支付|待支付|支付失败)$/);
  }
  await page.close();
});
