/**
 * Shared by the end-to-end tests and `.ci/demo`: a local HTTP server for the
 * fixture hosts, Chromium with the extension loaded, and the steps a rep's
 * click takes.
 *
 * Nothing reaches the network: Chromium maps every `*.test` host to
 * 127.0.0.1 (`--host-resolver-rules`) and everything else to "not found", and
 * the server answers for each host from a folder named after it.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEMO_SITE = path.join(ROOT, 'tests/fixtures/demo-site');
export const PAGES = path.join(ROOT, 'tests/e2e/pages');
export const DIST = path.join(ROOT, 'dist');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** How long to wait for the worker or the panel before a test fails. */
export const TIMEOUT = 30_000;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves static files on 127.0.0.1 (an ephemeral port).
 *
 * @param {{byHost?: string[], dir?: string}} opts `byHost`: folders holding
 *   one sub-folder per host name (`acme.test/…`); `dir`: one folder for all.
 * @returns {Promise<{port: number, url: (host: string, p?: string) => string, close: () => Promise<void>}>}
 */
export async function startServer({ byHost = [], dir = null }) {
  const server = createServer(async (req, res) => {
    try {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
      const bases = dir ? [dir] : byHost.map((b) => path.join(b, host));
      let pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (pathname.endsWith('/')) pathname += 'index.html';
      for (const base of bases) {
        const file = path.resolve(base, `.${pathname}`);
        if (!file.startsWith(base + path.sep)) break; // no way out of the folder
        const info = await stat(file).catch(() => null);
        if (!info?.isFile()) continue;
        res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        res.end(await readFile(file));
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(e));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    port,
    url: (host, p = '/') => `http://${host}:${port}${p}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * Launches headless Chromium with an unpacked extension and waits for its
 * service worker.
 *
 * @param {string} extensionDir e.g. dist/extension-test
 */
export async function launch(extensionDir, { headless = true } = {}) {
  const profile = await mkdtemp(path.join(tmpdir(), 'dealscout-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless,
    // Puppeteer disables extensions by default; this browser needs one.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      `--user-data-dir=${profile}`,
      `--load-extension=${extensionDir}`,
      `--disable-extensions-except=${extensionDir}`,
      '--host-resolver-rules=MAP *.test 127.0.0.1, MAP * ~NOTFOUND',
    ],
  });
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: TIMEOUT });
  const extensionId = new URL(target.url()).host;
  const worker = await target.worker();
  return {
    browser,
    worker,
    extensionId,
    extensionUrl: (p) => `chrome-extension://${extensionId}/${p}`,
    close: async () => {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The Chrome tab id of a page opened by puppeteer, asked of the extension. */
export async function tabIdOf(ext, page) {
  const url = page.url();
  const id = await ext.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null, url);
  if (id === null) throw new Error(`no tab found for ${url}`);
  return id;
}

/**
 * Opens the side panel page as a tab, told which tab to show (`?tab=`), as
 * the side panel would show it.
 */
export async function openPanel(ext, tabId, viewport = { width: 420, height: 900 }) {
  const panel = await ext.browser.newPage();
  await panel.setViewport(viewport);
  await panel.goto(ext.extensionUrl(`panel.html?tab=${tabId}`));
  // Rendered once: past "loading", whatever the tab's state is.
  await panel.waitForSelector('#view:not([data-state="loading"])', { timeout: TIMEOUT });
  return panel;
}

/** Sends a message to the service worker from an extension page; returns its reply. */
export function ask(page, message) {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

/**
 * Runs the capture path the toolbar button runs (`captureTab` in sw.js:
 * inject the capture function, analyse in the worker, add the page to its
 * company's profile, store the tab state) and waits until the panel shows
 * this capture's outcome. Returns the worker's reply and the panel's state.
 */
export async function captureAndShow(panel, tabId, profile) {
  const reply = await ask(panel, { type: 'capture', tabId, ...(profile ? { profile } : {}) });
  if (reply?.ok && reply.value.status === 'done') {
    await panel.waitForFunction(
      (at) => document.getElementById('view').dataset.state === 'done' && (document.querySelector('#raw pre.json')?.textContent ?? '').includes(at),
      { timeout: TIMEOUT },
      reply.value.captured_at,
    );
  } else {
    await panel.waitForSelector('#view[data-state="error"]', { timeout: TIMEOUT });
  }
  const state = await panel.$eval('#view', (v) => v.dataset.state);
  return { reply, state };
}

/** The JSON the panel shows in its raw view: `{analysis, report}`. */
export async function panelJson(panel) {
  await panel.waitForSelector('#raw pre.json', { timeout: TIMEOUT });
  return JSON.parse(await panel.$eval('#raw pre.json', (pre) => pre.textContent));
}

/** Today's date on this machine, `YYYY-MM-DD`: what the worker uses as as-of. */
export function localDate(d = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Runs the native CLI (`dealscout analyze`, or `assess`) over captures saved
 * as `.jsonl`, as a rep's saved browser captures replay. Returns one JSON
 * object per output line (per capture, or per company for `assess`).
 */
export async function cliAnalyze(captures, asOf, extra = [], command = 'analyze') {
  const dir = await mkdtemp(path.join(tmpdir(), 'dealscout-cli-'));
  try {
    const file = path.join(dir, 'captures.jsonl');
    await writeFile(file, captures.map((c) => JSON.stringify(c)).join('\n') + '\n');
    const out = await run('cargo', ['run', '--quiet', '--bin', 'dealscout', '--', command, '--as-of', asOf, ...extra, file]);
    return out.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs a command in the repository; resolves with its stdout, rejects with its stderr. */
export function run(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${err}`))));
  });
}

/** A copy of an analysis without its capture time (the one field that differs between two captures of a page). */
export function withoutCaptureTime(a) {
  const copy = structuredClone(a);
  delete copy.page.captured_at;
  return copy;
}

/** A copy of `value` with every string equal to capture time `from` replaced by `to`. */
export function sameTime(value, from, to) {
  return JSON.parse(JSON.stringify(value), (_k, v) => (v === from ? to : v));
}
