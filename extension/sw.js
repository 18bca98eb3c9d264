/**
 * Deal Scout's service worker: the only place that captures pages, runs the
 * Rust/WASM core and writes storage (one writer, so two panels never lose
 * each other's updates).
 *
 * MV3 stops an idle worker and starts it again for the next event, so:
 * - every listener is registered synchronously at the top level (one added
 *   later is missed when that event is what wakes the worker);
 * - the WASM is imported statically and started without top-level await
 *   (which would stop the worker from registering); handlers await it;
 * - no state lives only in globals: each tab's latest result is in
 *   chrome.storage.session; company profiles and the playbook, as the
 *   core's stored JSON text, in chrome.storage.local.
 */
import { Engine, localDate, namedError } from './engine.js';
import { capturePage } from './capture.js';
import { PLAYBOOK_KEY, fromExtensionPage, isMessage, profileStorageKey, tabKey } from './messages.js';

const engine = new Engine(new URL('./wasm/dealscout_bg.wasm', import.meta.url), async () => {
  const { [PLAYBOOK_KEY]: stored } = await chrome.storage.local.get(PLAYBOOK_KEY);
  if (!stored) return undefined;
  try {
    return JSON.parse(stored);
  } catch (e) {
    // Damaged text: read pages with the default playbook, and say so.
    engine.playbookError = { name: 'InvalidInput', message: `the stored playbook is not JSON: ${e.message}` };
    return undefined;
  }
});
engine.start().catch((e) => console.error('Deal Scout: the engine failed to start', e));

chrome.action.onClicked.addListener(onActionClicked);
chrome.runtime.onMessage.addListener(onMessage);
chrome.tabs.onRemoved.addListener((tabId) => {
  chrome.storage.session.remove(tabKey(tabId)).catch(() => {});
});
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && PLAYBOOK_KEY in changes) engine.invalidate();
});

/**
 * The rep's click is the capture. The side panel is opened first and
 * synchronously: `sidePanel.open` needs the user gesture, which any `await`
 * before it would lose. The click also grants `activeTab` for this tab,
 * which is what lets `captureTab` inject the capture function. (Opening the
 * panel straight from the button, via `openPanelOnActionClick`, would grant
 * no `activeTab` and fire no `onClicked`.)
 */
function onActionClicked(tab) {
  chrome.sidePanel.open({ tabId: tab.id }).catch((e) => console.warn('Deal Scout: side panel did not open', e));
  captureTab(tab.id).catch((e) => console.error('Deal Scout: capture failed', e));
}

const handlers = {
  capture: (m) => captureTab(m.tabId, m.profile),
  report: (m) => report(m.key),
  'engine-info': async () => ({ ...(await engine.info()), restarts: engine.restarts, playbook_error: engine.playbookError }),
  'save-playbook': async (m) => {
    const stored = await engine.checkPlaybook(m.playbook);
    await chrome.storage.local.set({ [PLAYBOOK_KEY]: stored });
    engine.invalidate();
    return JSON.parse(stored);
  },
  'delete-profile': (m) => withProfile(m.key, () => chrome.storage.local.remove(profileStorageKey(m.key))),
  'clear-data': async () => {
    await chrome.storage.local.clear();
    await chrome.storage.session.clear();
    engine.invalidate();
  },
  'test-panic': () =>
    engine.call((h) => {
      h.panicForTest();
    }),
};

/** The router: well-formed messages from the extension's own pages only. */
function onMessage(message, sender, sendResponse) {
  if (!fromExtensionPage(sender) || !isMessage(message)) return false;
  handlers[message.type](message).then(
    (value) => sendResponse({ ok: true, value }),
    (e) => sendResponse({ ok: false, error: errorInfo(e) }),
  );
  return true; // the answer comes asynchronously
}

/**
 * Captures a tab: injects the capture function, analyses the page, adds it
 * to its company's profile (`profile`, when given, attaches a third-party
 * page to that company), and records each step in the tab's session state
 * (which the side panel renders). Resolves with the final state.
 */
