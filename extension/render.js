/**
 * Renders what the core returned, for the side panel and the www page (the
 * build copies this file into both).
 *
 * Page data is untrusted: every string from a page goes into the DOM as a
 * text node (`textContent`), never as HTML, and no page URL becomes a link.
 * Labels come from `t(key, ...subs)` (chrome.i18n in the extension, the same
 * `_locales` files in the www page).
 */

/** Builds an element; string children become text nodes, never HTML. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'style') Object.assign(node.style, v); // CSSOM: allowed under a strict style-src
    else if (k.startsWith('data-')) node.setAttribute(k, v);
    else node[k] = v;
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    node.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return node;
}

/** A `t()` over a parsed `_locales/*\/messages.json`, with `$1`… placeholders. */
export function messagesT(messages) {
  return (key, ...subs) => {
    const entry = messages[key];
    if (!entry) return '';
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (all, name) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      const m = /^\$(\d)$/.exec(content);
      return m ? String(subs[Number(m[1]) - 1] ?? '') : content;
    });
  };
}

/** A label by key, or the id made readable when the locale has none. */
function label(t, key, id) {
  return t(key) || String(id).replace(/_/g, ' ');
}

/** `5242880` → `5 MB`. */
export function formatBytes(n) {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}

function formatMoney(m, locale) {
  const fmt = (n) => {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(n);
    } catch {
      return `${n} ${m.currency}`;
    }
  };
  // No max: a floor ("more than $40M").
  if (m.max == null) return `${fmt(m.min)}+`;
  return m.min === m.max ? fmt(m.min) : `${fmt(m.min)} – ${fmt(m.max)}`;
}

export function formatValue(v, locale) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'currency' in v) return formatMoney(v, locale);
  if (typeof v === 'object' && ('min' in v || 'max' in v)) {
    if (v.min != null && v.max == null) return `${v.min}+`;
    if (v.min == null && v.max != null) return `≤ ${v.max}`;
    return v.min === v.max ? String(v.min) : `${v.min}–${v.max}`;
  }
  if (typeof v === 'object' && ('ticker' in v || 'exchange' in v)) return [v.exchange, v.ticker].filter(Boolean).join(': ') || '✓';
  return String(v);
}

/** Where a fact came from: its quote, or the markup field and value. */
function source(t, fact) {
  if (typeof fact.quote === 'string') return el('q', { class: 'quote' }, fact.quote);
  if (fact.evidence) {
    return el('span', { class: 'evidence' }, t('source_from', fact.evidence.field) || `from ${fact.evidence.field}`, ': ', el('code', {}, fact.evidence.value));
  }
  return null;
}

function section(title, ...body) {
  return el('section', {}, el('h3', {}, title), ...body);
}

function none(t, key = 'noneFound') {
  return el('p', { class: 'none' }, t(key));
}

/** The company facts a page gave, each with its source. */
function companySection(t, company, locale) {
  const rows = [];
  const add = (key, fact) => {
    if (!fact) return;
    rows.push(el('div', { class: 'fact', 'data-fact': key }, el('dt', {}, t(`fact_${key}`)), el('dd', {}, el('span', { class: 'value' }, formatValue(fact.value, locale)), source(t, fact))));
  };
  for (const key of ['domain', 'description', 'industry', 'employees', 'hq', 'founded', 'listed']) add(key, company[key]);
  for (const key of ['business_model', 'locations']) for (const fact of company[key] ?? []) add(key, fact);
  return section(t('section_company'), rows.length ? el('dl', { class: 'facts' }, rows) : none(t));
}

function signalItem(t, s, byId, locale) {
  const need = s.for_need ? byId.get(s.for_need) : null;
  return el(
    'li',
    { class: `signal ${s.polarity === 'against' ? 'against' : ''}`, 'data-kind': s.kind },
    el(
      'div',
      { class: 'signal-head' },
      el('strong', {}, label(t, `signal_${s.kind}`, s.kind)),
      s.strength ? el('span', { class: `tag ${s.strength}` }, t(`strength_${s.strength}`)) : null,
      s.polarity === 'against' ? el('span', { class: 'tag against' }, t('against')) : null,
      s.value != null ? el('span', { class: 'value' }, formatValue(s.value, locale)) : null,
      s.date && s.date !== s.value ? el('span', { class: 'date' }, s.date) : null,
    ),
    el('q', { class: 'quote' }, s.quote),
    need ? el('div', { class: 'for-need' }, t('forNeed'), ' ', el('q', {}, need.quote)) : null,
  );
}

