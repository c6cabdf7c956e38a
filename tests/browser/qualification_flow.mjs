// The qualification workflow in Chromium, on the demo's Master cohort: the
// candidate (carla) uploads her report and sees the checker's result; the
// examiner (erin) marks on the assessment form and judges the answer to her
// prepared question; the examiner records the decision and an admin (adam)
// issues the certificate; the candidate downloads it; anyone, signed out,
// verifies it on the public page, and a tampered copy is shown as not valid.
// Screenshots of each key page go to $TMPDIR/screenshots.
import path from 'node:path';
import { check, launchChromium, screenshotFolder, signIn, startCandor } from './lib/harness.mjs';

const candor = process.argv[2];
const shots = screenshotFolder();
const candorServer = await startCandor(candor, { issuer: true });
const browser = await launchChromium();
const record = `${candorServer.url}/w/demo/candidates/1`;
const shot = (page, name) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });

// A report the Master scheme's checker accepts: every required section, the
// PDCA justification, two exam specifications of two exam requirements, and
// about 6000 words of body text.
function masterReport() {
  const sections = [
    [1, 'Introduction'], [1, 'Project'], [2, 'Risks'], [2, 'Methods, standards and frameworks'], [2, 'Activities'],
    [2, 'Results'], [1, 'Evaluation'], [2, "From the participant's point of view"],
    [2, "From the organisation's point of view"], [3, "Related to the organisation's strategy"],
    [3, 'Related to the service strategy'], [3, 'Related to the IT strategy'], [2, 'From an ISO/IEC 20000 perspective'],
    [3, 'Where the project fits into the ISO/IEC 20000 approach'], [3, 'Fit with the criteria for certification'],
    [2, 'Improvement opportunities'], [1, 'Conclusion'],
  ];
  const words = ['service', 'process', 'change', 'review', 'team', 'measure', 'customer', 'plan', 'improve', 'quality'];
  const filler = (n, seed) => Array.from({ length: n }, (_, i) => words[(i * 7 + seed) % words.length]).join(' ') + '.';
  const perSection = Math.floor(5900 / sections.length);
  let text = '**Project report: improving change management at Northwind**\n\nCarla Candidate\n\n';
  sections.forEach(([level, title], i) => {
    text += `${'#'.repeat(level)} ${title}\n\n`;
    if (i === 0) {
      text += 'The PDCA cycle structures the work: plan, do, check and act in short iterations.\n\n' +
        'Exam specifications addressed:\n\n' +
        '- Setting the direction for the IT organization -> Design a strategic framework for the portfolio of products and services\n' +
        '- Directing the IT organization -> Manage organizational change\n\n';
    }
    text += filler(perSection, i) + '\n\n';
  });
  return text + '# Literature\n\n- ISO/IEC 20000-1:2018, Service management system requirements\n';
}

