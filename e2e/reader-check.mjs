// Reader's page check: the pages at / in headless Chromium, used as a person would.
// 1. Ask the North Korea question (typed into the form), click the first citation, and check that the
//    highlighted words are exactly the cited quote and lie at its offsets in the article text.
// 2. Ask an out-of-scope question with the keyboard only and see the "not covered" message.
// 3. Open the flows diagram from the navigation and find the flows the article describes.
// Throughout: no console error (CSP violations included), no request to any other host.
// Screenshots: ../target/reader-*.png.
// Usage: BASE_URL=http://localhost:8080 node reader-check.mjs   (Debian's chromium at /usr/bin/chromium)
import { chromium } from 'playwright-core';

const base = process.env.BASE_URL ?? 'http://localhost:8080';
const shots = process.env.SCREENSHOT_DIR ?? '../target';
const baseHost = new URL(base).host;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

const problems = [];
const foreign = [];
const consoleErrors = [];
function check(condition, message) {
  if (!condition) { problems.push(message); console.error(`  FAIL ${message}`); } else { console.log(`  ok   ${message}`); }
}
function watch(context) {
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) { return; }
    if (url.host !== baseHost) { foreign.push(r.url()); }
  });
  context.on('page', (p) => {
    p.on('console', (m) => { if (m.type() === 'error') { consoleErrors.push(`${p.url()}: ${m.text()}`); } });
    p.on('pageerror', (e) => consoleErrors.push(`${p.url()}: ${e}`));
  });
}

async function articleText(slug) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query: 'query($s: String!) { article(slug: $s) { text } }', variables: { s: slug } }),
  });
  return (await res.json()).data.article.text;
}

