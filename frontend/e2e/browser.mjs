// A headless Debian Chromium driven by playwright-core. Never a downloaded
// browser: CI has no network beyond the package registries.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

export const BASE_URL = process.env.CRM_E2E_URL;
export const PASSWORD = process.env.CRM_DEMO_PASSWORD;

// apiResult calls the GraphQL API and returns its whole answer, errors included.
export async function apiResult(query, variables = {}, token) {
  const res = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

// api calls the GraphQL API directly, failing on any error.
export async function api(query, variables = {}, token) {
  const body = await apiResult(query, variables, token);
  if (body.errors !== undefined) {
    throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

// apiLogin logs username in through the API and returns the token.
export async function apiLogin(username, password = PASSWORD) {
  const data = await api('mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: password });
  return data.login.token;
}

export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'crm-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    locale: 'zh-CN',
    viewport: { width: 1366, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// openDialog clicks opener and returns the dialog it opens once the dialog
// has stopped moving. antd zooms a dialog in from the point clicked; a
// click on it while it still moves can land on the mask around it, which
// closes it. CI failed so once; with both cores busy, the same test
// failed 1 run in 5 here, its click landing on the mask 137 ms after the
// dialog began to open.
export async function openDialog(page, opener) {
  await opener.click();
  await page.waitForFunction(() => {
    const shown = [...document.querySelectorAll('.ant-modal')].filter((m) => m.getClientRects().length > 0);
    return shown.length > 0 && shown.every((m) => ![...m.classList].some((c) => /-(appear|enter|leave)/.test(c)));
  });
  return page.locator('.ant-modal:visible');
}

// login opens the login page in a fresh page and logs username in.
export async function login(context, username, password = PASSWORD) {
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.locator('button[type=submit]').click();
  return page;
}