try {
  // The candidate submits her report and reads the checker's result.
  const carla = await signIn(browser, candorServer.url, 'carla');
  check(await carla.getByRole('heading', { name: 'Qualification candidates' }).isVisible(), 'the candidate\'s dashboard lists her record');
  await shot(carla, 'dashboard-candidate');
  await carla.getByRole('link', { name: 'Carla Candidate' }).click();
  await carla.waitForURL(/\/candidates\/1$/);
  check(await carla.getByRole('heading', { name: 'Carla Candidate' }).isVisible(), 'the candidate sees her record');
  await carla.getByLabel('Artefact').selectOption('report');
  await carla.getByLabel('Title').fill('Improving change management at Northwind');
  await carla.getByLabel(/^File/).setInputFiles({ name: 'report.md', mimeType: 'text/markdown', buffer: Buffer.from(masterReport()) });
  await shot(carla, 'qualification-record');
  await carla.getByRole('button', { name: 'Submit and check' }).click();
  await carla.waitForURL(/submissions$/);
  const verdict = await carla.getByRole('status').innerText();
  check(verdict.includes('The report passes the checks.'), `the checker's result is shown: ${verdict.split('\n')[0]}`);
  await shot(carla, 'qualification-checker');
  check((await carla.goto(`${record}/exam`)).status() === 403, 'the candidate may not open the examiner\'s form');

  // The examiner marks on the form, with the keyboard where it counts.
  const erin = await signIn(browser, candorServer.url, 'erin');
  await erin.getByRole('link', { name: "Examiner's form" }).click();  // from her dashboard
  await erin.waitForURL(/\/exam$/);
  check(await erin.getByText('What the degrees and sources mean').isVisible(), 'the form explains the degrees and sources');
  check(await erin.getByText(/How would you scope the first certification audit/).isVisible(), 'the examiner sees her prepared question');
  await erin.getByRole('link', { name: /^Question bank of cohort/ }).click();
  await erin.waitForURL(/\/questions$/);
  check(await erin.getByText(/seen by 1 candidate/).isVisible(), 'the question bank shows the question\'s exposure');
  await shot(erin, 'question-bank');
  await erin.goBack();
  await erin.waitForURL(/\/exam$/);
  const mark = async (row, source, degree) => erin.locator(`#row-${row}`).getByLabel(source, { exact: true }).selectOption(degree);
  await erin.locator('#row-ER-1').getByLabel('Project report', { exact: true }).focus();
  await erin.keyboard.press('End');  // the highest degree, "Fully fulfilled", chosen with the keyboard
  check(await erin.locator('#m-ER-1-report').inputValue() === 'fully', 'a degree can be chosen with the keyboard');
  await mark('ER-1', 'Presentation', 'fully');
  await mark('ER-2', 'Project report', 'largely');
  await mark('ER-2', 'Questions (interview)', 'largely');
  for (const skill of ['business-it-alignment', 'process-improvement', 'evaluation', 'new-ideas']) {
    await mark(skill, 'Project report', 'partly');
    await mark(skill, 'Presentation', 'largely');
  }
  await erin.getByLabel('Note on ER-1 (what you saw)').fill('Strategic framework shown in the report and defended well.');
  await erin.getByLabel('Answered to the criteria', { exact: true }).check();
  await shot(erin, 'examiner-form');
  await erin.getByRole('button', { name: 'Save my marks' }).click();
  await erin.waitForURL(/saved=12$/);
  check((await erin.getByRole('status').innerText()).includes('12 mark(s) recorded'), 'twelve marks are recorded');
  check(await erin.locator('#m-ER-2-interview').inputValue() === 'largely', 'the saved marks show in the form');

  // The decision: what the rules give, then recorded.
  await erin.getByRole('link', { name: 'decision page' }).click();
  await erin.waitForURL(/\/decision$/);
  check((await erin.locator('#decision-outcome').innerText()).includes('Outcome: pass'), 'the rules give a pass');
  await erin.getByRole('button', { name: 'Record this decision' }).click();
  await erin.getByRole('status').filter({ hasText: 'Recorded decision' }).waitFor();  // the same URL, reloaded
  check((await erin.getByRole('status').innerText()).includes('Recorded decision: pass'), 'the pass is recorded');
  await shot(erin, 'decision');

  // An admin issues the certificate.
  const adam = await signIn(browser, candorServer.url, 'adam');
  await adam.goto(`${record}/decision`);
  await adam.getByRole('button', { name: 'Issue the certificate' }).click();
  await adam.getByRole('link', { name: 'VC-JWT' }).waitFor();  // the same URL, reloaded
  check(await adam.getByRole('link', { name: 'VC-JWT' }).count() === 1, 'the certificate is issued');
  await shot(adam, 'certificate-issued');

  // The candidate downloads it.
  await carla.goto(record);
  check(await carla.getByRole('link', { name: 'download (VC-JWT)' }).isVisible(), 'the candidate sees her certificate');
  const download = await carla.request.get(`${record}/certificate.jwt`);
  check(download.ok() && download.headers()['content-type'] === 'application/vc+jwt', 'the certificate downloads as application/vc+jwt');
  const token = (await download.text()).trim();
  const claims = await carla.request.get(`${record}/certificate.json`);
  check(claims.headers()['content-type'].startsWith('application/json') && (await claims.text()).includes('OpenBadgeCredential'),
    'the certificate downloads as JSON too');

  // Anyone, signed out, verifies it; a tampered copy is not valid.
  const visitor = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await visitor.goto(`${candorServer.url}/verify`);
  await visitor.getByLabel('Or open the certificate file').setInputFiles({ name: 'certificate.jwt', mimeType: 'application/vc+jwt', buffer: Buffer.from(token) });
  await visitor.getByRole('button', { name: 'Verify' }).click();
  check((await visitor.locator('#verdict').innerText()).startsWith('Valid'), 'the downloaded certificate verifies as valid');
  check(await visitor.getByText('Master in IT Service Management based on ISO/IEC 20000').first().isVisible(), 'the page shows the achievement');
  await shot(visitor, 'verify-valid');
  const at = token.indexOf('.') + 20;
  const tampered = token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1);
  await visitor.getByLabel('Certificate (VC-JWT text)').fill(tampered);
  await visitor.getByRole('button', { name: 'Verify' }).click();
  await visitor.locator('#verdict', { hasText: 'Not valid' }).waitFor({ timeout: 10000 }).catch(() => {});
  check((await visitor.locator('#verdict').innerText()).startsWith('Not valid'), 'a tampered certificate is shown as not valid');
  check(await visitor.getByText('What the certificate says').count() === 0, 'nothing a forgery claims is shown');
  await shot(visitor, 'verify-tampered');
  const id = JSON.parse(await claims.text()).id;
  await visitor.goto(`${candorServer.url}/verify?id=${encodeURIComponent(id)}`);
  check((await visitor.locator('#lookup').innerText()).includes('not revoked'), 'the verification link finds the certificate in the register');
  check(!(await visitor.content()).includes('Carla'), 'the verification link shows nothing of the workspace');
  console.log('qualification flow: all checks passed');
} finally {
  await browser.close();
  candorServer.stop();
}
