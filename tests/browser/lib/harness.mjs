// Starts candor on a fresh demo database with the demo logins, and Debian's
// Chromium through playwright-core. Used by every tests/browser/*.mjs.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const PASSWORD = (user) => `${user}-demo-password`;

// On a fresh SQLite file, or on PostgreSQL when CANDOR_TEST_PG names a
// throwaway server (tests/store/with_postgres.sh starts one per test).
// options.issuer: give the server a certificate issuer (a fresh key pair).
export async function startCandor(candor, options = {}) {
  const tmp = process.env.TMPDIR || '/tmp';
  const sqlite = !process.env.CANDOR_TEST_PG;
  const db = process.env.CANDOR_TEST_PG ||
    path.join(tmp, `browser-${path.basename(process.argv[1])}-${process.pid}.db`);
  const removeFiles = () => {
    if (sqlite) for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  };
  removeFiles();
  const assessment = execFileSync(candor, ['--db', db, 'demo'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  execFileSync(candor, ['--db', db, '--workspace', 'demo', 'user', 'demo'], { stdio: 'ignore' });
  const serveArgs = ['serve', '--db', db, '--listen', '127.0.0.1:0'];
  const issuer = path.join(tmp, `issuer-${path.basename(process.argv[1])}-${process.pid}`);
  if (options.issuer) {
    rmSync(issuer, { recursive: true, force: true });
    execFileSync(candor, ['credential', 'keygen', '--issuer-dir', issuer, '--id', 'https://exams.example', '--name', 'Candor Demo Exam Institute'], { stdio: 'ignore' });
    serveArgs.push('--issuer-dir', issuer);
  }
  const server = spawn(candor, serveArgs, { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let seen = '';
    server.stdout.on('data', (chunk) => {
      seen += chunk;
      const match = seen.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (match) resolve(match[0].replace(/\/$/, ''));
    });
    server.on('exit', (code) => reject(new Error(`candor serve exited with ${code}`)));
  });
  const stop = () => {
    server.kill('SIGTERM');
    removeFiles();
    rmSync(issuer, { recursive: true, force: true });
  };
  return { url, assessment, stop };
}

export async function launchChromium() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export function screenshotFolder() {
  const store = process.env.CANDOR_TEST_PG ? 'postgresql' : 'sqlite';
  const folder = path.join(process.env.TMPDIR || '/tmp', 'screenshots', store);
  mkdirSync(folder, { recursive: true });
  return folder;
}

// Signs in through the form, with the keyboard only.
export async function signIn(browser, url, user) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${url}/signin`);
  // The user name field is autofocused; Chromium applies autofocus at its next
  // rendering update, which can come after "load" on a busy machine.
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'user');
  await page.keyboard.type(user);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD(user));
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/w\/demo$/);
  return page;
}

export function check(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`);
  console.log(`ok - ${message}`);
}
