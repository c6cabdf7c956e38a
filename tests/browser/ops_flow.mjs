// Operational evidence in Chromium: the assessor uploads a generated ticket
// log through the page (with the progress bar), sees the KPIs, checks and
// process map exactly as `candor ops kpi` computes them, and attaches them to
// the demo assessment; the evidence list and the report then show the log's
// SHA-256. The same upload works without JavaScript, and a viewer reads but
// cannot upload or attach. Screenshots go to $TMPDIR/screenshots.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { check, launchChromium, PASSWORD, screenshotFolder, signIn, startCandor } from './lib/harness.mjs';

const candor = process.argv[2];
const shots = screenshotFolder();
const tmp = process.env.TMPDIR || '/tmp';
const log = path.join(tmp, `ops-flow-${process.pid}.csv`);
execFileSync(candor, ['ops', 'gen', '--events', '20000', '--seed', '1', '-o', log], { stdio: 'ignore' });
const sha256 = createHash('sha256').update(readFileSync(log)).digest('hex');
const cli = JSON.parse(execFileSync(candor, ['ops', 'kpi', log, '--profile', 'servicenow', '--json']).toString());

// As candor prints every share: floored to 0.1 %, never rounded up.
const floored = (ratio) => `${(Math.floor(ratio * 1000 + 1e-9) / 10).toFixed(1)} %`;
// Equal JSON, except that floating-point figures may differ in the last bits
// (sums taken in another thread order).
const near = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => near(item, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => near(a[key], b[key]));
  }
  return a === b;
};
const hours = (value) => (value === null || value === undefined ? '-' : value.toFixed(2));

const candorServer = await startCandor(candor);
const browser = await launchChromium();
const base = `${candorServer.url}/w/demo/a/${candorServer.assessment}`;

