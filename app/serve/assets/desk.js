// The presscheck desk. Every piece of text from a draft or the fact base reaches the page
// through textContent or a text node, never through HTML parsing, and links are made only
// for http and https addresses.
'use strict';

const WORDS = {
  en: {
    tabCheck: 'Check a draft', tabAsk: 'Ask the fact base', filename: 'File name',
    date: 'Date', dateIs: (d) => `Date: ${d}`, language: 'Language', auto: 'as written', check: 'Check',
    pastePlaceholder: 'Paste a draft here (Markdown, text, HTML or ninjs), or drop a file.',
    show: 'Show', error: 'error', warning: 'warning', info: 'info', allRules: 'all rules',
    lookupTitle: 'Look a name up', lookupPlaceholder: 'A name, an office, words of a quote…',
    asOf: 'As of', verifyTitle: 'Verify a sentence',
    verifyPlaceholder: 'A sentence with a figure, a title or a quote…', verify: 'Verify',
    headline: 'Headline', standfirst: 'Standfirst', body: 'Body',
    checking: 'Checking…', noFinding: 'No finding.', findingCount: (n) => `${n} finding${n > 1 ? 's' : ''}.`,
    dateFromDraft: 'date of the draft', dateToday: 'no date in the draft: checked at today\'s',
    lineColumn: (l, c) => `line ${l}, column ${c}`, evidence: 'Evidence', fact: 'Fact',
    suggestion: 'Suggestion', source: 'Source', validFrom: 'from', validTo: 'to', on: 'on',
    noText: 'No text could be read from this draft; see the findings.',
    failed: 'The server refused the request:', unreachable: 'The server cannot be reached.',
    searching: 'Searching…', nothingFound: 'Nothing found.', respelled: (w) => `Shown for « ${w} ».`,
    aliases: 'Also known as', holders: 'Held by', quotes: 'Quotes', former: 'former',
    notYet: 'not yet', superseded: 'superseded', deprecated: 'deprecated',
    noClaim: 'No claim to weigh in this sentence.',
    supported: 'supported', contradicted: 'contradicted', outdated: 'outdated', unknown: 'unknown',
  },
  fr: {
    tabCheck: 'Vérifier un article', tabAsk: 'Interroger la base', filename: 'Nom du fichier',
    date: 'Date', dateIs: (d) => `Date : ${d}`, language: 'Langue', auto: 'celle du texte', check: 'Vérifier',
    pastePlaceholder: 'Collez un article (Markdown, texte, HTML ou ninjs) ou déposez un fichier.',
    show: 'Afficher', error: 'erreur', warning: 'avertissement', info: 'info', allRules: 'toutes les règles',
    lookupTitle: 'Chercher un nom', lookupPlaceholder: 'Un nom, une fonction, des mots d\'une citation…',
    asOf: 'À la date du', verifyTitle: 'Vérifier une phrase',
    verifyPlaceholder: 'Une phrase avec un chiffre, un titre ou une citation…', verify: 'Vérifier',
    headline: 'Titre', standfirst: 'Chapô', body: 'Corps',
    checking: 'Vérification…', noFinding: 'Aucun signalement.', findingCount: (n) => `${n} signalement${n > 1 ? 's' : ''}.`,
    dateFromDraft: 'date de l\'article', dateToday: 'article sans date : vérifié à la date du jour',
    lineColumn: (l, c) => `ligne ${l}, colonne ${c}`, evidence: 'Preuve', fact: 'Fait',
    suggestion: 'Suggestion', source: 'Source', validFrom: 'du', validTo: 'au', on: 'le',
    noText: 'Aucun texte n\'a pu être lu dans cet article ; voyez les signalements.',
    failed: 'Le serveur a refusé la demande :', unreachable: 'Le serveur ne répond pas.',
    searching: 'Recherche…', nothingFound: 'Rien trouvé.', respelled: (w) => `Résultats pour « ${w} ».`,
    aliases: 'Aussi appelé', holders: 'Titulaires', quotes: 'Citations', former: 'ancien',
    notYet: 'pas encore', superseded: 'remplacé', deprecated: 'obsolète',
    noClaim: 'Aucune affirmation à vérifier dans cette phrase.',
    supported: 'confirmé', contradicted: 'contredit', outdated: 'périmé', unknown: 'inconnu',
  },
};