async function captureTab(tabId, profile) {
  const id = crypto.randomUUID();
  await writeTab(tabId, { status: 'capturing', capture_id: id });
  let capture;
  try {
    // The page's HTML is cut a few bytes past the core's limit, so the core
    // itself sees there was more and reports the analysis as `truncated`.
    const { max_html_bytes: limit } = await engine.info();
    const [injection] = await chrome.scripting.executeScript({
      target: { tabId },
      func: capturePage,
      args: [limit + 4],
    });
    capture = injection?.result;
    if (!capture || typeof capture.html !== 'string') throw namedError('CaptureFailed', 'The page returned nothing to read.');
    if (profile) capture.profile = profile;
  } catch (e) {
    return finish(tabId, id, { status: 'error', error: captureError(e) });
  }
  const asOf = localDate();
  let analysis;
  try {
    analysis = await engine.analyze(capture, asOf);
  } catch (e) {
    return finish(tabId, id, { status: 'error', url: capture.url, error: errorInfo(e) });
  }
  const done = { status: 'done', url: capture.url, captured_at: capture.captured_at, analysis, profile_key: null, profile_error: null };
  try {
    done.profile_key = await engine.profileKey(capture);
  } catch {
    // Not a web page of a company (a file, an IP address): shown on its own.
    return finish(tabId, id, done);
  }
  try {
    await withProfile(done.profile_key, async () => {
      const key = profileStorageKey(done.profile_key);
      const { [key]: stored } = await chrome.storage.local.get(key);
      const updated = await engine.ingest(stored ?? null, capture, asOf);
      if (updated !== stored) await chrome.storage.local.set({ [key]: updated });
    });
  } catch (e) {
    // Nothing stored is lost: the old profile text stays as it was (a
    // failed set() writes nothing, and a newer profile is never rewritten).
    done.profile_error = storageError(e);
  }
  return finish(tabId, id, done);
}

/** The profile and assessment of a company, from what is stored now. */
async function report(domain) {
  const key = profileStorageKey(domain);
  const { [key]: stored } = await chrome.storage.local.get(key);
  if (!stored) return null;
  return engine.report(stored, localDate());
}

/**
 * Runs profile updates of one company one after another: each reads,
 * changes and writes the stored text, and two captures of the same company
 * at once must not lose one another's page.
 */
const profileQueues = new Map();
function withProfile(domain, fn) {
  const previous = profileQueues.get(domain) ?? Promise.resolve();
  const next = previous.catch(() => {}).then(fn);
  profileQueues.set(domain, next);
  next.finally(() => {
    if (profileQueues.get(domain) === next) profileQueues.delete(domain);
  }).catch(() => {});
  return next;
}

/** Writes a capture's final state unless a newer capture of the tab started meanwhile. */
async function finish(tabId, id, state) {
  const { [tabKey(tabId)]: current } = await chrome.storage.session.get(tabKey(tabId));
  if (current && current.capture_id !== id) return current;
  return writeTab(tabId, { ...state, capture_id: id });
}

/** Stores a tab's state; a full storage area becomes an error state, not a lost write. */
async function writeTab(tabId, state) {
  const stamped = { ...state, updated_at: new Date().toISOString() };
  try {
    await chrome.storage.session.set({ [tabKey(tabId)]: stamped });
    return stamped;
  } catch (e) {
    const failed = {
      status: 'error',
      capture_id: state.capture_id,
      url: state.url,
      error: storageError(e),
      updated_at: stamped.updated_at,
    };
    await chrome.storage.session.set({ [tabKey(tabId)]: failed }).catch(() => {});
    return failed;
  }
}

/** A storage failure in words a rep can act on; core errors keep their name. */
function storageError(e) {
  if (/quota/i.test(String(e?.message))) return { name: 'StorageFull', message: String(e.message) };
  return errorInfo(e);
}

/** Why a tab could not be read. */
function captureError(e) {
  const msg = String(e?.message ?? e);
  if (/cannot be scripted|Cannot access|permission|chrome:\/\/|error page/i.test(msg)) {
    return { name: 'NoAccess', message: msg };
  }
  if (/No tab with id/i.test(msg)) return { name: 'TabGone', message: msg };
  return errorInfo(e);
}

function errorInfo(e) {
  return { name: e?.name || 'Error', message: String(e?.message ?? e) };
}
