// Console check: open GraphiQL (served by the application at /q/graphql-ui/) in headless Chromium,
// run the North Korea briefing from the page as a person would, and check the answer it shows.
// Usage: BASE_URL=http://localhost:8080 node graphiql-check.mjs   (Debian's chromium at /usr/bin/chromium)
import { chromium } from 'playwright-core';

const base = process.env.BASE_URL ?? 'http://localhost:8080';
const screenshot = process.env.SCREENSHOT ?? '../target/graphiql-check.png';
const query = '{ briefing(question: "What does North Korea want?") { headline coverage points { statement } } }';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let failed = false;
try {
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(`${base}/q/graphql-ui/?query=${encodeURIComponent(query)}`, { waitUntil: 'load' });
  await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(
    () => (document.querySelector('.graphiql-response')?.innerText ?? '').includes('"coverage"'),
    null, { timeout: 30_000 });
  const answer = await page.locator('.graphiql-response').innerText();
  await page.screenshot({ path: screenshot, fullPage: true });
  const expectations = ['"coverage": "FULL"', 'North Korea', 'satellite'];
  const missing = expectations.filter((e) => !answer.includes(e));
  if (missing.length > 0 || pageErrors.length > 0) {
    failed = true;
    console.error(`console check FAILED: missing ${JSON.stringify(missing)}; page errors ${JSON.stringify(pageErrors)}`);
    console.error(answer.slice(0, 2000));
  } else {
    const headline = answer.match(/"headline": "([^"]*)"/)?.[1] ?? '';
    console.log(`console check passed: GraphiQL ran the briefing and showed: ${headline}`);
  }
} catch (e) {
  failed = true;
  console.error(`console check FAILED: ${e}`);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