let failed = false;
try {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  watch(context);
  const page = await context.newPage();

  console.log('Ask: the North Korea question');
  await page.goto(`${base}/`, { waitUntil: 'load' });
  const csp = (await page.request.get(`${base}/`)).headers()['content-security-policy'] ?? '';
  check(csp.includes("default-src 'none'") && !csp.includes('unsafe-inline'), `strict Content-Security-Policy: ${csp}`);
  await page.fill('#q', 'What does North Korea want?');
  await Promise.all([page.waitForURL(/[?&]q=/), page.click('form.ask button[type=submit]')]);
  const badge = (await page.locator('.briefing .badge').innerText()).trim();
  check(badge === 'FULL', `coverage badge says FULL (got ${badge})`);
  check((await page.locator('.coverage-words').innerText()).includes('Covered'), 'coverage is said in words too');
  const points = await page.locator('ol.points > li').count();
  check(points > 0, `the briefing has points (${points})`);
  await page.screenshot({ path: `${shots}/reader-ask.png`, fullPage: true });
  await page.screenshot({ path: `${shots}/reader-ask-top.png` });

  const cite = page.locator('ol.points a.cite').first();
  const number = await cite.getAttribute('data-source');
  const source = page.locator(`#source-${number} blockquote.quote`);
  const quote = await source.textContent();
  const start = Number(await source.getAttribute('data-start'));
  const end = Number(await source.getAttribute('data-end'));
  const href = await cite.getAttribute('href');
  check(href.includes(`?hl=${start}-${end}#hl`), `citation [${number}] links to the quote's offsets ${start}-${end}`);

  console.log('Read: follow the first citation');
  await Promise.all([page.waitForURL(/\/articles\//), cite.click()]);
  await page.waitForSelector('mark#hl');
  const marked = await page.evaluate(() => {
    const marks = [...document.querySelectorAll('.article-text mark.hl')];
    const first = marks[0];
    const para = first.closest('.para');
    const range = document.createRange();
    range.setStart(para, 0);
    range.setEndBefore(first);
    const rect = first.getBoundingClientRect();
    return {
      text: marks.map((m) => m.textContent).join(''),
      offset: Number(para.dataset.start) + range.toString().length,
      span: first.dataset.span,
      visible: rect.top >= 0 && rect.bottom <= window.innerHeight,
      focused: document.activeElement === first,
    };
  });
  check(marked.text === quote, `highlighted text equals the cited quote ("${quote.slice(0, 60)}…")`);
  check(marked.offset === start && marked.span === `${start}-${end}`, `highlight lies at the quote's offsets (${marked.offset}, ${marked.span})`);
  const slug = new URL(page.url()).pathname.split('/').pop();
  const text = await articleText(slug);
  check(text.substring(start, end) === marked.text, 'the API\'s article.text[start, end) is the highlighted text');
  check(marked.visible, 'the highlight is scrolled into view');
  check(marked.focused, 'the highlight has keyboard focus');
  const legend = await page.locator('.legend').innerText();
  check(['confirmed', 'reported', 'claimed', 'believed', 'denied', 'unclear', 'unreviewed', 'scraping artifact'].every((w) => legend.includes(w)),
    'the legend names every certainty, unreviewed text and artifacts');
  const artifact = page.locator('.article-text .artifact[title*="Likely reading"]').first();
  check(await artifact.count() === 1, `scraping artifacts are flagged with their reading: ${await artifact.getAttribute('title')}`);
  await page.screenshot({ path: `${shots}/reader-article.png` });

  console.log('Ask: an out-of-scope question, keyboard only');
  await page.goto(`${base}/`, { waitUntil: 'load' });
  await page.keyboard.press('Tab');
  const skip = await page.evaluate(() => document.activeElement?.textContent);
  check(skip === 'Skip to content', 'the first Tab reaches "Skip to content"');
  await page.locator('body').press('Escape');
  await page.keyboard.press('/');
  check(await page.evaluate(() => document.activeElement?.id) === 'q', '"/" puts the cursor in the question box');
  await page.keyboard.type('What does France want?');
  await Promise.all([page.waitForURL(/[?&]q=/), page.keyboard.press('Enter')]);
  const notCovered = await page.locator('p.not-covered').innerText();
  check(notCovered.includes('The articles do not cover this question'), `NONE says so: "${notCovered.slice(0, 50)}…"`);
  check((await page.locator('.briefing .badge').innerText()).trim() === 'NONE', 'coverage badge says NONE');
  await page.screenshot({ path: `${shots}/reader-not-covered.png`, fullPage: true });

  console.log('Flows');
  await Promise.all([page.waitForURL(/\/flows/), page.click('nav a:text-is("Flows")')]);
  await page.waitForSelector('svg.flow-diagram');
  const flows = await page.evaluate(() => [...document.querySelectorAll('.flow-item')].map((li) => ({
    id: li.id, from: li.dataset.from, to: li.dataset.to, what: li.querySelector('.what').textContent,
  })));
  const labels = await page.evaluate(() => [...document.querySelectorAll('svg .edge-label')].map((a) => ({
    text: a.querySelector('text').textContent, href: a.getAttribute('href'),
  })));
  function edge(from, to, test, name) {
    const f = flows.find((x) => x.from === from && x.to === to && test(x.what));
    const drawn = f && labels.find((l) => l.href === `#${f.id}` && l.text === f.what);
    check(Boolean(drawn), `edge ${from} -> ${to}: ${name}${f ? ` ("${f.what}")` : ''}`);
    return f;
  }
  const shells = edge('north-korea', 'russia', (w) => w.includes('shells') && w.includes('missiles'), 'shells and missiles to Russia');
  edge('russia', 'north-korea', (w) => w.includes('food') && w.includes('materials') && w.includes('parts'), 'food, raw materials and parts to North Korea');
  edge('russia', 'north-korea', (w) => w.includes('technology'), 'technology to North Korea');
  edge('russia', 'north-korea', (w) => w.includes('support') && w.includes('United Nations'), 'support at the U.N.');
  check(await page.locator('svg path.edge').count() >= 2, 'arrows are drawn in both directions');
  await page.screenshot({ path: `${shots}/reader-flows.png`, fullPage: true });
  await page.locator('figure.flows').screenshot({ path: `${shots}/reader-flows-diagram.png` });
  if (shells) {
    await page.click(`svg a.edge-label[href="#${shells.id}"]`);
    await page.waitForFunction((id) => location.hash === `#${id}`, shells.id);
    const evidence = await page.locator(`#${shells.id} .flow-evidence a`).count();
    check(evidence > 0, `the shells edge links to its evidence (${evidence} quotes)`);
  }

  console.log('Read: the list of articles');
  await Promise.all([page.waitForURL(/\/articles$/), page.click('nav a:text-is("Read")')]);
  check(await page.locator(`ul.articles a[href="/articles/${slug}"]`).count() === 1, `the article list links to ${slug}`);
  await page.screenshot({ path: `${shots}/reader-articles.png` });

  console.log('Phone width, and reading without JavaScript');
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  watch(phone);
  const small = await phone.newPage();
  await small.goto(`${base}/?q=${encodeURIComponent('What does North Korea want?')}`, { waitUntil: 'load' });
  const overflow = await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 1, `no sideways scrolling at phone width (overflow ${overflow}px)`);
  await small.screenshot({ path: `${shots}/reader-phone.png`, fullPage: true });
  await small.goto(`${base}/flows`, { waitUntil: 'load' });
  const flowsOverflow = await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(flowsOverflow <= 1, `the flows page scrolls only its diagram sideways at phone width (overflow ${flowsOverflow}px)`);
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  watch(noJs);
  const plain = await noJs.newPage();
  await plain.goto(`${base}${href}`, { waitUntil: 'load' });
  check((await plain.locator('mark#hl').textContent()) === quote, 'without JavaScript the article still shows the highlighted quote');
  await phone.close();
  await noJs.close();

  check(consoleErrors.length === 0, `no console errors${consoleErrors.length ? `: ${consoleErrors.join(' | ')}` : ''}`);
  check(foreign.length === 0, `no request to another host${foreign.length ? `: ${foreign.join(', ')}` : ''}`);
  failed = problems.length > 0;
} catch (e) {
  failed = true;
  console.error(`reader check FAILED: ${e}`);
} finally {
  await browser.close();
}
if (failed) {
  console.error(`reader check FAILED (${problems.length} problems)`);
} else {
  console.log('reader check passed: Ask, Read and Flows work in the browser; screenshots in target/');
}
process.exit(failed ? 1 : 0);
