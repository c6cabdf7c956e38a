// The assessment team's workflow in Chromium: the process owner answers the
// questionnaire, the assessor adds evidence (with a file) and judges, the
// lead reconciles a disagreement, and the results and report appear. A viewer
// is refused the owner's questionnaire. Screenshots of each key page go to
// $TMPDIR/screenshots (build/tmp/screenshots under ctest).
import path from 'node:path';
import { check, launchChromium, screenshotFolder, signIn, startCandor } from './lib/harness.mjs';

const candor = process.argv[2];
const shots = screenshotFolder();
const candorServer = await startCandor(candor);
const browser = await launchChromium();
const base = `${candorServer.url}/w/demo/a/${candorServer.assessment}`;
const shot = (page, name) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: name !== 'assessment' });

try {
  // The process owner: dashboard, then the questionnaire.
  const owner = await signIn(browser, candorServer.url, 'dana');
  check(await owner.getByRole('heading', { name: 'Needs your action' }).count() > 0, 'owner dashboard lists actions');
  await shot(owner, 'dashboard-owner');
  await owner.getByRole('link', { name: /processes without your self-assessment/ }).first().click();
  await owner.waitForURL(/questionnaire/);
  check(await owner.getByText('What the capability levels mean', { exact: true }).isVisible(), 'questionnaire explains the rating scale');
  check(await owner.locator('fieldset.process').count() === 3, 'the owner is asked only about her three processes');
  const notHers = await owner.request.post(`${candorServer.url}/api/w/demo/a/${candorServer.assessment}/claims`, {
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': await owner.locator('[name=csrf]').first().inputValue() },
    data: { node: '8.5.1', level: 3 } });
  check(notHers.status() === 403, 'a claim for a process she does not own is refused');
  await owner.locator('[name="level:8.6.3"]').selectOption('2');
  await owner.locator('[name="conformity:8.6.3"]').selectOption('minor');
  await owner.locator('[name="note:8.6.3"]').fill('Root cause analysis is done for major incidents only.');
  await shot(owner, 'questionnaire');
  await owner.getByRole('button', { name: 'Save my answers' }).click();
  await owner.waitForURL(/saved=1/);
  check(await owner.getByRole('status').innerText() === 'Saved 1 new answer.', 'owner saved one claim');
  check(await owner.locator('[name="level:8.6.3"]').inputValue() === '2', 'the saved claim shows in the form');

  // The assessor: evidence with a file, then a judgement citing it.
  const assessor = await signIn(browser, candorServer.url, 'ben');
  await assessor.goto(`${base}/evidence`);
  await assessor.getByLabel('Kind').selectOption('document');
  await assessor.getByLabel('Title').fill('Problem review minutes, October');
  await assessor.getByLabel('Source (who or what it came from)').fill('Problem Manager');
  await assessor.getByLabel(/Requirements it bears on/).selectOption('8.6.3');
  await assessor.getByLabel(/^File/).setInputFiles({ name: 'minutes.txt', mimeType: 'text/plain', buffer: Buffer.from('RCA for P1 incidents') });
  await assessor.getByRole('button', { name: 'Add evidence' }).click();
  await assessor.waitForURL(/evidence#evidence-/);
  const row = assessor.locator('tr', { hasText: 'Problem review minutes, October' });
  check(await row.count() === 1, 'the new evidence is listed');
  const evidenceId = (await row.locator('td').first().innerText()).trim();
  const file = await assessor.request.get(`${base}/evidence/${evidenceId}/file`);
  check(file.ok() && (await file.text()) === 'RCA for P1 incidents', 'the uploaded file comes back unchanged');
  await shot(assessor, 'evidence');
  await assessor.goto(`${base}/judge?node=8.6.3&item=`);
  await assessor.getByLabel(/^Minor nonconformity/).check();
  await assessor.getByLabel(new RegExp(`^#${evidenceId} `)).check();
  await assessor.getByLabel('Rationale').fill('RCA only for P1; problem records are not opened for recurring incidents.');
  await shot(assessor, 'judge');
  await assessor.getByRole('button', { name: 'Save judgement' }).click();
  await assessor.waitForURL(/saved=/);
  check(await assessor.locator('table tr', { hasText: 'RCA only for P1' }).count() === 1, 'the judgement is recorded');

  // The lead assessor reconciles the first disagreement.
  const lead = await signIn(browser, candorServer.url, 'alice');
  await lead.goto(`${base}/disagreements`);
  const before = await lead.locator('section.disagreement').count();
  check(before > 0, `${before} disagreements to reconcile`);
  await shot(lead, 'disagreements');
  const first = lead.locator('section.disagreement').first();
  await first.getByLabel('Settled rating').selectOption({ index: 1 });
  await first.getByLabel('Why').fill('Both views weighed against the evidence; the cautious rating stands.');
  await first.getByRole('button', { name: 'Reconcile' }).click();
  await lead.waitForURL(/disagreements$/);
  check(await lead.locator('section.disagreement').count() === before - 1, 'the reconciled disagreement is gone');

  // The lead gives the owner change management too; her questionnaire grows.
  await lead.goto(`${base}/owners`);
  await lead.getByLabel('Process owner').selectOption('dana');
  await lead.getByLabel(/^8\.5\.1 Change management/).check();
  await shot(lead, 'owners');
  await lead.getByRole('button', { name: 'Assign to this owner' }).click();
  await lead.waitForURL(/owners\?saved=1/);
  check(await lead.locator('tr', { hasText: 'Change management' }).first().innerText().then((t) => t.includes('dana')), 'the owners table shows the new owner');
  await owner.goto(`${base}/questionnaire`);
  check(await owner.locator('fieldset.process').count() === 4, 'the owner now answers for four processes');

  // Results with the charts, the roadmap, and the report in three formats.
  await lead.goto(`${base}/results`);
  check(await lead.locator('figure.chart svg').count() >= 3, 'results show the three SVG charts');
  check(await lead.getByText(/Certification readiness/).isVisible(), 'results state the readiness verdict');
  await shot(lead, 'results');
  await lead.goto(`${base}/roadmap?capacity=12`);
  check(await lead.locator('figure.chart svg').count() === 1, 'the roadmap shows its timeline');
  await shot(lead, 'roadmap');
  const types = { html: 'text/html', json: 'application/json', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
  for (const [format, type] of Object.entries(types)) {
    const report = await lead.request.get(`${base}/report.${format}`);
    check(report.ok() && report.headers()['content-type'].startsWith(type), `the ${format} report downloads as ${type}`);
  }
  const html = await (await lead.request.get(`${base}/report.html`)).text();
  check(html.includes('Problem review minutes, October'), 'the report lists the new evidence');
  await lead.goto(`${base}/report.html?inline=1`);
  await shot(lead, 'report');
  await lead.goto(base);
  await shot(lead, 'assessment');

  // A viewer may look but not answer for the owner.
  const viewer = await signIn(browser, candorServer.url, 'vera');
  const refused = await viewer.goto(`${base}/questionnaire`);
  check(refused.status() === 403, 'a viewer is refused the questionnaire');
  check(await viewer.getByRole('link', { name: /Self-assessment questionnaire/ }).count() === 0, 'no questionnaire link for a viewer');
  console.log('assessment flow: all checks passed');
} finally {
  await browser.close();
  candorServer.stop();
}
