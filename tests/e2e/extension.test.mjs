/**
 * The extension end to end, in headless Chromium: a fixture page on
 * acme.test is captured through the path the toolbar button takes, the
 * worker runs the WASM core, and the side panel (opened as a tab with
 * `?tab=`) shows the result. The same page through the www page and through
 * the native CLI must give the same JSON.
 *
 * Loads dist/extension-test (run .ci/build first): the shipped extension plus
 * host permissions for *.test, because headless Chromium can neither click
 * the toolbar button (which grants activeTab) nor accept a prompt.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { capturePage } from '../../extension/capture.js';
import {
  DEMO_SITE,
  DIST,
  PAGES,
  TIMEOUT,
  ask,
  captureAndShow,
  cliAnalyze,
  launch,
  localDate,
  openPanel,
  panelJson,
  run,
  startServer,
  sameTime,
  tabIdOf,
  withoutCaptureTime,
} from './lib.mjs';

describe('extension', () => {
  let sites;
  let www;
  let ext;

  before(async () => {
    sites = await startServer({ byHost: [DEMO_SITE, PAGES] });
    www = await startServer({ dir: path.join(DIST, 'www') });
    ext = await launch(path.join(DIST, 'extension-test'));
  });

  after(async () => {
    await ext?.close();
    await sites?.close();
    await www?.close();
  });

  /** Opens a fixture page and its panel; returns both and the tab id. */
  async function openWithPanel(host, p) {
    const page = await ext.browser.newPage();
    await page.goto(sites.url(host, p), { waitUntil: 'load' });
    const tabId = await tabIdOf(ext, page);
    const panel = await openPanel(ext, tabId);
    return { page, panel, tabId };
  }

  test('a fresh tab shows how to start, not an empty panel', async () => {
    const { page, panel } = await openWithPanel('acme.test', '/careers/');
    assert.equal(await panel.$eval('#view', (v) => v.dataset.state), 'empty');
    const text = await panel.$eval('#view', (v) => v.textContent);
    assert.match(text, /toolbar/);
    await page.close();
    await panel.close();
  });

  let captured; // the home page's capture and what the panel showed, for the tests below
  test('the capture path shows the worker\'s result in the side panel, the same as the CLI\'s', async () => {
    const { page, panel, tabId } = await openWithPanel('acme.test', '/');
    const { reply, state } = await captureAndShow(panel, tabId);
    assert.equal(reply?.ok, true, `the worker answered: ${JSON.stringify(reply)}`);
    assert.equal(state, 'done', await panel.$eval('#view', (v) => v.textContent));

    const shown = await panelJson(panel);
    assert.deepEqual(shown.analysis, reply.value.analysis, 'the panel shows what the worker stored');
    assert.equal(shown.analysis.page.url, page.url());
    assert.equal(reply.value.profile_key, 'acme.test');
    assert.ok(shown.report, 'the page joined its company profile');
    assert.ok(await panel.$('[data-criterion="need"]'), 'the need / budget / timeline view is there');

    // The capture exactly as the worker stored it in the profile, replayed
    // natively: `dealscout analyze` and `dealscout assess` give the same JSON.
    const stored = await ext.worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], 'profile:acme.test');
    const pages = Object.values(JSON.parse(stored).profile.pages);
    assert.equal(pages.length, 1);
    const capture = pages[0].capture;
    assert.equal(capture.captured_at, reply.value.captured_at);
    const [native] = await cliAnalyze([capture], localDate());
    assert.deepEqual(shown.analysis, native);
    const [nativeReport] = await cliAnalyze([capture], localDate(), [], 'assess');
    assert.deepEqual(shown.report, nativeReport);

    captured = { shown, capture, panel, page };
  });

  test('the side panel shows what the core read from the page', async () => {
    assert.ok(captured, 'needs the capture of the previous test');
    const { shown, panel, page } = captured;
    const { analysis, report } = shown;
    // The page's title and language, and the company's own name for itself.
    assert.equal(analysis.page.title, 'Acme Precision | Precision-machined components for medical and aerospace');
    assert.equal(analysis.page.language, 'en');
    assert.ok(analysis.company.name, 'a company name was found');
    assert.match(analysis.company.name.value, /Acme Precision/);
    // The panel shows them as text: the profile's name on top, the verdict,
    // and the page's own facts under "this page".
    assert.equal(await panel.$eval('.company-name', (h) => h.textContent), report.profile.company.name[0].value);
    assert.equal(await panel.$eval('[data-verdict]', (v) => v.dataset.verdict), report.assessment.verdict);
    const text = await panel.$eval('#view', (v) => v.textContent);
    assert.ok(text.includes(analysis.page.title), 'the title is shown');
    await page.close();
    await panel.close();
  });

  test('the www page shows the same result for the same page', async () => {
    assert.ok(captured, 'needs the capture of the previous test');
    const page = await ext.browser.newPage();
    await page.goto(www.url('www.test', '/'), { waitUntil: 'load' });
    await page.waitForFunction(() => document.getElementById('version').textContent !== '', { timeout: TIMEOUT });
    await page.$eval('#html', (box, html) => {
      box.value = html;
    }, captured.capture.html);
    await page.$eval('#url', (box, url) => {
      box.value = url;
    }, captured.capture.url);
    await page.$eval('#as-of', (box, d) => {
      box.value = d;
    }, localDate());
    await page.click('#analyse');
    await page.waitForSelector('#view[data-state="done"]', { timeout: TIMEOUT });
    const shown = JSON.parse(await page.$eval('#raw pre.json', (pre) => pre.textContent));
    // Same JSON apart from the capture time (the www page captures now).
    const at = shown.analysis.page.captured_at;
    assert.deepEqual(sameTime(shown, at, captured.capture.captured_at), captured.shown);
    assert.equal(await page.$eval('.company-name', (h) => h.textContent), captured.shown.report.profile.company.name[0].value);
    await page.close();
  });

  test('the www page decodes an uploaded file like the CLI does', async () => {
    const file = path.join(DEMO_SITE, 'acme.test/about/index.html');
    const url = 'http://acme.test/about/';
    const asOf = '2026-11-26';
    const page = await ext.browser.newPage();
    await page.goto(www.url('www.test', '/'), { waitUntil: 'load' });
    await page.waitForFunction(() => document.getElementById('version').textContent !== '', { timeout: TIMEOUT });
    const input = await page.$('#file');
    await input.uploadFile(file);
    await page.waitForFunction(() => document.getElementById('html').value.length > 0, { timeout: TIMEOUT });
    await page.$eval('#url', (box, u) => {
      box.value = u;
    }, url);
    await page.$eval('#as-of', (box, d) => {
      box.value = d;
    }, asOf);
    await page.click('#analyse');
    await page.waitForSelector('#view[data-state="done"]', { timeout: TIMEOUT });
    const shown = JSON.parse(await page.$eval('#raw pre.json', (pre) => pre.textContent));
    const native = JSON.parse(await run('cargo', ['run', '--quiet', '--bin', 'dealscout', '--', 'analyze', '--as-of', asOf, '--url', url, file]));
    assert.deepEqual(withoutCaptureTime(shown.analysis), withoutCaptureTime(native));
    await page.close();
  });

  test('page text is shown as text, never as markup', async () => {
    const { page, panel, tabId } = await openWithPanel('evil.test', '/');
    const { state } = await captureAndShow(panel, tabId);
    assert.equal(state, 'done');
    const { analysis } = await panelJson(panel);
    assert.ok(analysis.page.title?.includes('<img'), `the title is read as text: ${analysis.page.title}`);
    const injected = await panel.evaluate(() => ({
      pwned: globalThis.pwned ?? null,
      images: document.querySelectorAll('#view img').length,
      links: document.querySelectorAll('#view a').length,
      text: document.getElementById('view').textContent,
    }));
    assert.equal(injected.pwned, null);
    assert.equal(injected.images, 0);
    assert.equal(injected.links, 0);
    assert.ok(injected.text.includes('<img'), 'the markup-looking text is displayed literally');
    await page.close();
    await panel.close();
  });

  test('a page the extension may not read gives a clear error', async () => {
    const { panel } = await openWithPanel('acme.test', '/about/');
    // The panel's own tab: an extension page, which scripting cannot touch.
    const ownTab = await panel.evaluate(async () => (await chrome.tabs.getCurrent()).id);
    const reply = await ask(panel, { type: 'capture', tabId: ownTab });
    assert.equal(reply.value.status, 'error');
    assert.equal(reply.value.error.name, 'NoAccess');
    await panel.close();
  });

  test('the worker replaces a dead WASM instance instead of going dead', async () => {
    const { page, panel, tabId } = await openWithPanel('acme.test', '/about/');
    const before = (await ask(panel, { type: 'engine-info' })).value.restarts;

    const crash = await ask(panel, { type: 'test-panic' });
    assert.equal(crash.ok, false);
    assert.equal(crash.error.name, 'EngineCrashed', JSON.stringify(crash));

    const { reply, state } = await captureAndShow(panel, tabId);
    assert.equal(state, 'done', JSON.stringify(reply));
    assert.equal((await panelJson(panel)).analysis.page.title, 'About us | Acme Precision');
    assert.equal((await ask(panel, { type: 'engine-info' })).value.restarts, before + 1);
    await page.close();
    await panel.close();
  });

  test('a page that cannot be stored leaves the stored profile as it was, and says so', async () => {
    const { page, panel, tabId } = await openWithPanel('newer.test', '/');
    const key = 'profile:newer.test';
    // A profile written by a newer Deal Scout: refused, never rewritten.
    const newer = JSON.stringify({ schema_version: 999, kind: 'dealscout.profile', profile: { domain: 'newer.test' } });
    await ext.worker.evaluate((k, v) => chrome.storage.local.set({ [k]: v }), key, newer);
    let { reply, state } = await captureAndShow(panel, tabId);
    assert.equal(state, 'done', 'the page itself is still shown');
    assert.equal(reply.value.profile_error.name, 'UnsupportedVersion');
    assert.ok(await panel.$('[data-notice]'), 'the panel says the page was not added');
    assert.equal(await ext.worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key), newer);

    // A full disk: the write fails, the profile stays as it was stored.
    await ext.worker.evaluate((k) => chrome.storage.local.remove(k), key);
    ({ reply, state } = await captureAndShow(panel, tabId));
    const before = await ext.worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
    assert.ok(before, 'a first capture is stored');
    await ext.worker.evaluate(() => {
      globalThis.realSet = chrome.storage.local.set;
      chrome.storage.local.set = () => Promise.reject(new Error('Resource::kQuotaBytes quota exceeded'));
    });
    try {
      await page.reload({ waitUntil: 'load' });
      ({ reply, state } = await captureAndShow(panel, tabId));
    } finally {
      await ext.worker.evaluate(() => {
        chrome.storage.local.set = globalThis.realSet;
      });
    }
    assert.equal(state, 'done');
    assert.equal(reply.value.profile_error?.name, 'StorageFull', JSON.stringify(reply.value.profile_error));
    assert.match(await panel.$eval('[data-notice]', (n) => n.textContent), /full/i);
    assert.equal(await ext.worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key), before);
    await page.close();
    await panel.close();
  });

  test('the options page saves the playbook through the core, which names a bad field', async () => {
    const options = await ext.browser.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    await options.waitForFunction(() => document.getElementById('about').textContent !== '', { timeout: TIMEOUT });
    await options.type('#product-name', 'FlowERP');
    await options.type('#keywords', 'ERP\nshop-floor systems');
    await options.click('#playbook button[type="submit"]');
    await options.waitForFunction(() => document.getElementById('playbook-status').dataset.state === 'ok', { timeout: TIMEOUT });
    const stored = JSON.parse(await ext.worker.evaluate(async () => (await chrome.storage.local.get('playbook')).playbook));
    assert.deepEqual(stored.need_keywords, ['ERP', 'shop-floor systems']);
    assert.equal(stored.product.name, 'FlowERP');
    assert.ok(stored.thresholds, 'the core filled in the defaults');
    // The companies captured so far are listed.
    assert.match(await options.$eval('#profiles', (l) => l.textContent), /acme\.test/);

    const bad = await ask(options, { type: 'save-playbook', playbook: { thresholds: { need: 0, budget: 60, timeline: 60 } } });
    assert.equal(bad.ok, false);
    assert.equal(bad.error.name, 'ValidationError');
    assert.match(bad.error.message, /thresholds\.need/);
    await options.close();
  });

  test('messages from outside the extension are ignored', async () => {
    const { page, panel } = await openWithPanel('acme.test', '/careers/');
    // A web page cannot message the worker at all (no externally_connectable),
    // and the router rejects malformed messages from its own pages.
    const reply = await ask(panel, { type: 'capture', tabId: 'not-a-number' });
    assert.equal(reply, undefined);
    const hasRuntime = await page.evaluate(() => typeof globalThis.chrome?.runtime?.sendMessage);
    assert.equal(hasRuntime, 'undefined');
    await page.close();
    await panel.close();
  });
});
