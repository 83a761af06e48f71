// Runs the end-to-end suite against a real crm server: seeds a fresh
// SQLite database, serves it with the built SPA, runs `node --test e2e/`,
// and always stops the server. With CRM_E2E_URL set, uses that server.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const frontend = resolve(here, '..');
const password = process.env.CRM_DEMO_PASSWORD || 'e2e-pass-2024';

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
    srv.on('error', fail);
  });
}

async function waitReady(url, deadline) {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${url} not ready`);
}

function runTests(url) {
  const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', 'e2e/'], {
    cwd: frontend,
    stdio: 'inherit',
    env: { ...process.env, CRM_E2E_URL: url, CRM_DEMO_PASSWORD: password },
  });
  return result.status ?? 1;
}

async function main() {
  if (process.env.CRM_E2E_URL) return runTests(process.env.CRM_E2E_URL);
  const bin = resolve(frontend, process.env.CRM_BIN || '../bin/crm');
  const dir = mkdtempSync(join(tmpdir(), 'crm-e2e-'));
  const env = {
    ...process.env,
    CRM_DATABASE_URL: `sqlite:${join(dir, 'e2e.db')}`,
    CRM_DEMO_PASSWORD: password,
    CRM_STATIC_DIR: join(frontend, 'dist'),
    // Uploaded import files wait here, not in the working directory.
    CRM_IMPORT_DIR: join(dir, 'imports'),
  };
  let server;
  try {
    const seeded = spawnSync(bin, ['seed', '--clients', '300', '--seed', '7'], { env, stdio: ['ignore', 'inherit', 'ignore'] });
    if (seeded.status !== 0) throw new Error(`crm seed failed (${seeded.status ?? seeded.error})`);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    // The server's log is shown only when something fails.
    const log = join(dir, 'server.log');
    server = spawn(bin, ['serve'], { env: { ...env, CRM_ADDR: `127.0.0.1:${port}` }, stdio: ['ignore', 'ignore', openSync(log, 'w')] });
    await waitReady(url, Date.now() + 60_000);
    const code = runTests(url);
    if (code !== 0) console.error(readFileSync(log, 'utf8').split('\n').slice(-60).join('\n'));
    return code;
  } finally {
    server?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
