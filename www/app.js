/**
 * The www page: the same WASM core as the extension, over pasted HTML or an
 * uploaded .html file, showing the same result the side panel shows for
 * that page (same JSON apart from the capture time): the page's analysis
 * and the report of a profile made of that one page. The file's bytes are
 * decoded by the core, as the CLI decodes files, so GBK or Shift_JIS pages
 * read right. A Deal Scout export (.json) opens as the reports of the
 * profiles in it, for teammates without the extension. Nothing is uploaded
 * anywhere.
 */
import { Engine, localDate } from './engine.js';
import { el, messagesT, renderJson, renderReports, renderResult } from './render.js';

const locale = navigator.language.toLowerCase().startsWith('zh') ? 'zh_CN' : 'en';
const messages = await fetch(`_locales/${locale}/messages.json`).then((r) => r.json());
const t = messagesT(messages);
for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
document.documentElement.lang = locale.replace('_', '-');
document.title = t('wwwTitle');

const engine = new Engine(new URL('./wasm/dealscout_bg.wasm', import.meta.url));
const form = document.getElementById('input');
const htmlBox = document.getElementById('html');
const fileBox = document.getElementById('file');
const urlBox = document.getElementById('url');
const asOfBox = document.getElementById('as-of');
const status = document.getElementById('status');
const view = document.getElementById('view');
const raw = document.getElementById('raw');

asOfBox.value = localDate();
let fileName = null;

const info = await engine.info();
document.getElementById('version').textContent = `v${info.version}`;

fileBox.addEventListener('change', async () => {
  const file = fileBox.files?.[0];
  if (!file) return;
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.json$/i.test(file.name)) {
    await showExport(new TextDecoder().decode(bytes));
    return;
  }
  htmlBox.value = await engine.decodeHtml(bytes);
  fileName = file.name;
});

/** An export document (or one stored profile): each profile's report. */
async function showExport(json) {
  setStatus('', '');
  try {
    const reports = await engine.importReports(json, asOfBox.value || localDate());
    view.dataset.state = 'done';
    renderReports(view, reports, t, { locale: navigator.language });
    renderJson(raw, reports, t);
  } catch (e) {
    showError(e);
  }
}
htmlBox.addEventListener('input', () => {
  fileName = null;
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const html = htmlBox.value;
  if (!html.trim()) {
    setStatus(t('wwwEmpty'), 'error');
    return;
  }
  // Without an address, a file is named by its file name, as the CLI does.
  const url = urlBox.value.trim() || `file:///${encodeURIComponent(fileName ?? 'pasted.html')}`;
  const capture = { url, html, captured_at: new Date().toISOString() };
  setStatus('', '');
  const asOf = asOfBox.value || localDate();
  try {
    const analysis = await engine.analyze(capture, asOf);
    // The profile this one page makes, as the extension would start it.
    let report = null;
    if (await engine.profileKey(capture).then(() => true, () => false)) {
      report = await engine.report(await engine.ingest(null, capture, asOf), asOf);
    }
    view.dataset.state = 'done';
    renderResult(view, { analysis, report }, t, { locale: navigator.language, maxHtmlBytes: info.max_html_bytes });
    renderJson(raw, { analysis, report }, t);
  } catch (e) {
    showError(e);
  }
});

function showError(e) {
  view.dataset.state = 'error';
  view.replaceChildren(el('div', { class: 'error', 'data-error': e.name }, el('h2', {}, t('errorTitle')), el('code', {}, `${e.name}: ${e.message}`)));
  raw.replaceChildren();
}

function setStatus(text, state) {
  status.textContent = text;
  status.dataset.state = state;
}
