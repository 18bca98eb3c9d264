/**
 * The options page: what the seller sells and the need keywords that signal
 * it (the playbook's first sections), the companies Deal Scout keeps, and
 * the rep's data. Reads storage directly; every write goes through the
 * service worker (the one writer), which has the core validate a playbook
 * before storing it. Sections this page does not edit (competitors, ideal
 * customer, thresholds) are kept as they are.
 */
import { PLAYBOOK_KEY, PROFILE_PREFIX, ask } from './messages.js';
import { el, formatBytes } from './render.js';

const t = (key, ...subs) => chrome.i18n.getMessage(key, subs);
for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
document.documentElement.lang = chrome.i18n.getUILanguage();

const form = document.getElementById('playbook');
const productName = document.getElementById('product-name');
const productDescription = document.getElementById('product-description');
const keywords = document.getElementById('keywords');
const playbookStatus = document.getElementById('playbook-status');
const clearStatus = document.getElementById('clear-status');
let playbook = {};

async function load() {
  const all = await chrome.storage.local.get(null);
  playbook = all[PLAYBOOK_KEY] ? JSON.parse(all[PLAYBOOK_KEY]) : {};
  productName.value = playbook.product?.name ?? '';
  productDescription.value = playbook.product?.description ?? '';
  keywords.value = (playbook.need_keywords ?? []).join('\n');

  const domains = Object.keys(all)
    .filter((k) => k.startsWith(PROFILE_PREFIX))
    .map((k) => k.slice(PROFILE_PREFIX.length))
    .sort();
  document.getElementById('profiles').replaceChildren(
    ...(domains.length
      ? domains.map((d) => {
          const button = el('button', { type: 'button', class: 'danger small' }, t('deleteProfile'));
          button.addEventListener('click', () => deleteProfile(d));
          return el('li', { class: 'row' }, el('span', { class: 'grow' }, d), button);
        })
      : [el('li', { class: 'none' }, t('profilesNone'))]),
  );
  const [local, session] = await Promise.all([chrome.storage.local.getBytesInUse(null), chrome.storage.session.getBytesInUse(null)]);
  document.getElementById('usage').textContent = t('storageUsed', formatBytes(local + session));
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  playbookStatus.textContent = '';
  const edited = {
    ...playbook,
    product: { ...(playbook.product ?? {}), name: productName.value.trim(), description: productDescription.value.trim() },
    need_keywords: [...new Set(keywords.value.split('\n').map((k) => k.trim()).filter(Boolean))],
  };
  try {
    await ask({ type: 'save-playbook', playbook: edited });
    playbookStatus.textContent = t('saved');
    playbookStatus.dataset.state = 'ok';
  } catch (e) {
    // The core names the field at fault (e.g. "invalid need_keywords[3]: …").
    playbookStatus.textContent = `${e.name}: ${e.message}`;
    playbookStatus.dataset.state = 'error';
  }
  await load();
});

async function deleteProfile(domain) {
  if (!confirm(t('confirmDeleteProfile', domain))) return;
  await ask({ type: 'delete-profile', key: domain }).catch((e) => alert(`${e.name}: ${e.message}`));
  await load();
}

document.getElementById('clear').addEventListener('click', async () => {
  if (!confirm(t('confirmClear'))) return;
  try {
    await ask({ type: 'clear-data' });
    clearStatus.textContent = t('cleared');
  } catch (e) {
    clearStatus.textContent = `${e.name}: ${e.message}`;
  }
  await load();
});

ask({ type: 'engine-info' }).then(
  (info) => {
    document.getElementById('about').textContent = t('aboutEngine', info.version, formatBytes(info.max_html_bytes));
    if (info.playbook_error) {
      playbookStatus.textContent = `${info.playbook_error.name}: ${info.playbook_error.message}`;
      playbookStatus.dataset.state = 'error';
    }
  },
  (e) => {
    document.getElementById('about').textContent = `${e.name}: ${e.message}`;
  },
);

await load();
