// The demo run (see .ci/demo): serves the demo prospect site on 127.0.0.1
// under its own host names, loads the extension into Chromium, and takes each
// page through the path the toolbar button takes, as a rep researching Acme
// Precision would: its home, about and careers pages, then a trade-news story
// about its funding, added to Acme's profile. After each page it prints a
// summary of what the side panel shows and writes the panel's JSON
// (`{analysis, report}`: the page, then the company's profile and
// assessment) to out/; at the end it prints the last panel's JSON in full and
// saves a screenshot of the panel.
//
// It loads dist/extension-test, which differs from dist/extension only by
// host permissions for *.test (and a test hook it does not use): a headless
// browser cannot click the toolbar button that grants a rep's `activeTab`.
// Set DEMO_HEADED=1 (with a display) to watch it.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEMO_SITE, DIST, ROOT, captureAndShow, launch, openPanel, panelJson, startServer, tabIdOf } from '../tests/e2e/lib.mjs';

// [host, path, the company profile a third-party page is added to]
const PAGES = [
  ['acme.test', '/'],
  ['acme.test', '/about/'],
  ['acme.test', '/careers/'],
  ['news.test', '/2026/11/18/acme-precision-series-c.html', 'acme.test'],
];
const OUT = path.join(ROOT, 'out');
const SCREENSHOT = path.join(OUT, 'side-panel.png');
const SCREENSHOT_FULL = path.join(OUT, 'side-panel-full.png');

const site = await startServer({ byHost: [DEMO_SITE] });
const ext = await launch(path.join(DIST, 'extension-test'), { headless: process.env.DEMO_HEADED !== '1' });
let failed = false;
let lastPanel = null;
let lastShown = null;
await mkdir(OUT, { recursive: true });
try {
  for (const [i, [host, p, attach]] of PAGES.entries()) {
    const page = await ext.browser.newPage();
    await page.goto(site.url(host, p), { waitUntil: 'load' });
    const tabId = await tabIdOf(ext, page);
    const panel = await openPanel(ext, tabId);
    const { reply, state } = await captureAndShow(panel, tabId, attach);
    console.log(`\n=== ${page.url()}${attach ? ` (added to ${attach})` : ''}`);
    if (state !== 'done') {
      failed = true;
      console.log(`the side panel shows an error: ${JSON.stringify(reply?.value?.error ?? reply)}`);
      continue;
    }
    const shown = await panelJson(panel);
    const a = shown.analysis;
    const count = (c) => a.signals.filter((s) => s.criterion === c).length;
    console.log(
      `page: ${a.page.kind}, ${a.page.language ?? '?'} · company ${a.company.name?.value ?? '(not named)'} · ` +
        `signals: need ${count('need')}, budget ${count('budget')}, timeline ${count('timeline')}`,
    );
    const r = shown.report;
    if (r) {
      const { verdict, missing, need, budget, timeline, ranking } = r.assessment;
      console.log(
        `profile ${r.profile.domain}: ${r.profile.pages.length} pages · verdict ${verdict}` +
          `${missing.length ? ` (missing ${missing.join(', ')})` : ''} · need ${need.score}/${need.threshold} ${need.status}, ` +
          `budget ${budget.score}/${budget.threshold} ${budget.status}, timeline ${timeline.score}/${timeline.threshold} ${timeline.status} · rank ${ranking}`,
      );
    }
    const file = path.join(OUT, `demo-${i + 1}-${host}.json`);
    await writeFile(file, JSON.stringify(shown, null, 2) + '\n');
    console.log(`the side panel's JSON: ${path.relative(process.cwd(), file)}`);
    lastShown = shown;
    await lastPanel?.close();
    lastPanel = panel;
  }
  if (lastShown) {
    console.log('\n=== what the side panel shows after the last page');
    console.log(JSON.stringify(lastShown, null, 2));
  }
  if (lastPanel) {
    // The side panel as the rep sees it after the last page: 400 px wide,
    // one tall screen; and the whole length of it.
    await lastPanel.setViewport({ width: 400, height: 1100, deviceScaleFactor: 2 });
    await lastPanel.screenshot({ path: SCREENSHOT });
    await lastPanel.screenshot({ path: SCREENSHOT_FULL, fullPage: true });
    console.log(`\nscreenshot of the side panel: ${path.relative(process.cwd(), SCREENSHOT)} (all of it: ${path.relative(process.cwd(), SCREENSHOT_FULL)})`);
  }
} finally {
  await ext.close();
  await site.close();
}
process.exit(failed ? 1 : 0);
