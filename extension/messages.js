/**
 * The one message schema between extension pages (side panel, options) and
 * the service worker: `{type, ...}`, one guard per type. The worker's router
 * accepts only messages that pass their guard and come from the extension's
 * own pages — never from a web page or a content script.
 */

/** Message types and the shape each must have. */
export const GUARDS = {
  /**
   * Capture a tab and analyse it: the path the toolbar button takes.
   * `profile` attaches a third-party page (news, a tender portal) to that
   * company's profile ("Add page to <company>").
   */
  capture: (m) => Number.isInteger(m.tabId) && m.tabId >= 0 && (m.profile === undefined || isProfileKey(m.profile)),
  /** The core's version and capture size limit. */
  'engine-info': () => true,
  /** A company's profile and assessment, computed from storage now. */
  report: (m) => isProfileKey(m.key),
  /** Save the seller's playbook, validated by the core first. */
  'save-playbook': (m) => m.playbook !== null && typeof m.playbook === 'object' && !Array.isArray(m.playbook),
  /** Delete one company's profile: everything about it. */
  'delete-profile': (m) => isProfileKey(m.key),
  /** Delete everything Deal Scout stored. */
  'clear-data': () => true,
  /**
   * Kill the engine on purpose (a panic inside the WASM), to check that the
   * worker replaces a dead instance. Harmless: only the extension's own pages
   * may send it, and the next call gets a fresh engine.
   */
  'test-panic': () => true,
};

/** A registrable domain, as the core keys profiles. */
function isProfileKey(k) {
  return typeof k === 'string' && k.length > 0 && k.length <= 253 && !/[\s/]/.test(k);
}

/** True when `m` is a well-formed message of a known type. */
export function isMessage(m) {
  return (
    m !== null &&
    typeof m === 'object' &&
    typeof m.type === 'string' &&
    Object.hasOwn(GUARDS, m.type) &&
    GUARDS[m.type](m)
  );
}

/** True when the sender is one of this extension's own pages. */
export function fromExtensionPage(sender) {
  return (
    sender.id === chrome.runtime.id &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(chrome.runtime.getURL(''))
  );
}

/** Sends a message to the worker; resolves with its value or throws its error (with its `name`). */
export async function ask(message) {
  const reply = await chrome.runtime.sendMessage(message);
  if (!reply) throw Object.assign(new Error('The service worker did not answer.'), { name: 'NoAnswer' });
  if (!reply.ok) throw Object.assign(new Error(reply.error.message), { name: reply.error.name });
  return reply.value;
}

/** chrome.storage.session key of a tab's latest capture state. */
export const tabKey = (tabId) => `tab:${tabId}`;

/** chrome.storage.local key of the seller's playbook (its stored JSON text). */
export const PLAYBOOK_KEY = 'playbook';

/** chrome.storage.local key prefix of a company's profile (its stored JSON text). */
export const PROFILE_PREFIX = 'profile:';
export const profileStorageKey = (domain) => `${PROFILE_PREFIX}${domain}`;
