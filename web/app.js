// The article page: sends an article to POST /v1/summarize, shows it like
// the news site does, shows/hides the summary bullets, plays the spoken
// summary while highlighting the word being spoken (speech marks), and
// highlights a bullet's source sentences when the bullet is hovered,
// focused or tapped. All offsets from the server are UTF-8 byte offsets.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  const state = {
    id: null,
    article: null,       // the stored article record
    bullets: [],         // [{text, sources: [{begin, end}, ...]}]
    marks: null,         // [{bullet, begin, end, start_ms, end_ms}] or null
    markSpans: [],       // span per mark, same order as marks
    speaking: -1,        // index of the highlighted mark
    format: null,        // audio format the browser plays
  };

  function setStatus(text, isError) {
    const status = $('status');
    status.textContent = text;
    status.classList.toggle('error', Boolean(isError));
  }

  // The server's errors are {"error": {"code", "message"}}.
  async function errorText(response) {
    try {
      const body = await response.json();
      if (body && body.error) return body.error.message;
    } catch (e) { /* not JSON */ }
    return 'HTTP ' + response.status;
  }

  // UTF-8 byte offset -> UTF-16 index into `text`, for every code point
  // boundary (the only offsets the server sends).
  function byteToIndexMap(text) {
    const map = new Map();
    let bytes = 0;
    let index = 0;
    map.set(0, 0);
    for (const ch of text) {
      bytes += encoder.encode(ch).length;
      index += ch.length;
      map.set(bytes, index);
    }
    return map;
  }

  // The API key, only when the server asks for one (a 401; see
  // docs/security.md): asked once per tab, kept in sessionStorage and sent
  // as a Bearer token. A server without a key never answers 401, so the
  // page never asks.
  const keyStorage = 'khulasa-api-key';

  function storedKey() {
    try { return sessionStorage.getItem(keyStorage); } catch (e) { return null; }
  }

  function withKey(init) {
    const headers = Object.assign({}, (init && init.headers) || {});
    const key = storedKey();
    if (key) headers['Authorization'] = 'Bearer ' + key;
    return Object.assign({}, init || {}, {headers});
  }

  // fetch() that, on a 401, asks for the key once and tries again.
  async function fetchWithKey(url, init) {
    let response = await fetch(url, withKey(init));
    if (response.status !== 401) return response;
    try { sessionStorage.removeItem(keyStorage); } catch (e) { /* none */ }
    const key = window.prompt('يطلب هذا الخادم مفتاح الواجهة البرمجية (API key):');
    if (!key || !key.trim()) return response;
    try { sessionStorage.setItem(keyStorage, key.trim()); } catch (e) { /* none */ }
    response = await fetch(url, withKey(init));
    if (response.status === 401) {
      try { sessionStorage.removeItem(keyStorage); } catch (e) { /* none */ }
    }
    return response;
  }

  function isHtml(text, name) {
    if (name && /\.html?$/i.test(name)) return true;
    return /^\s*</.test(text);
  }

  // The request for an article: pasted text (or a file's), or a URL the
  // server fetches ({"fetch": URL}; a server started without --allow-fetch
  // answers 403 and says so).
  function textRequest(text, name) {
    return {
      method: 'POST',
      headers: {
        'Content-Type': isHtml(text, name) ? 'text/html; charset=utf-8'
                                           : 'text/plain; charset=utf-8',
      },
      body: text,
    };
  }

  function urlRequest(url) {
    return {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({fetch: url}),
    };
  }

  async function summarize(request) {
    const button = $('summarize');
    button.disabled = true;
    setStatus('جارٍ التلخيص…');
    try {
      const response = await fetchWithKey('/v1/summarize', request);
      if (!response.ok) {
        const message = await errorText(response);
        const prefix = response.status === 503 ? 'الملخص غير متاح الآن: '
                                               : 'تعذّر التلخيص: ';
        setStatus(prefix + message, true);
        return;
      }
      const answer = await response.json();
      await showArticle(answer.id);
      setStatus(answer.cached ? 'تم (من الذاكرة المخزنة).' : 'تم التلخيص.');
    } catch (e) {
      setStatus('تعذّر الاتصال بالخادم: ' + e.message, true);
    } finally {
      button.disabled = false;
    }
  }

  async function showArticle(id) {
    const response = await fetch('/v1/articles/' + encodeURIComponent(id));
    if (!response.ok) throw new Error(await errorText(response));
    const record = await response.json();
    state.id = id;
    state.article = record.article;
    state.bullets = record.summary ? record.summary.bullets : [];
    state.marks = null;
    state.markSpans = [];
    state.speaking = -1;
    stopAudio();
    renderHeader(record.article);
    renderBullets();
    renderBody(record.article);
    setSummaryVisible(false);
    $('article-view').hidden = false;
    $('article-title').focus({preventScroll: true});
    $('article-view').scrollIntoView({behavior: 'smooth', block: 'start'});
  }

  function renderHeader(article) {
    const date = $('article-date');
    date.textContent = '';
    if (article.date) {
      date.dateTime = article.date;
      let shown = article.date;
      try {
        shown = new Intl.DateTimeFormat('ar', {dateStyle: 'long'})
                    .format(new Date(article.date + 'T00:00:00'));
      } catch (e) { /* keep ISO */ }
      date.textContent = shown;
    }
    $('article-section').textContent = article.section || '';
    $('meta-dot').hidden = !(article.date && article.section);
    $('article-title').textContent = article.title || 'بلا عنوان';
    $('article-title').tabIndex = -1;
  }

  // Bullets, with one span per spoken word once the marks are known.
  function renderBullets() {
    const list = $('bullets');
    list.textContent = '';
    state.markSpans = [];
    state.bullets.forEach((bullet, i) => {
      const item = document.createElement('li');
      item.tabIndex = 0;
      item.dataset.bullet = String(i);
      const marks = (state.marks || [])
          .map((mark, index) => ({mark, index}))
          .filter(({mark}) => mark.bullet === i);
      if (marks.length === 0) {
        item.textContent = bullet.text;
      } else {
        const map = byteToIndexMap(bullet.text);
        let at = 0;
        for (const {mark, index} of marks) {
          const begin = map.get(mark.begin);
          const end = map.get(mark.end);
          if (begin === undefined || end === undefined || begin < at) continue;
          item.append(bullet.text.slice(at, begin));
          const span = document.createElement('span');
          span.className = 'word';
          span.textContent = bullet.text.slice(begin, end);
          state.markSpans[index] = span;
          item.append(span);
          at = end;
        }
        item.append(bullet.text.slice(at));
      }
      item.addEventListener('mouseenter', () => highlightSources(i, false));
      item.addEventListener('mouseleave', () => highlightSources(-1, false));
      item.addEventListener('focus', () => highlightSources(i, false));
      item.addEventListener('blur', () => highlightSources(-1, false));
      item.addEventListener('click', () => highlightSources(i, true));
      item.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          highlightSources(i, true);
        }
      });
      list.append(item);
    });
    if (state.bullets.length === 0) {
      const item = document.createElement('li');
      item.textContent = 'لا يوجد ملخص محفوظ لهذا المقال.';
      list.append(item);
    }
  }

  // Marks the sentences that bullet `index` came from (-1: none); `scroll`
  // brings the first into view (a tap or Enter).
  function highlightSources(index, scroll) {
    const sources = index >= 0 ? state.bullets[index].sources : [];
    let first = null;
    for (const item of $('bullets').children) {
      item.classList.toggle('active', item.dataset.bullet === String(index));
    }
    for (const span of document.querySelectorAll('.sentence')) {
      const begin = Number(span.dataset.begin);
      const end = Number(span.dataset.end);
      const hit = sources.some((s) => begin < s.end && s.begin < end);
      span.classList.toggle('source', hit);
      if (hit && !first) first = span;
    }
    if (scroll && first) first.scrollIntoView({behavior: 'smooth', block: 'center'});
  }

  function renderBody(article) {
    const body = $('article-body');
    body.textContent = '';
    const input = encoder.encode(article.input || '');
    const slice = (begin, end) => decoder.decode(input.subarray(begin, end));
    for (const block of article.blocks) {
      if (block.kind === 'subheading') {
        const heading = document.createElement('h2');
        heading.textContent = block.text;
        body.append(heading);
        continue;
      }
      if (block.kind === 'embed') {
        const aside = document.createElement('p');
        aside.className = 'embed';
        aside.textContent = block.text;
        body.append(aside);
        continue;
      }
      const paragraph = document.createElement('p');
      const [blockBegin, blockEnd] = block.range;
      let at = blockBegin;
      for (const [begin, end] of block.sentences || []) {
        if (begin < at || end > blockEnd) continue;
        if (begin > at) paragraph.append(slice(at, begin));
        const span = document.createElement('span');
        span.className = 'sentence';
        span.dataset.begin = String(begin);
        span.dataset.end = String(end);
        span.textContent = slice(begin, end);
        paragraph.append(span);
        at = end;
      }
      if (at < blockEnd) paragraph.append(slice(at, blockEnd));
      if (at === blockBegin && !(block.sentences || []).length) {
        paragraph.textContent = block.text;
      }
      body.append(paragraph);
    }
  }

  function setSummaryVisible(visible) {
    $('summary').hidden = !visible;
    const button = $('toggle-summary');
    // The label stays as on the news site; aria-expanded and the filled
    // style say whether the bullets are shown.
    button.setAttribute('aria-expanded', String(visible));
  }

  // --- Spoken summary ------------------------------------------------------

  function audioFormat() {
    const probe = $('player');
    if (probe.canPlayType('audio/ogg; codecs="opus"')) return 'ogg';
    if (probe.canPlayType('audio/mpeg')) return 'mp3';
    return 'wav';
  }

  function stopAudio() {
    const player = $('player');
    player.pause();
    setSpeaking(-1);
    const listen = $('listen');
    listen.setAttribute('aria-pressed', 'false');
  }

  function setSpeaking(index) {
    if (index === state.speaking) return;
    const old = state.markSpans[state.speaking];
    if (old) old.classList.remove('speaking');
    state.speaking = index;
    const span = state.markSpans[index];
    if (span) span.classList.add('speaking');
  }

  // The mark being spoken at `ms`, by binary search on start times.
  function markAt(ms) {
    const marks = state.marks || [];
    let low = 0;
    let high = marks.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (marks[mid].start_ms <= ms) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    if (found >= 0 && ms > marks[found].end_ms + 250) return -1;
    return found;
  }

  function follow() {
    const player = $('player');
    if (player.paused || player.ended) return;
    setSpeaking(markAt(player.currentTime * 1000));
    requestAnimationFrame(follow);
  }

  async function listen() {
    const player = $('player');
    const button = $('listen');
    if (!player.paused) {
      stopAudio();
      return;
    }
    if (!state.id) return;
    const format = state.format || (state.format = audioFormat());
    const base = '/v1/articles/' + encodeURIComponent(state.id);
    button.disabled = true;
    try {
      if (!state.marks) {
        setStatus('جارٍ تحضير الملخص المسموع…');
        // Asking for the marks makes the spoken summary (with the key when
        // the server wants one); the <audio> element then plays the stored
        // audio, which needs no key.
        const response =
            await fetchWithKey(base + '/speech/marks?format=' + format);
        if (!response.ok) {
          setStatus('الملخص المسموع غير متاح: ' + await errorText(response), true);
          return;
        }
        state.marks = (await response.json())
            .slice().sort((a, b) => a.start_ms - b.start_ms);
        renderBullets();
        setStatus('');
      }
      setSummaryVisible(true);
      const src = base + '/speech.' + format;
      if (!player.src.endsWith(src)) player.src = src;
      await player.play();
      button.setAttribute('aria-pressed', 'true');  // pressing again pauses
      requestAnimationFrame(follow);
    } catch (e) {
      setStatus('تعذّر تشغيل الصوت: ' + e.message, true);
    } finally {
      button.disabled = false;
    }
  }

  // --- Input ---------------------------------------------------------------

  async function loadExamples() {
    const list = $('example-list');
    try {
      const response = await fetch('/examples/index.json');
      if (!response.ok) return;
      for (const name of await response.json()) {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = name;
        button.setAttribute('aria-label', 'لخّص المثال ' + name);
        button.addEventListener('click', async () => {
          const example = await fetch('/examples/' + encodeURIComponent(name));
          const text = await example.text();
          $('article-text').value = text;
          $('article-url').value = '';
          summarize(textRequest(text, name));
        });
        item.append(button);
        list.append(item);
      }
    } catch (e) { /* examples are optional */ }
  }

  function init() {
    $('article-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const url = $('article-url').value.trim();
      if (url) {
        if (!/^https?:\/\/\S+$/i.test(url)) {
          setStatus('الرابط يبدأ بـ http:// أو https://', true);
          return;
        }
        summarize(urlRequest(url));
        return;
      }
      const text = $('article-text').value;
      if (!text.trim()) {
        setStatus('ألصق نص مقال أو رابطه أولاً، أو اختر ملفاً.', true);
        return;
      }
      summarize(textRequest(text, ''));
    });
    // Typing in one box empties the other, so the request is never ambiguous.
    $('article-url').addEventListener('input', () => {
      if ($('article-url').value) $('article-text').value = '';
    });
    $('article-text').addEventListener('input', () => {
      if ($('article-text').value) $('article-url').value = '';
    });
    $('article-file').addEventListener('change', async (event) => {
      const file = event.target.files[0];
      if (!file) return;
      const text = await file.text();
      $('article-text').value = text;
      $('article-url').value = '';
      summarize(textRequest(text, file.name));
    });
    $('toggle-summary').addEventListener('click', () => {
      setSummaryVisible($('summary').hidden);
    });
    $('listen').addEventListener('click', listen);
    const player = $('player');
    player.addEventListener('ended', stopAudio);
    player.addEventListener('pause', () => {
      if (!player.ended) setSpeaking(state.speaking);
    });
    loadExamples();
  }

  init();
})();