let uiLang = (navigator.language || 'en').toLowerCase().startsWith('fr') ? 'fr' : 'en';

function t(key, ...args) {
  const word = WORDS[uiLang][key] ?? WORDS.en[key] ?? key;
  return typeof word === 'function' ? word(...args) : word;
}

const $ = (id) => document.getElementById(id);

// Builds an element; string children become text nodes, so they are never parsed as HTML.
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'className') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === '') continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

// A link only for http and https addresses; anything else (javascript:, data:) is text.
function safeLink(url, label) {
  let parsed = null;
  try { parsed = new URL(url); } catch { parsed = null; }
  if (parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) {
    return el('a', { href: parsed.href, target: '_blank', rel: 'noopener noreferrer' }, label || parsed.href);
  }
  return el('span', { className: 'unsafe-link' }, label && url ? `${label} (${url})` : label || url || '');
}

function debounce(fn, ms) {
  let timer = 0;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}

function setStatus(node, text, failed = false) {
  node.textContent = text;
  node.classList.toggle('failed', failed);
}

// Fetches JSON; a refusal throws with the server's message.
async function api(url, options = {}) {
  let response;
  try { response = await fetch(url, options); } catch { throw new Error(t('unreachable')); }
  const data = await response.json().catch(() => null);
  if (!response.ok) throw new Error(`${t('failed')} ${data?.error?.message ?? response.status}`);
  return data;
}

// ---- Checking a draft -------------------------------------------------------------------

const draft = { text: '', bytes: null, result: null, selected: -1, setLang: false, setDate: false };

// Lines and code-point columns (both 1-based, as lint gives them) to indexes in a JS string.
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function indexAt(text, starts, line, column) {
  let i = starts[Math.min(Math.max(line, 1), starts.length) - 1];
  for (let c = 1; c < column && i < text.length && text[i] !== '\n'; c++) {
    i += text.codePointAt(i) > 0xffff ? 2 : 1;
  }
  return i;
}

function requestBody() {
  const fields = { filename: $('draft-name').value || 'draft.md' };
  if (draft.setLang && $('draft-lang').value) fields.lang = $('draft-lang').value;
  if (draft.setDate && $('draft-date').value) fields.date = $('draft-date').value;
  return fields;
}

async function checkDraft() {
  const fields = requestBody();
  const status = $('check-status');
  setStatus(status, t('checking'));
  const sent = draft.bytes ? null : $('draft-text').value;
  try {
    const options = { method: 'POST' };
    let url = '/api/draft';
    if (draft.bytes) {
      // A dropped file that is not UTF-8 goes as its bytes, so lint says what is wrong.
      url += `?${new URLSearchParams(fields)}`;
      options.headers = { 'Content-Type': 'application/octet-stream' };
      options.body = draft.bytes;
    } else {
      options.headers = { 'Content-Type': 'application/json' };
      options.body = JSON.stringify({ text: sent, ...fields });
    }
    const result = await api(url, options);
    draft.text = draft.bytes ? new TextDecoder().decode(draft.bytes) : sent;
    draft.result = result;
    draft.selected = -1;
    showResult();
  } catch (error) {
    setStatus(status, error.message, true);
  }
}

function showResult() {
  const { lint, view } = draft.result;
  $('draft-lang').value = view.lang;
  // A date known to the month or the year is shown at its first day.
  $('draft-date').value = view.date.length === 4 ? `${view.date}-01-01`
    : view.date.length === 7 ? `${view.date}-01` : view.date;
  const count = lint.diagnostics.length;
  const when = view.dated ? t('dateFromDraft') : t('dateToday');
  setStatus($('check-status'), `${count ? t('findingCount', count) : t('noFinding')} ${t('dateIs', view.date)} (${when})`);
  fillRuleFilter(lint.diagnostics);
  renderDraft();
}

