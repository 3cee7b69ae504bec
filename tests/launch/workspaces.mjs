// Drives headless Chromium through the workspaces as a nurse navigator would, for
// tests/api/workspaces.rs: front door -> development sign-in -> worklist -> filter ->
// patient page -> back -> mark a gap addressed (with a note) -> the worklist without it ->
// the "Addressed" view with it -> the prior-authorization desk (find a patient by name, a
// drug by brand, the decision, the queue) -> sign out. axe-core checks every page it opens; a
// screenshot of each page is taken at 1366x768 and at 390x844 (a phone) into `shots`.
//
// The browser is Debian's /usr/bin/chromium (override with ONCOTWIN_CHROMIUM); playwright-core
// never downloads one.
//
// Usage: node workspaces.mjs '{"base": URL, "cancer": "breast", "shots": DIR, "patient": ID?, "find": NAME?, "brand": DRUG?}'
// With `patient`, signs in limited to that patient and only reports what each page shows.
// Prints one JSON line of observations; the Rust test asserts on them.

import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const { base, cancer, shots, patient, find, brand, review } = JSON.parse(process.argv[2]);

const browser = await chromium.launch({
  executablePath: process.env.ONCOTWIN_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
const out = { axe: {}, steps: [] };
const started = Date.now();
const step = (name, data) => out.steps.push({ name, ms: Date.now() - started, ...data });

// Serious and critical axe-core violations of the page as it is now.
async function axe(page, name) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help, target: v.nodes[0]?.target?.join(' ') }));
  });
  out.axe[name] = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  out.axe[name + ' (minor, moderate)'] = result.filter((v) => v.impact !== 'serious' && v.impact !== 'critical').map((v) => v.id);
}