try {
  // The assessor uploads the log through the page, with the progress bar.
  const assessor = await signIn(browser, candorServer.url, 'ben');
  await assessor.goto(base);
  await assessor.getByRole('link', { name: /Operational evidence/ }).click();
  await assessor.waitForURL(/\/ops$/);
  // A file candor cannot read is refused on the page, naming the file.
  await assessor.getByLabel(/^Ticket log \(/).setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
  await assessor.getByRole('button', { name: 'Upload and analyse' }).click();
  const refusal = assessor.getByRole('alert');
  await refusal.waitFor();
  check((await refusal.innerText()).includes('empty.csv'), `an unreadable log is refused: ${await refusal.innerText()}`);
  check(/\/ops$/.test(assessor.url()), 'the page stays, ready for another file');
  await assessor.getByLabel(/^Ticket log \(/).setInputFiles(log);
  await assessor.getByLabel('Export format (profile)').selectOption('servicenow');
  await assessor.screenshot({ path: path.join(shots, 'ops-upload.png'), fullPage: true });
  // The page is gone once the upload ends: record what the progress box showed.
  await assessor.evaluate(() => {
    const box = document.getElementById('upload-progress');
    new MutationObserver(() => {
      if (!box.hidden) sessionStorage.setItem('progressShown', 'yes');
      sessionStorage.setItem('progressValue', String(box.querySelector('progress').value));
    }).observe(box, { attributes: true, subtree: true });
  });
  const sent = assessor.waitForRequest((request) => request.method() === 'POST' && request.url().includes('/api/w/demo/'));
  await assessor.getByRole('button', { name: 'Upload and analyse' }).click();
  check((await sent).url().endsWith('/ops/logs'), 'the page sends the log to the API with upload progress');
  await assessor.waitForURL(new RegExp(`/ops/logs/${sha256}\\?`));
  const progress = await assessor.evaluate(() => [sessionStorage.getItem('progressShown'), sessionStorage.getItem('progressValue')]);
  check(progress[0] === 'yes' && progress[1] === '100', `the progress indicator showed, up to ${progress[1]} %`);
  check(true, 'the log is stored under its SHA-256');

  // The figures equal `candor ops kpi --json` on the same file.
  const figure = async (name) => (await assessor.locator(`td[data-kpi="${name}"]`).innerText()).trim();
  for (const name of ['events', 'cases', 'resolved', 'bad_rows']) {
    check(await figure(name) === String(cli[name]), `${name} = ${cli[name]} as in candor ops kpi`);
  }
  for (const name of ['sla_met_ratio', 'reopen_ratio']) {
    check(await figure(name) === floored(cli[name]), `${name} shown as ${floored(cli[name])}`);
  }
  check(await figure('mean_reassignments') === cli.mean_reassignments.toFixed(2), 'mean reassignments as in candor ops kpi');
  check(await figure('p50_hours') === hours(cli.p50_hours) && await figure('p90_hours') === hours(cli.p90_hours),
    `time to resolve p50 ${hours(cli.p50_hours)} h, p90 ${hours(cli.p90_hours)} h`);
  for (const row of cli.priorities) {
    const cells = await assessor.locator('table.priorities tr', { has: assessor.getByRole('rowheader', { name: row.priority, exact: true }) })
      .locator('td').allInnerTexts();
    check(JSON.stringify(cells) === JSON.stringify([String(row.cases), String(row.resolved), hours(row.p50_hours), hours(row.p90_hours), floored(row.sla_met_ratio)]),
      `priority ${row.priority}: ${cells.join(' | ')}`);
  }
  for (const c of cli.checks) {
    const row = assessor.locator(`tr[data-check="${c.id}"]`);
    const share = (await row.locator('td.share').innerText()).trim();
    check(share === `${floored(c.pass_ratio)} (${c.passed} of ${c.passed + c.failed})`, `check ${c.requirement} ${c.id}: ${share}`);
    if (c.failed > 0) check(!share.startsWith('100.0'), `check ${c.id} with failures is not shown as 100.0 %`);
    check((await row.locator('td').last().innerText()).trim() === c.failing_examples.join(', '), `check ${c.id} lists its failing cases`);
  }
  const api = await (await assessor.request.get(`${candorServer.url}/api${new URL(assessor.url()).pathname}${new URL(assessor.url()).search}`)).json();
  const differing = Object.keys(cli).filter((key) => !near(api.kpis[key], cli[key]));
  check(differing.length === 0 && Object.keys(api.kpis).length === Object.keys(cli).length,
    `the API gives exactly the JSON of candor ops kpi${differing.length ? ` (differs in ${differing.join(', ')}: ${differing.map((k) => JSON.stringify(api.kpis[k]) + ' vs ' + JSON.stringify(cli[k])).join('; ')})` : ''}`);

  // The process map renders: a real box, every node drawn, edges between them.
  const svg = assessor.locator('.process-map svg');
  const box = await svg.boundingBox();
  check(box && box.width > 100 && box.height > 100, `the process map has a bounding box of ${box && Math.round(box.width)}x${box && Math.round(box.height)}`);
  check(await svg.locator('rect').count() === api.map.nodes.length, `${api.map.nodes.length} nodes drawn`);
  const edgesDrawn = await svg.locator('path').count();
  check(edgesDrawn > 0 && edgesDrawn <= api.map.edges.length, `${edgesDrawn} of ${api.map.edges.length} transitions drawn`);
  const labels = await svg.locator('text').allTextContents();
  for (const node of api.map.nodes.filter((n) => n.name.length <= 18)) check(labels.includes(node.name), `node ${node.name} is labelled`);
  const pathBox = await svg.locator('path').first().boundingBox();
  check(pathBox && pathBox.width > 0, 'edges have a drawn extent');
  await svg.screenshot({ path: path.join(shots, 'ops-map.png') });
  await assessor.screenshot({ path: path.join(shots, 'ops-log.png'), fullPage: true });

  // Attach to the demo assessment: in the evidence list and the report, with the SHA-256.
  await assessor.getByRole('button', { name: 'Attach to the assessment' }).click();
  await assessor.waitForURL(/evidence#evidence-/);
  const row = assessor.locator('tr', { hasText: 'Ticket log KPIs and checks' });
  check(await row.count() === 1, 'the measurement is in the evidence list');
  check((await row.innerText()).includes(sha256), 'the evidence list shows the input SHA-256');
  check((await row.innerText()).includes('measurement'), 'it is measurement evidence');
  await row.scrollIntoViewIfNeeded();
  await assessor.screenshot({ path: path.join(shots, 'ops-evidence.png') });
  const report = await (await assessor.request.get(`${base}/report.html`)).text();
  check(report.includes(sha256) && report.includes('input_sha256'), 'the HTML report shows the measurement with its fingerprint');
  await assessor.goto(`${base}/ops`);
  const listed = assessor.locator(`tr[data-log="${sha256}"]`);
  check(await listed.count() === 1 && (await listed.innerText()).includes('attached (#'), 'the ops page lists the log as attached');
  await assessor.screenshot({ path: path.join(shots, 'ops-logs.png'), fullPage: true });
  await assessor.goto(`${base}/report.html?inline=1`);
  await assessor.getByText(sha256).first().scrollIntoViewIfNeeded();
  await assessor.screenshot({ path: path.join(shots, 'ops-report.png') });

  // Without JavaScript the form posts as usual and redirects to the log page.
  const plain = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const noScript = await plain.newPage();
  await noScript.goto(`${candorServer.url}/signin`);
  await noScript.locator('#user').fill('ben');
  await noScript.locator('#password').fill(PASSWORD('ben'));
  await noScript.locator('#password').press('Enter');
  await noScript.waitForURL(/\/w\/demo$/);
  await noScript.goto(`${base}/ops`);
  await noScript.getByLabel(/^Ticket log \(/).setInputFiles(log);
  await noScript.getByRole('button', { name: 'Upload and analyse' }).click();
  await noScript.waitForURL(new RegExp(`/ops/logs/${sha256}\\?`));
  check(await noScript.locator('td[data-kpi="events"]').innerText() === String(cli.events), 'the upload works without JavaScript');
  await plain.close();

  // A viewer reads the figures but may neither upload nor attach.
  const viewer = await signIn(browser, candorServer.url, 'vera');
  await viewer.goto(`${base}/ops`);
  check(await viewer.getByRole('button', { name: 'Upload and analyse' }).count() === 0, 'no upload form for a viewer');
  await viewer.goto(`${base}/ops/logs/${sha256}?name=${path.basename(log)}&profile=servicenow`);
  check(await viewer.locator('td[data-kpi="cases"]').innerText() === String(cli.cases), 'a viewer reads the figures');
  check(await viewer.getByRole('button', { name: 'Attach to the assessment' }).count() === 0, 'no attach button for a viewer');
  console.log('ops flow: all checks passed');
} finally {
  // The server first: a browser that fails to close must not leave it running.
  candorServer.stop();
  rmSync(log, { force: true });
  await browser.close();
}