function fillRuleFilter(diagnostics) {
  const select = $('rule-filter');
  const chosen = select.value;
  const rules = [...new Set(diagnostics.map((d) => d.rule))].sort();
  select.replaceChildren(el('option', { value: '' }, t('allRules')),
    ...rules.map((rule) => el('option', { value: rule }, rule)));
  select.value = rules.includes(chosen) ? chosen : '';
}

function shownFindings() {
  const severities = new Set([...document.querySelectorAll('.severity-filter:checked')].map((c) => c.value));
  const rule = $('rule-filter').value;
  return draft.result.lint.diagnostics
    .map((d, index) => ({ d, index }))
    .filter(({ d }) => severities.has(d.severity) && (!rule || d.rule === rule));
}

function renderDraft() {
  if (!draft.result) return;
  const text = draft.text;
  const starts = lineStarts(text);
  const findings = shownFindings().map((f) => {
    const begin = indexAt(text, starts, f.d.line, f.d.column);
    const end = indexAt(text, starts, f.d.end_line, f.d.end_column);
    return { ...f, begin, end: Math.max(end, begin + 1) };
  });
  const viewNode = $('draft-view');
  viewNode.replaceChildren();
  let lastPart = null;
  for (const part of draft.result.view.parts) {
    const begin = indexAt(text, starts, part.line, part.column);
    const end = indexAt(text, starts, part.end_line, part.end_column);
    if (part.part !== lastPart) viewNode.append(el('div', { className: 'part-label' }, t(part.part)));
    lastPart = part.part;
    viewNode.append(el('p', { className: part.part }, highlighted(text, begin, end, findings)));
  }
  if (!draft.result.view.parts.length) viewNode.append(el('p', { className: 'note' }, t('noText')));
  renderList(findings);
  if (draft.selected >= 0) selectFinding(draft.selected, false);
  else $('finding-detail').hidden = true;
}

const RANK = { error: 3, warning: 2, info: 1 };