function signalsSection(t, signals, locale) {
  const byId = new Map(signals.map((s) => [s.id, s]));
  const groups = ['need', 'budget', 'timeline'].map((c) => {
    const items = signals.filter((s) => s.criterion === c);
    return el(
      'div',
      { class: `criterion ${c}`, 'data-criterion': c },
      el('h4', {}, t(`criterion_${c}`), el('span', { class: 'count' }, String(items.length))),
      items.length ? el('ul', {}, items.map((s) => signalItem(t, s, byId, locale))) : none(t, 'noneForCriterion'),
    );
  });
  return section(t('section_signals'), groups);
}

function peopleSection(t, people) {
  if (!people.length) return section(t('section_people'), none(t));
  return section(
    t('section_people'),
    el(
      'ul',
      { class: 'people' },
      people.map((p) =>
        el('li', {}, el('strong', {}, p.name), p.title ? ` — ${p.title}` : '', ' ', el('span', { class: `tag role ${p.role}` }, label(t, `role_${p.role}`, p.role)), el('q', { class: 'quote' }, p.quote)),
      ),
    ),
  );
}

function techSection(t, technologies, mentions) {
  return [
    section(
      t('section_tech'),
      technologies.length
        ? el('ul', { class: 'chips' }, technologies.map((x) => el('li', { title: `${x.evidence.field}: ${x.evidence.value}` }, x.name, el('small', {}, ` ${x.category}`))))
        : none(t),
    ),
    mentions.length ? section(t('section_mentions'), el('ul', {}, mentions.map((m) => el('li', {}, el('strong', {}, m.name), ' ', el('q', { class: 'quote' }, m.quote))))) : null,
  ];
}

function pageSection(t, page, maxBytes) {
  const row = (key, value) => (value ? el('div', { class: 'fact' }, el('dt', {}, t(key)), el('dd', {}, value)) : null);
  return section(
    t('section_page'),
    page.truncated ? el('p', { class: 'warning', 'data-truncated': 'true' }, t('truncated', maxBytes ? formatBytes(maxBytes) : '?')) : null,
    el(
      'dl',
      { class: 'facts' },
      row('page_title', page.title),
      row('page_kind', label(t, `kind_${page.kind}`, page.kind)),
      row('page_language', page.language),
      row('page_published', page.published),
      row('page_url', el('span', { class: 'url' }, page.url)),
      row('page_captured', page.captured_at),
    ),
  );
}

/** The parts of a page analysis view, from the company header down. */
function analysisParts(t, a, opts) {
  const locale = opts.locale ?? navigator.language;
  const name = a.company.name;
  return [
    opts.header === false
      ? null
      : el(
          'header',
          { class: 'company-head' },
          el('h2', { class: 'company-name' }, name ? name.value : a.page.title || a.page.url),
          name ? el('div', { class: 'source' }, source(t, name)) : null,
        ),
    signalsSection(t, a.signals, locale),
    companySection(t, a.company, locale),
    peopleSection(t, a.people),
    techSection(t, a.technologies, a.mentions),
    pageSection(t, a.page, opts.maxHtmlBytes ?? 0),
  ]
    .flat()
    .filter(Boolean);
}

/**
 * Renders one page analysis (the JSON `dealscout analyze` prints) into
 * `root`, replacing what was there.
 *
 * @param {HTMLElement} root
 * @param {object} a the analysis
 * @param {(key: string, ...subs: string[]) => string} t
 * @param {{locale?: string, maxHtmlBytes?: number}} [opts]
 */
export function renderAnalysis(root, a, t, opts = {}) {
  root.replaceChildren(...analysisParts(t, a, opts));
}

// ---- A company's profile and its assessment (`{profile, assessment}`) ----

/** The value shown for a fact: the first the rep has not rejected. */
function shownFact(facts) {
  return (facts ?? []).find((f) => f.review !== 'rejected') ?? null;
}

