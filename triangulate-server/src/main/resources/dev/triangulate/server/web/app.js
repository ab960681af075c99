// Triangulate web UI: plain DOM, no framework, no build step, no external requests.
// Every piece of text that comes from an article or a briefing is put on the page as a text node
// (textContent / createTextNode): this file never assigns innerHTML or builds HTML from strings.
'use strict';

const view = document.getElementById('view');
const panel = document.getElementById('article');

/** An element with attributes and children; string children become text nodes. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k.startsWith('on')) throw new Error('no inline handlers');
    node.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

async function getJson(url) {
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error((body.error && body.error.message) || res.status + ' ' + res.statusText);
  return body;
}

function showError(e) {
  view.replaceChildren(el('p', { class: 'error' }, 'Error: ' + e.message));
}

function counts(s) {
  return el('p', { class: 'counts' },
    el('span', { class: 'n-corroborated' }, s.corroborated + ' corroborated'),
    el('span', { class: 'n-single-source' }, s.singleSource + ' single-source'),
    el('span', { class: 'n-conflicting' }, s.conflicting + ' conflicting'));
}

async function showList(query) {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  const data = await getJson('/api/stories?' + params);
  const items = data.stories.map(s => el('li', { class: 'story', 'data-id': s.id },
    el('a', { href: '#/story/' + encodeURIComponent(s.id) }, s.title || s.id),
    el('p', { class: 'meta' }, [s.articles + ' reports', s.lastDay || 'undated', s.outlets.join(', ')].join(' · ')),
    counts(s)));
  view.replaceChildren(
    el('h1', {}, query ? 'Stories matching “' + query + '”' : 'Newest stories'),
    items.length ? el('ul', { class: 'stories' }, items) : el('p', {}, 'No stories yet.'));
}

/** A button that opens the cited passage in its article. */
function cite(ev, label) {
  const b = el('button', { type: 'button', class: 'cite', title: ev.text,
    'data-article': ev.article, 'data-start': ev.start, 'data-end': ev.end }, label || ev.article);
  b.addEventListener('click', () => openArticle(ev.article, ev.start, ev.end));
  return b;
}

function cites(evidence) {
  return evidence.map(e => cite(e));
}

function finding(f) {
  const parts = [el('p', {}, f.statement, ' ', cites(f.evidence))];
  if (f.verdict === 'conflicting' && f.sides.length) {
    parts.push(el('div', { class: 'sides' }, f.sides.map(side =>
      el('div', { class: 'side' }, el('strong', {}, side.value), el('p', {}, cites(side.evidence))))));
  }
  return el('div', { class: 'finding ' + f.verdict, 'data-verdict': f.verdict }, parts);
}

function section(title, nodes) {
  return nodes.length ? [el('h2', {}, title), ...nodes] : [];
}

async function showStory(id) {
  const doc = await getJson('/api/stories/' + encodeURIComponent(id));
  const s = doc.stories[0];
  const by = v => s.findings.filter(f => f.verdict === v).map(finding);
  view.replaceChildren(
    el('p', {}, el('a', { href: '#/' }, '← All stories')),
    el('h1', {}, s.title || s.id),
    el('p', { class: 'meta' }, s.articles.map(a => (a.outlet || a.id) + (a.published ? ' (' + a.published + ')' : '')).join(' · ')),
    ...section('Summary', s.summary.map(c => el('p', { class: 'summary' }, c.text, ' ', cites(c.evidence)))),
    ...section('Where the outlets conflict', by('conflicting')),
    ...section('Corroborated', by('corroborated')),
    ...section('Reported by one outlet only', by('single-source')),
    ...section('Timeline', s.timeline.map(t => el('p', {}, el('strong', {}, t.when), ' ', t.what, ' ', cites(t.evidence)))),
    ...section('Quotes', s.quotes.map(q => el('p', { class: 'quote' }, '“' + q.text + '”',
      q.speaker ? ' — ' + q.speaker : '', ' ', cites(q.evidence)))));
}

/** Shows an article with the clicked passage marked; the text is split into text nodes, never parsed. */
async function openArticle(id, start, end) {
  const a = await getJson('/api/articles/' + encodeURIComponent(id));
  const text = a.text;
  const body = document.getElementById('article-text');
  const mark = el('mark', { class: 'passage' }, text.slice(start, end));
  body.replaceChildren(document.createTextNode(text.slice(0, start)), mark, document.createTextNode(text.slice(end)));
  document.getElementById('article-title').textContent = a.title || a.id;
  document.getElementById('article-meta').textContent = [a.outlet, a.published].filter(Boolean).join(' · ');
  panel.hidden = false;
  mark.scrollIntoView({ block: 'center' });
}

async function route() {
  const hash = location.hash || '#/';
  try {
    if (hash.startsWith('#/story/')) {
      await showStory(decodeURIComponent(hash.slice('#/story/'.length)));
    } else if (hash.startsWith('#/search/')) {
      await showList(decodeURIComponent(hash.slice('#/search/'.length)));
    } else {
      await showList('');
    }
  } catch (e) {
    showError(e);
  }
}

document.getElementById('search').addEventListener('submit', ev => {
  ev.preventDefault();
  const q = document.getElementById('q').value.trim();
  location.hash = q ? '#/search/' + encodeURIComponent(q) : '#/';
});
/** The ingest report of an upload, as text: what was added, skipped (and why) and which stories changed. */
function showIngestReport(ok, body) {
  const box = document.getElementById('upload-report');
  const report = body.report || body;
  const parts = [];
  if (!ok) parts.push(el('p', { class: 'error' }, 'Not stored: ' + ((body.error && body.error.message) || 'upload failed')));
  if (report.added && report.added.length) {
    parts.push(el('p', { class: 'added' }, 'Added ' + report.added.length + ' report(s): ', report.added.join(', ')));
  }
  if (report.skipped && report.skipped.length) {
    parts.push(el('p', {}, 'Skipped:'), el('ul', { class: 'skipped' },
      report.skipped.map(s => el('li', {}, (s.source.split('/').pop() || s.source) + ' — ' + s.reason))));
  }
  if (report.reconciled && report.reconciled.length) {
    parts.push(el('p', { class: 'reconciled' }, report.reconciled.length + ' story(ies) updated, '
      + (report.unchanged || 0) + ' unchanged.'));
  }
  box.replaceChildren(...parts);
  box.hidden = false;
}

document.getElementById('upload').addEventListener('submit', async ev => {
  ev.preventDefault();
  const files = document.getElementById('upload-file').files;
  if (!files.length) return;
  const form = new FormData();
  for (const f of files) form.append('file', f, f.name);
  const headers = { Accept: 'application/json' };
  const token = document.getElementById('upload-token').value.trim();
  if (token) headers.Authorization = 'Bearer ' + token;
  try {
    const res = await fetch('/api/articles', { method: 'POST', body: form, headers });
    const body = await res.json().catch(() => ({ error: { message: res.status + ' ' + res.statusText } }));
    showIngestReport(res.ok, body);
    document.getElementById('upload-file').value = '';
    if (res.ok) route();
  } catch (e) {
    showIngestReport(false, { error: { message: e.message } });
  }
});

/** A token field only where writes need one. */
getJson('/api/status').then(s => { document.getElementById('upload-token').hidden = !s.writeTokenRequired; }).catch(() => {});

document.getElementById('close-article').addEventListener('click', () => { panel.hidden = true; });
window.addEventListener('hashchange', route);
route();
