// Console check: open GraphiQL (served by the application at /q/graphql-ui/) in headless Chromium,
// run the North Korea briefing from the page as a person would, and check the answer it shows; then
// check what needs the schema (GraphiQL's introspection query): the Docs panel shows the `briefing`
// field with its description, and typing `brie` in the editor offers `briefing` as a completion.
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
  const expectations = ['"coverage": "FULL"', 'North Korea', 'satellite'];
  const missing = expectations.filter((e) => !answer.includes(e));

  // Docs panel: the schema loaded (no "Error fetching schema") and documents the briefing field.
  await page.click('button[aria-label="Show Documentation Explorer"]');
  await page.waitForSelector('.graphiql-doc-explorer-root-type, .graphiql-doc-explorer-error', { timeout: 30_000 });
  const schemaError = await page.locator('.graphiql-doc-explorer-error').count();
  if (schemaError > 0) {
    missing.push(`Docs panel: ${await page.locator('.graphiql-doc-explorer-error').first().innerText()}`);
  } else {
    await page.locator('a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ }).first().click();
    await page.locator('a.graphiql-doc-explorer-field-name', { hasText: /^briefing$/ }).first().click();
    const description = 'A briefing answering a question';
    try {
      await page.waitForFunction((d) => (document.querySelector('.graphiql-doc-explorer')?.innerText ?? '').includes(d),
        description, { timeout: 10_000 });
    } catch (e) {
      missing.push(`Docs panel: no description "${description}" for the briefing field`);
    }
  }

  // Autocomplete: type "{ brie" into the query editor and wait for the completion list.
  await page.click('.graphiql-query-editor .CodeMirror');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type('{ brie', { delay: 50 });
  try {
    await page.waitForFunction(() => [...document.querySelectorAll('.CodeMirror-hints li')].some((li) => li.innerText.trim().startsWith('briefing')),
      null, { timeout: 10_000 });
  } catch (e) {
    missing.push('autocomplete: no "briefing" suggestion for "brie"');
  }
  await page.screenshot({ path: screenshot, fullPage: true });
  if (missing.length > 0 || pageErrors.length > 0) {
    failed = true;
    console.error(`console check FAILED: missing ${JSON.stringify(missing)}; page errors ${JSON.stringify(pageErrors)}`);
    console.error(answer.slice(0, 2000));
  } else {
    const headline = answer.match(/"headline": "([^"]*)"/)?.[1] ?? '';
    console.log(`console check passed: GraphiQL ran the briefing and showed: ${headline}; the Docs panel describes `
      + '`briefing` and "brie" autocompletes to it');
  }
} catch (e) {
  failed = true;
  console.error(`console check FAILED: ${e}`);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