/** A fact value's first source, and how many pages give it. */
function factSource(t, f) {
  const first = f.sources[0];
  if (!first) return null;
  return el('div', { class: 'source' }, source(t, first), f.sources.length > 1 ? el('small', {}, t('onPages', String(f.sources.length))) : null);
}

/** How many items a list shows before "N more". */
const SHOWN = 3;

/** A list of the first few items, the rest behind a "N more" toggle. */
function shortList(t, tag, attrs, items) {
  if (items.length <= SHOWN + 1) return el(tag, attrs, items);
  return [el(tag, attrs, items.slice(0, SHOWN)), el('details', { class: 'more' }, el('summary', {}, t('more', String(items.length - SHOWN))), el(tag, attrs, items.slice(SHOWN)))];
}

function verdictBanner(t, a) {
  const missing = a.missing.map((c) => t(`criterion_${c}`)).join(', ');
  const text = a.verdict === 'pseudo_intent' ? t('verdict_pseudo_intent', missing) : t(`verdict_${a.verdict}`);
  return el('div', { class: `verdict ${a.verdict}`, 'data-verdict': a.verdict }, el('strong', {}, text), el('span', { class: 'rank' }, t('ranking', String(a.ranking))));
}

function contributionItem(t, c, locale) {
  const points = c.points > 0 ? `+${c.points}` : String(c.points);
  return el(
    'li',
    { class: `signal ${c.polarity === 'against' ? 'against' : ''}`, 'data-basis': c.basis },
    el(
      'div',
      { class: 'signal-head' },
      el('strong', {}, c.kind ? label(t, `signal_${c.kind}`, c.kind) : label(t, `basis_${c.basis}`, c.basis)),
      el('span', { class: `points ${c.points < 0 ? 'neg' : ''}` }, points),
      c.value != null ? el('span', { class: 'value' }, formatValue(c.value, locale)) : null,
      c.date && c.date !== c.value ? el('span', { class: 'date' }, c.date) : null,
    ),
    el('q', { class: 'quote' }, c.quote),
    el('div', { class: 'reason' }, c.reason, c.sources.length > 1 ? ` · ${t('onPages', String(c.sources.length))}` : ''),
  );
}

function criterionCard(t, name, c, locale) {
  const pct = Math.max(0, Math.min(100, c.score));
  return el(
    'div',
    { class: `criterion ${name}`, 'data-criterion': name, 'data-status': c.status },
    el(
      'h4',
      {},
      t(`criterion_${name}`),
      el('span', { class: `tag status ${c.status}` }, label(t, `status_${c.status}`, c.status)),
      el('span', { class: 'score' }, t('scoreOf', String(c.score), String(c.threshold))),
    ),
    el('div', { class: 'bar', title: `${c.score}/${c.threshold}` }, el('span', { class: 'fill', style: { width: `${pct}%` } }), el('span', { class: 'mark', style: { left: `${c.threshold}%` } })),
    c.evidence.length ? shortList(t, 'ul', {}, c.evidence.map((e) => contributionItem(t, e, locale))) : none(t, 'noneForCriterion'),
  );
}

function profileCompany(t, company, locale) {
  const rows = [];
  for (const key of ['domain', 'description', 'industry', 'business_model', 'employees', 'hq', 'locations', 'founded', 'listed']) {
    const facts = (company[key] ?? []).filter((f) => f.review !== 'rejected');
    const first = facts[0];
    if (!first) continue;
    const many = key === 'business_model' || key === 'locations';
    const shown = many ? facts : [first];
    const others = many ? [] : facts.slice(1);
    rows.push(
      el(
        'div',
        { class: 'fact', 'data-fact': key },
        el('dt', {}, t(`fact_${key}`)),
        el(
          'dd',
          {},
          shown.map((f) => el('div', {}, el('span', { class: 'value' }, formatValue(f.value, locale)), factSource(t, f))),
          others.length ? el('div', { class: 'also' }, t('alsoSaid'), ' ', others.map((f) => formatValue(f.value, locale)).join(' · ')) : null,
        ),
      ),
    );
  }
  return section(t('section_company'), rows.length ? el('dl', { class: 'facts' }, rows) : none(t));
}