// The block's text cut where findings begin and end; each piece a finding covers is a mark
// for the most severe of them.
function highlighted(text, begin, end, findings) {
  const inside = findings.filter((f) => f.begin < end && f.end > begin).slice(0, 500);
  const cuts = new Set([begin, end]);
  for (const f of inside) {
    cuts.add(Math.max(f.begin, begin));
    cuts.add(Math.min(f.end, end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const words = text.slice(a, b);
    const covering = inside.filter((f) => f.begin <= a && f.end >= b);
    if (!covering.length) { pieces.push(words); continue; }
    covering.sort((x, y) => RANK[y.d.severity] - RANK[x.d.severity]);
    const top = covering[0];
    const mark = el('mark', {
      className: `finding ${top.d.severity}`, title: top.d.message,
      dataset: { index: String(top.index), rule: top.d.rule },
    }, words);
    mark.addEventListener('click', () => selectFinding(top.index, false));
    pieces.push(mark);
  }
  return pieces;
}

function severityLabel(severity) {
  return el('span', { className: `severity ${severity}` }, t(severity));
}

function renderList(findings) {
  const list = $('findings-list');
  list.replaceChildren(...findings.map(({ d, index }) => {
    const item = el('li', { dataset: { index: String(index), rule: d.rule } },
      severityLabel(d.severity), ' ', el('span', { className: 'where' }, `${d.line}:${d.column}`), ' ',
      d.message, ' ', el('span', { className: 'rule' }, `[${d.rule}]`));
    item.addEventListener('click', () => selectFinding(index, true));
    return item;
  }));
}

function validity(from, to, point) {
  if (point) return `${t('on')} ${point}`;
  return [from ? `${t('validFrom')} ${from}` : '', to ? `${t('validTo')} ${to}` : ''].filter(Boolean).join(' ');
}

function selectFinding(index, scroll) {
  draft.selected = index;
  const d = draft.result.lint.diagnostics[index];
  for (const node of document.querySelectorAll('mark.finding, #findings-list li')) {
    node.classList.toggle('selected', node.dataset.index === String(index));
  }
  const mark = document.querySelector(`mark.finding[data-index="${index}"]`);
  if (scroll && mark) mark.scrollIntoView({ block: 'center' });
  const panel = $('finding-detail');
  panel.className = `detail ${d.severity}`;
  const parts = [
    el('div', {}, severityLabel(d.severity), ' ', el('span', { className: 'rule' }, d.rule), ' · ',
      el('span', { className: 'where' }, t('lineColumn', d.line, d.column))),
    el('p', { className: 'message' }, d.message),
  ];
  if (d.evidence.length) {
    parts.push(el('h3', {}, t('evidence')));
    for (const e of d.evidence) {
      parts.push(el('div', { className: 'evidence' },
        el('blockquote', { className: 'evidence-text' }, e.text),
        el('span', { className: 'where' }, t('lineColumn', e.line, e.column)), ' ', e.message));
    }
  }
  if (d.fact) {
    const f = d.fact;
    parts.push(el('h3', {}, t('fact')), el('div', { className: 'fact' },
      el('span', { className: 'fact-value' }, f.value), ' ',
      el('span', { className: 'note' }, validity(f.valid_from, f.valid_to, f.point_in_time)), ' · ',
      t('source'), ' : ', safeLink(f.source.url, f.source.title)));
  }
  if (d.suggestion) parts.push(el('h3', {}, t('suggestion')), el('p', { className: 'suggestion' }, d.suggestion));
  panel.replaceChildren(...parts);
  panel.hidden = false;
}

function readDroppedFile(file) {
  const reader = new FileReader();
  reader.onload = () => {
    const bytes = new Uint8Array(reader.result);
    $('draft-name').value = file.name;
    try {
      $('draft-text').value = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      draft.bytes = null;
    } catch {
      $('draft-text').value = new TextDecoder().decode(bytes);
      draft.bytes = bytes;
    }
    draft.setLang = draft.setDate = false;
    checkDraft();
  };
  reader.readAsArrayBuffer(file);
}

function setUpCheckPage() {
  const area = $('draft-text');
  const recheck = debounce(checkDraft, 500);
  area.addEventListener('input', () => {
    draft.bytes = null;
    recheck();
  });
  area.addEventListener('dragover', (event) => { event.preventDefault(); area.classList.add('dragging'); });
  area.addEventListener('dragleave', () => area.classList.remove('dragging'));
  area.addEventListener('drop', (event) => {
    event.preventDefault();
    area.classList.remove('dragging');
    if (event.dataTransfer.files.length) readDroppedFile(event.dataTransfer.files[0]);
  });
  $('check-button').addEventListener('click', checkDraft);
  $('draft-lang').addEventListener('change', () => { draft.setLang = true; checkDraft(); });
  $('draft-date').addEventListener('change', () => { draft.setDate = true; checkDraft(); });
  for (const box of document.querySelectorAll('.severity-filter')) box.addEventListener('change', renderDraft);
  $('rule-filter').addEventListener('change', renderDraft);
}

// ---- Asking the base --------------------------------------------------------------------

let lookupSeq = 0;

function pickName(words) {
  const list = words?.[uiLang]?.length ? words[uiLang] : Object.values(words ?? {}).find((l) => l.length) ?? [];
  return list[0] ?? '';
}

function statusWord(status) {
  return { former: t('former'), not_yet: t('notYet'), superseded: t('superseded'), deprecated: t('deprecated') }[status] ?? '';
}

function sourcesOf(sources) {
  return sources.flatMap((s) => [' · ', safeLink(s.url, s.title)]);
}

function statementItem(s) {
  const word = statusWord(s.status);
  return el('li', { className: s.status === 'current' ? 'current' : 'former' },
    el('span', { className: 'property' }, s.property.replaceAll('_', ' ')), ' : ', el('span', { className: 'value' }, s.shown),
    s.validity ? el('span', { className: 'note' }, ` (${s.validity})`) : '',
    word ? el('span', { className: 'note' }, ` [${word}]`) : '', sourcesOf(s.sources));
}

function cardNode(card) {
  if (card.type === 'property') {
    return el('div', { className: 'card' }, el('h3', { className: 'card-name' }, pickName(card.labels) || card.id),
      el('span', { className: 'note' }, `${card.id} · ${card.value_type}`));
  }
  const parts = [el('h3', { className: 'card-name' }, pickName(card.names) || card.id),
    el('span', { className: 'note' }, `${card.kind} · ${card.id}`)];
  const aliases = Object.values(card.aliases).flat();
  if (aliases.length) parts.push(el('div', { className: 'note' }, `${t('aliases')} : ${aliases.join(', ')}`));
  if (card.statements.length) parts.push(el('ul', { className: 'statements' }, card.statements.map(statementItem)));
  if (card.holders.length) parts.push(el('h4', {}, t('holders')), el('ul', {}, card.holders.map(statementItem)));
  if (card.quotes.length) {
    parts.push(el('h4', {}, t('quotes')), el('ul', {}, card.quotes.map((q) => el('li', {},
      el('q', { className: 'quote' }, q.text), ' ', el('span', { className: 'note' }, q.said_on ?? ''),
      sourcesOf(q.sources)))));
  }
  return el('div', { className: 'card' }, parts);
}

async function lookUp() {
  const query = $('lookup-query').value.trim();
  const seq = ++lookupSeq;
  const status = $('lookup-status');
  if (!query) { $('lookup-results').replaceChildren(); setStatus(status, ''); return; }
  setStatus(status, t('searching'));
  const params = new URLSearchParams({ q: query, lang: uiLang });
  if ($('lookup-date').value) params.set('as_of', $('lookup-date').value);
  try {
    const result = await api(`/api/lookup?${params}`);
    if (seq !== lookupSeq) return;  // an older answer arriving after a newer one
    setStatus(status, result.results.length ? (result.respelled ? t('respelled', result.respelled) : '') : t('nothingFound'));
    $('lookup-results').replaceChildren(...result.results.map(cardNode));
  } catch (error) {
    if (seq === lookupSeq) setStatus(status, error.message, true);
  }
}

function verdictNode(v) {
  const parts = [el('span', { className: `kind ${v.verdict}` }, t(v.verdict)), ' ',
    el('q', { className: 'claim' }, v.claim), el('p', { className: 'message' }, v.message)];
  if (v.fact) {
    parts.push(el('div', { className: 'fact' }, el('span', { className: 'fact-value' }, v.fact.value), ' ',
      el('span', { className: 'note' }, validity(v.fact.valid_from, v.fact.valid_to, v.fact.point_in_time)),
      ' · ', t('source'), ' : ', safeLink(v.fact.source_url, v.fact.source_title)));
  }
  return el('div', { className: 'verdict' }, parts);
}

async function verifySentence() {
  const status = $('verify-status');
  const body = { sentence: $('verify-sentence').value };
  if ($('verify-date').value) body.date = $('verify-date').value;
  setStatus(status, t('checking'));
  try {
    const result = await api('/api/verify', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    });
    setStatus(status, result.verdicts.length ? '' : t('noClaim'));
    $('verify-result').replaceChildren(...result.verdicts.map(verdictNode));
  } catch (error) {
    setStatus(status, error.message, true);
  }
}

function setUpAskPage() {
  $('lookup-query').addEventListener('input', debounce(lookUp, 200));
  $('lookup-date').addEventListener('change', lookUp);
  $('verify-button').addEventListener('click', verifySentence);
}

// ---- Pages and language -----------------------------------------------------------------

function showPage() {
  const ask = location.hash === '#ask';
  $('check-page').hidden = ask;
  $('ask-page').hidden = !ask;
  $('tab-check').classList.toggle('active', !ask);
  $('tab-ask').classList.toggle('active', ask);
}

function applyLang() {
  document.documentElement.lang = uiLang;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder);
  $('ui-lang').textContent = uiLang === 'fr' ? 'EN' : 'FR';
  if (draft.result) showResult();
  if (draft.selected >= 0 && draft.result) selectFinding(draft.selected, false);
  if ($('lookup-query').value.trim()) lookUp();
}

document.addEventListener('DOMContentLoaded', () => {
  const today = new Date().toISOString().slice(0, 10);
  $('lookup-date').value = today;
  $('verify-date').value = today;
  setUpCheckPage();
  setUpAskPage();
  $('ui-lang').addEventListener('click', () => { uiLang = uiLang === 'fr' ? 'en' : 'fr'; applyLang(); });
  window.addEventListener('hashchange', showPage);
  showPage();
  applyLang();
});
