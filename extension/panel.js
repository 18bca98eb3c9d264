/**
 * The side panel: shows what the core returned for a tab — the company's
 * profile and assessment when the page belongs to one, and what the page
 * itself says.
 *
 * It renders the tab's state, which only the service worker writes
 * (chrome.storage.session, key `tab:<id>`), and asks the worker for the
 * company's report, again whenever the stored profile or the playbook
 * changes (another tab may have added a page). Which tab: `?tab=<id>` when
 * given (the end-to-end tests open the panel as a tab), otherwise the active
 * tab of the panel's window, followed as the rep switches tabs. All page
 * data is rendered as text (render.js).
 */
import { PLAYBOOK_KEY, ask, profileStorageKey, tabKey } from './messages.js';
import { el, renderJson, renderResult } from './render.js';

const t = (key, ...subs) => chrome.i18n.getMessage(key, subs);
const view = document.getElementById('view');
const raw = document.getElementById('raw');
const again = document.getElementById('again');

for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
document.documentElement.lang = chrome.i18n.getUILanguage();

const fixedTab = Number.parseInt(new URLSearchParams(location.search).get('tab') ?? '', 10);
let tabId = Number.isInteger(fixedTab) ? fixedTab : null;
let current; // the tab state shown
let shown = 0; // guards against an older render finishing after a newer one

// The core's size limit, for the "page was cut" notice.
const maxHtmlBytes = await ask({ type: 'engine-info' }).then(
  (info) => info.max_html_bytes,
  () => 0,
);

chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'session' && tabId !== null && tabKey(tabId) in changes) {
    show(changes[tabKey(tabId)].newValue);
  } else if (area === 'local' && current?.profile_key && (profileStorageKey(current.profile_key) in changes || PLAYBOOK_KEY in changes)) {
    show(current);
  }
});

again.addEventListener('click', () => {
  if (tabId === null) return;
  ask({ type: 'capture', tabId }).catch((e) => show({ status: 'error', error: { name: e.name, message: e.message } }));
});

if (tabId === null) {
  const win = await chrome.windows.getCurrent();
  chrome.tabs.onActivated.addListener((info) => {
    if (info.windowId === win.id) follow(info.tabId);
  });
  const [active] = await chrome.tabs.query({ active: true, windowId: win.id });
  await follow(active?.id ?? null);
} else {
  await follow(tabId);
}

async function follow(id) {
  tabId = id;
  if (id === null) return show(undefined);
  const { [tabKey(id)]: state } = await chrome.storage.session.get(tabKey(id));
  return show(state);
}

/** Renders one tab state: nothing yet, capturing, error or done. */
async function show(state) {
  const token = ++shown;
  current = state;
  const status = state?.status ?? 'empty';
  // "Read again" only where a capture already happened (and so may be allowed again).
  again.hidden = tabId === null || status === 'capturing' || status === 'empty';
  if (status === 'empty') {
    raw.replaceChildren();
    view.dataset.state = status;
    view.replaceChildren(el('div', { class: 'empty' }, el('img', { src: 'icons/icon-128.png', alt: '', width: 64, height: 64 }), el('h2', {}, t('emptyTitle')), el('p', {}, t('emptyHelp'))));
  } else if (status === 'capturing') {
    view.dataset.state = status;
    view.replaceChildren(el('div', { class: 'busy' }, el('span', { class: 'spinner' }), t('capturing')));
  } else if (status === 'error') {
    raw.replaceChildren();
    view.dataset.state = status;
    view.replaceChildren(errorBox(state.error));
  } else if (status === 'done') {
    let report = null;
    let notice = state.profile_error ? t('profileNotSaved', explain(state.profile_error)) : null;
    if (state.profile_key) {
      try {
        report = await ask({ type: 'report', key: state.profile_key });
      } catch (e) {
        notice = t('profileNotSaved', explain(e));
      }
    }
    if (token !== shown) return; // a newer state arrived meanwhile
    view.dataset.state = status;
    renderResult(view, { analysis: state.analysis, report, notice }, t, { locale: chrome.i18n.getUILanguage(), maxHtmlBytes });
    renderJson(raw, { analysis: state.analysis, report }, t);
  }
}

function explain(error) {
  return t(`error_${error?.name}`) || `${error?.name}: ${error?.message}`;
}

function errorBox(error) {
  const { name, message } = error ?? {};
  return el(
    'div',
    { class: 'error', 'data-error': name },
    el('h2', {}, t('errorTitle')),
    el('p', {}, t(`error_${name}`) || message),
    el('details', {}, el('summary', {}, t('errorDetail')), el('code', {}, `${name}: ${message}`)),
  );
}