function coverageSection(t, cov) {
  return section(
    t('section_coverage'),
    el('p', { class: 'help' }, t('coveragePercent', String(cov.percent))),
    el(
      'dl',
      { class: 'facts' },
      cov.areas.map((a) =>
        el(
          'div',
          { class: 'fact', 'data-area': a.area },
          el('dt', {}, label(t, `area_${a.area}`, a.area), el('small', {}, ` ${a.known.length}/${a.known.length + a.missing.length}`)),
          el('dd', {}, a.missing.length ? [t('stillUnknown'), ' ', a.missing.map((m) => m.replace(/_/g, ' ')).join(', ')] : '✓'),
        ),
      ),
    ),
  );
}

function fitSection(t, fit) {
  return section(
    t('section_fit'),
    el('p', {}, el('span', { class: `tag fit ${fit.status}` }, label(t, `fit_${fit.status}`, fit.status)), ` ${fit.score}/100`),
    fit.reasons.length ? el('ul', { class: 'plain' }, fit.reasons.map((r) => el('li', {}, r.detail))) : null,
  );
}

function pagesSection(t, pages) {
  return section(
    t('section_pages'),
    el(
      'ul',
      { class: 'plain pages' },
      pages.map((p) => el('li', {}, el('strong', {}, p.title || p.url), ' ', el('span', { class: 'tag' }, label(t, `kind_${p.kind}`, p.kind)), el('div', { class: 'url' }, p.url))),
    ),
  );
}

/** The parts of a profile report: verdict, criteria, questions, facts. */
function reportParts(t, report, opts) {
  const locale = opts.locale ?? navigator.language;
  const { profile: p, assessment: a } = report;
  const name = shownFact(p.company.name);
  return [
    el(
      'header',
      { class: 'company-head' },
      el('h2', { class: 'company-name' }, name ? name.value : p.domain),
      el('div', { class: 'sub' }, p.domain, ' · ', t('pagesCount', String(p.pages.length))),
      name ? factSource(t, name) : null,
    ),
    section(
      t('section_assessment'),
      verdictBanner(t, a),
      ['need', 'budget', 'timeline'].map((c) => criterionCard(t, c, a[c], locale)),
    ),
    a.questions.length
      ? section(t('section_questions'), el('ol', { class: 'questions' }, a.questions.map((q) => el('li', { 'data-about': q.about, lang: q.language }, q.text))))
      : null,
    profileCompany(t, p.company, locale),
    peopleSection(t, p.people),
    techSection(t, p.technologies, p.mentions),
    coverageSection(t, a.coverage),
    fitSection(t, a.fit),
    pagesSection(t, p.pages),
  ]
    .flat()
    .filter(Boolean);
}

/**
 * Renders what the side panel shows for a capture: the company's profile
 * and assessment when the page belongs to one, then what this page itself
 * says (collapsed under the profile). `notice` is a message shown on top
 * (a page not added to its profile).
 *
 * @param {HTMLElement} root
 * @param {{analysis: object, report?: object|null, notice?: string|null}} result
 */
export function renderResult(root, { analysis, report, notice }, t, opts = {}) {
  const parts = [notice ? el('p', { class: 'warning', 'data-notice': 'true' }, notice) : null];
  if (report) {
    parts.push(...reportParts(t, report, opts));
    parts.push(el('details', { class: 'this-page' }, el('summary', {}, t('section_thisPageSignals')), ...analysisParts(t, analysis, { ...opts, header: false })));
  } else {
    parts.push(...analysisParts(t, analysis, opts));
  }
  root.replaceChildren(...parts.filter(Boolean));
}

/** Renders several reports one after another (the www viewer of an export). */
export function renderReports(root, reports, t, opts = {}) {
  root.replaceChildren(...reports.map((r) => el('article', { class: 'report' }, ...reportParts(t, r, opts))));
}

/** A collapsible view of the raw result, with a copy button. */
export function renderJson(root, value, t) {
  const text = JSON.stringify(value, null, 2);
  const button = el('button', { type: 'button', class: 'secondary' }, t('copyJson'));
  button.addEventListener('click', async () => {
    await navigator.clipboard.writeText(text);
    button.textContent = t('copied');
  });
  root.replaceChildren(el('details', { class: 'raw' }, el('summary', {}, t('rawJson')), button, el('pre', { class: 'json' }, text)));
}