async function shoot(page, name) {
  if (!shots) return;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: false });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${shots}/${name}-narrow.png`, fullPage: false });
  await page.setViewportSize({ width: 1366, height: 768 });
}

const rows = (page) => page.$$eval('table.items tbody tr', (trs) => trs.map((tr) => ({ key: tr.dataset.key, text: tr.innerText.replace(/\s+/g, ' ').trim() })));
const summary = async (page) => ((await page.textContent('#summary').catch(() => '')) ?? '').replace(/\s+/g, ' ').trim();

try {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  page.on('response', (r) => console.error(`${r.status()} ${r.request().method()} ${r.url().split('?')[0]}`));

  // 1. The front door, before signing in; a worklist link sends the browser to it.
  let r = await page.goto(`${base}/ui/worklist`);
  step('unauthenticated worklist', { status: r.status(), url: page.url(), heading: await page.textContent('h1') });
  await axe(page, 'front door');
  await shoot(page, 'front-door');

  // 2. Development sign-in: back to the worklist it came for.
  await page.fill('#dev-user', 'Nurse Navigator Test');
  if (patient) await page.fill('#dev-patient', patient);
  await Promise.all([page.waitForNavigation(), page.click('form[action="/signin/dev"] button[type=submit]')]);
  step('signed in', { url: page.url(), who: ((await page.textContent('.who').catch(() => '')) ?? '').trim() });
  await axe(page, 'worklist');
  await shoot(page, 'worklist');
  const first = await rows(page);
  step('worklist', { summary: await summary(page), rows: first, url: page.url() });

  // 3. Filter by cancer.
  await page.selectOption('#f-cancer', cancer);
  await Promise.all([page.waitForNavigation(), page.click('form.filters button[type=submit]')]);
  const filtered = await rows(page);
  step('filtered', { url: page.url(), summary: await summary(page), rows: filtered, options: await page.$$eval('#f-cancer option', (os) => os.map((o) => o.textContent)) });

  // 4. Open the first row's patient at the navigation section.
  const link = await page.$('table.items tbody tr a[href^="/ui/patients/"]');
  const href = link ? await link.getAttribute('href') : null;
  if (link) {
    await Promise.all([page.waitForNavigation(), link.click()]);
    await page.waitForSelector('[data-rendered="true"]', { timeout: 15000 }).catch(() => {});
    // The pathway picture: the current position scrolled into the viewport, the route outlined.
    const graph = await page.evaluate(() => {
      const box = document.querySelector('#navigation .graph');
      if (!box) return null;
      const here = (box.dataset.here || '').split(' ').filter(Boolean)[0];
      const g = here && box.querySelector(`g[id="node-${CSS.escape(here)}"]`);
      const a = box.getBoundingClientRect(), b = g ? g.getBoundingClientRect() : null;
      return {
        here,
        hereInView: !!b && b.left >= a.left && b.right <= a.right && b.top >= a.top && b.bottom <= a.bottom,
        onRoute: box.querySelectorAll('g.on-route').length,
        nodes: box.querySelectorAll('g[id^="node-"]').length,
        width: box.querySelector('svg').getBoundingClientRect().width,
      };
    });
    step('patient', { href, url: page.url(), title: await page.title(), graph, navigation: ((await page.textContent('#navigation').catch(() => '')) ?? '').slice(0, 8000) });
    await axe(page, 'patient');
    await shoot(page, 'patient');
    await page.goBack();
  }

  // 5. Mark the first row addressed, with a note.
  const before = await rows(page);
  const target = before[0]?.key;
  const mark = await page.$('table.items tbody tr form[action="/ui/worklist/addressed"]');
  if (mark && target) {
    await page.fill(`tr[data-key="${target}"] input[name=note]`, 'Called the patient; CT booked for next week');
    await Promise.all([page.waitForNavigation(), page.click(`tr[data-key="${target}"] form[action="/ui/worklist/addressed"] button`)]);
    step('marked', {
      target,
      url: page.url(),
      notice: ((await page.textContent('p.notice').catch(() => '')) ?? '').trim(),
      summary: await summary(page),
      rows: await rows(page),
    });
    await axe(page, 'worklist after a mark');
    // 6. The addressed view shows it with its note.
    await page.selectOption('#f-status', 'addressed');
    await Promise.all([page.waitForNavigation(), page.click('form.filters button[type=submit]')]);
    step('addressed view', { url: page.url(), summary: await summary(page), rows: await rows(page) });
    await shoot(page, 'worklist-addressed');
  } else {
    step('no mark form', { rows: before.length });
  }

  // 7. The prior-authorization desk: find the patient by name, pick the drug by its brand,
  // see the decision, find it in the queue.
  if (find && brand) {
    await page.goto(`${base}/ui/necessity`);
    await axe(page, 'desk');
    await page.fill('#find-q', find);
    await Promise.all([page.waitForNavigation(), page.click('form[action="/ui/necessity/find"] button')]);
    const matches = await page.$$eval('input[name=patient][type=radio]', (rs) => rs.map((r) => ({ id: r.value, checked: r.checked })));
    step('desk find', { url: page.url(), matches, labels: await page.$$eval('fieldset label', (ls) => ls.map((l) => l.textContent)) });
    await axe(page, 'desk with matches');
    const options = await page.$$eval('#services option', (os) => os.length);
    await page.fill('#desk-service', brand);
    await shoot(page, 'desk');
    await Promise.all([page.waitForNavigation(), page.click('form[action="/ui/necessity/decide"] button')]);
    const decided = page.url();
    step('desk decision', { url: decided, options, heading: await page.textContent('h1').catch(() => ''), text: ((await page.textContent('body').catch(() => '')) ?? '').slice(0, 1500) });
    await axe(page, 'checklist');
    await shoot(page, 'checklist');
    // 7b. A reviewer records a determination on a checklist page (`review`: a decision a PAS
    // request made; else the one just decided): deny, with a reason.
    if (review) await page.goto(`${base}${review}`);
    const reviewForm = await page.$('form[action$="/determination"]');
    if (reviewForm) {
      await page.check('input[name=determination][value=denied]');
      await page.fill('#det-reason', 'Not medically necessary: HER2-low status is not documented');
      await Promise.all([page.waitForNavigation(), page.click('form[action$="/determination"] button')]);
      step('determined', { url: page.url(), determination: ((await page.textContent('#determination').catch(() => '')) ?? '').trim() });
      await axe(page, 'checklist determined');
      await shoot(page, 'checklist-determined');
    } else {
      step('no determination form', { url: page.url() });
    }
    await page.goto(`${base}/ui/necessity`);
    const queue = await page.$$eval('table.items tbody tr', (trs) => trs.map((tr) => ({ decision: tr.dataset.decision, text: tr.innerText.replace(/\s+/g, ' ').trim() })));
    step('desk queue', { queue, summary: ((await page.textContent('#queue-summary').catch(() => '')) ?? '').trim() });
    await shoot(page, 'desk-queue');
  }

  // 8. Another patient's page, by URL (a patient-scoped session must not see it).
  r = await page.goto(`${base}/ui/patients/not-${patient ?? 'x'}-patient`);
  step('other patient', { status: r.status(), text: ((await page.textContent('body').catch(() => '')) ?? '').slice(0, 300) });

  // 9. Sign out: the worklist asks for a sign-in again.
  await page.goto(`${base}/`);
  await Promise.all([page.waitForNavigation(), page.click('form[action="/ui/signout"] button')]);
  r = await page.goto(`${base}/ui/worklist`);
  step('signed out', { url: page.url(), heading: await page.textContent('h1'), signIn: (await page.$('#dev-user')) !== null });
  console.log(JSON.stringify(out));
} finally {
  await browser.close();
}
