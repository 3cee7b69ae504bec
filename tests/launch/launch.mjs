// Drives headless Chromium through a SMART App Launch for tests/api/launch.rs.
//
// The browser is Debian's /usr/bin/chromium (override with ONCOTWIN_CHROMIUM); playwright-core
// never downloads one. One browser context (one cookie jar) per run: it opens `start`,
// follows every redirect (oncotwin -> the EHR's authorization server -> oncotwin's callback
// -> the timeline page), waits for the timeline to be drawn, then opens each `then` URL in
// the same context (so with the same session cookie).
//
// Usage: node launch.mjs '{"start": URL, "then": [URL, ...]}'
// Prints one JSON line: {"url", "status", "title", "heading", "rendered", "then": [{"url", "status", "text"}]}.

import { chromium } from 'playwright-core';

const { start, then = [] } = JSON.parse(process.argv[2]);
const browser = await chromium.launch({
  executablePath: process.env.ONCOTWIN_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
  ],
});
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The navigation chain on stderr, for a failing test's message (no query strings: codes).
  const path = (u) => u.split('?')[0];
  page.on('response', (r) => console.error(`${r.status()} ${path(r.url())}`));
  page.on('requestfailed', (r) => console.error(`failed ${path(r.url())}: ${r.failure()?.errorText}`));
  const response = await page.goto(start, { waitUntil: 'load', timeout: 30000 });
  // Only a timeline page draws; an error page is reported at once.
  const rendered =
    response?.ok() &&
    (await page
      .waitForSelector('[data-rendered="true"]', { timeout: 15000 })
      .then(() => true)
      .catch(() => false));
  const result = {
    url: page.url(),
    status: response?.status() ?? 0,
    title: await page.title(),
    heading: (await page.locator('h1').first().textContent({ timeout: 2000 }).catch(() => '')) ?? '',
    rendered,
    then: [],
  };
  if (!rendered) result.text = (await page.textContent('body').catch(() => '')) ?? '';
  for (const url of then) {
    const r = await page.goto(url, { waitUntil: 'load', timeout: 30000 });
    result.then.push({ url, status: r?.status() ?? 0, text: ((await page.textContent('body').catch(() => '')) ?? '').slice(0, 500) });
  }
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
}
