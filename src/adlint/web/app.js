// adlint serve: the page talks only to the server it came from.
//
// The editor is a plain <textarea> (native caret, selection, undo, spellcheck) laid over
// a mirrored <div id="backdrop"> with the same font, padding, wrapping and width. The
// backdrop's text is transparent; its <mark> spans paint the tint and underline under the
// textarea's own letters. The backdrop sets the box's height and the textarea fills it,
// so neither ever scrolls on its own and they cannot drift apart.
(function () {
  'use strict';
  function $(id) { return document.getElementById(id); }
  var ad = $('ad'), backdrop = $('backdrop'), editor = $('editor'), pageText = $('rendered');
  var fmt = $('format'), profile = $('profile'), laws = $('jurisdictions'), viewSet = $('view');
  var results = $('results'), status = $('status'), jump = $('jump');
  var panelBox = results.closest('.panel');
  var RANK = {info: 1, warning: 2, error: 3};
  var timer = null, seq = 0, prev = ad.value;
  // what the marks and the panel show: findings of state.text (offsets in UTF-16 units)
  var state = {text: null, findings: [], spans: [], rendered: null, current: []};
  window.adlint = state;  // for tests and the curious

  function payload(extra, text) {
    var body = {text: text, format: fmt.value, profile: profile.value, jurisdictions: laws.value};
    for (var k in extra) { body[k] = extra[k]; }
    return JSON.stringify(body);
  }
  function post(url, extra, text) {
    return fetch(url, {method: 'POST', headers: {'Content-Type': 'application/json'},
                       body: payload(extra, text)})
      .then(function (r) { return r.json().then(function (j) { j._status = r.status; return j; }); });
  }
  function busy(on) { document.body.dataset.pending = on ? '1' : '0'; }  // tests wait on it

  // -- the marks ----------------------------------------------------------------------
  function drawMarks() {
    var text = ad.value, spans = state.spans, n = text.length;
    var cuts = [0, n];
    spans.forEach(function (sp) { cuts.push(Math.min(sp.s, n), Math.min(sp.e, n)); });
    cuts = cuts.sort(function (a, b) { return a - b; })
      .filter(function (c, k, all) { return k === 0 || c !== all[k - 1]; });
    var frag = document.createDocumentFragment();
    for (var k = 0; k + 1 < cuts.length; k++) {
      var a = cuts[k], b = cuts[k + 1], piece = text.slice(a, b), ids = [], sev = null;
      spans.forEach(function (sp) {
        if (sp.s <= a && b <= sp.e) {
          ids.push(sp.i);
          if (!sev || RANK[sp.sev] > RANK[sev]) { sev = sp.sev; }
        }
      });
      if (!ids.length) { frag.appendChild(document.createTextNode(piece)); continue; }
      var m = document.createElement('mark');
      m.className = 'sev-' + sev;
      m.dataset.f = ids.join(' ');
      m.textContent = piece;
      frag.appendChild(m);
    }
    // a spare line, so that the box already fits the next line typed at the end
    frag.appendChild(document.createTextNode('\n\u200b'));
    backdrop.replaceChildren(frag);
    ad.scrollTop = 0;
    markCurrent();
  }

  // While the writer types, move the marks with the text (the server's answer follows).
  function shiftAll() {
    var old = prev, now = ad.value;
    prev = now;
    if (old === now) { return; }
    var p = 0, max = Math.min(old.length, now.length);
    while (p < max && old.charCodeAt(p) === now.charCodeAt(p)) { p++; }
    var s = 0;
    while (s < max - p && old.charCodeAt(old.length - 1 - s) === now.charCodeAt(now.length - 1 - s)) { s++; }
    var oldEnd = old.length - s, delta = now.length - old.length;
    function shift(a, b) {
      if (b <= p) { return [a, b]; }
      if (a >= oldEnd) { return [a + delta, b + delta]; }
      return null;  // the edit touched it: gone until the next check
    }
    state.spans = state.spans.map(function (sp) {
      var r = shift(sp.s, sp.e);
      return r && {s: r[0], e: r[1], i: sp.i, sev: sp.sev};
    }).filter(Boolean);
    results.querySelectorAll('[data-start]').forEach(function (el) {
      var r = shift(+el.dataset.start, +el.dataset.end);
      if (r) { el.dataset.start = r[0]; el.dataset.end = r[1]; }
      else { el.removeAttribute('data-start'); el.removeAttribute('data-end'); el.classList.add('stale'); }
    });
    drawMarks();
  }

  // The writer's caret in a marked word lights up its finding(s) in the panel.
  function markCurrent() {
    var a = ad.selectionStart, b = ad.selectionEnd, ids = [];
    if (document.activeElement === ad) {
      state.spans.forEach(function (sp) {
        if (sp.s <= a && b <= sp.e && ids.indexOf(sp.i) < 0) { ids.push(sp.i); }
      });
    }
    if (ids.join() === state.current.join()) { return; }
    state.current = ids;
    document.querySelectorAll('.current').forEach(function (el) { el.classList.remove('current'); });
    ids.forEach(function (i) {
      document.querySelectorAll('[data-f~="' + i + '"], li.finding[data-i="' + i + '"]')
        .forEach(function (el) { el.classList.add('current'); });
    });
    var card = ids.length && results.querySelector('li.finding[data-i="' + ids[0] + '"]');
    if (card && panelBox.scrollHeight > panelBox.clientHeight + 4) {  // a side panel of its own
      var pr = panelBox.getBoundingClientRect(), cr = card.getBoundingClientRect();
      if (cr.top < pr.top || cr.bottom > pr.bottom) {
        panelBox.scrollTop += cr.top - pr.top - pr.height / 3;
      }
    }
  }

  // The on-screen box of a character of the editor's text (from the mirrored div).
  function rectAt(offset) {
    var walker = document.createTreeWalker(backdrop, NodeFilter.SHOW_TEXT), node, seen = 0;
    while ((node = walker.nextNode())) {
      var len = node.nodeValue.length;
      if (offset <= seen + len) {
        var r = document.createRange(), k = Math.min(offset - seen, len);
        r.setStart(node, k);
        r.setEnd(node, Math.min(k + 1, len));
        return r.getBoundingClientRect();
      }
      seen += len;
    }
    return null;
  }

  function reveal(rect) {
    if (!rect) { return; }
    var h = window.innerHeight;
    if (rect.top < 60 || rect.bottom > h - 20) {
      window.scrollBy({top: rect.top - h / 3, behavior: 'instant'});
    }
  }

  function selectRange(s, e, i) {
    if (currentView() === 'page') {
      var m = i == null ? null : pageText.querySelector('mark[data-f~="' + i + '"]');
      pageText.querySelectorAll('.current').forEach(function (el) { el.classList.remove('current'); });
      if (m) { m.classList.add('current'); m.scrollIntoView({block: 'center'}); }
      return;
    }
    ad.focus({preventScroll: true});
    ad.setSelectionRange(s, e, 'forward');
    reveal(rectAt(s));
    markCurrent();
  }

  // -- replacing text in place, with undo ---------------------------------------------------
  function replaceText(text) {
    var old = ad.value;
    if (old === text) { return; }
    var p = 0, max = Math.min(old.length, text.length);
    while (p < max && old.charCodeAt(p) === text.charCodeAt(p)) { p++; }
    var s = 0;
    while (s < max - p && old.charCodeAt(old.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) { s++; }
    var mid = text.slice(p, text.length - s);
    ad.focus({preventScroll: true});
    ad.setSelectionRange(p, old.length - s);
    var done = false;
    try {  // through the browser's editing, so Ctrl+Z undoes it
      done = mid ? document.execCommand('insertText', false, mid) : document.execCommand('delete');
    } catch (err) { done = false; }
    if (!done || ad.value !== text) {
      ad.value = text;
      ad.setSelectionRange(p + mid.length, p + mid.length);
    }
    shiftAll();
  }

  // -- checking ---------------------------------------------------------------------------
  function showError(msg) {
    status.textContent = '';
    var e = document.createElement('span');
    e.className = 'error-box'; e.setAttribute('role', 'alert'); e.textContent = msg;
    status.appendChild(e);
  }

  function lint() {
    clearTimeout(timer);
    var mine = ++seq, text = ad.value;
    busy(true);
    return post('/api/lint', {}, text).then(function (j) {
      if (mine !== seq || text !== ad.value) { return; }  // a newer edit is on its way
      state.text = text;
      state.current = [];
      if (j.error) {
        showError(j.error);
        results.textContent = '';
        jump.hidden = true;
        state.findings = []; state.spans = []; state.rendered = null;
        drawMarks(); showView();
        busy(false);
        return;
      }
      state.findings = j.findings;
      state.rendered = j.rendered;
      state.spans = [];
      j.findings.forEach(function (f, i) {
        if (f.start !== null && f.end > f.start) { state.spans.push({s: f.start, e: f.end, i: i, sev: f.severity}); }
      });
      results.innerHTML = j.panel;
      drawMarks();
      showView();
      var inText = state.spans.length;
      status.textContent = j.count === 0 ? 'No problems found.' :
        j.count + (j.count === 1 ? ' problem' : ' problems') +
        (inText ? ', ' + inText + ' underlined in the text' : '') +
        (j.fixable ? '; ' + j.fixable + ' can be fixed with one click.' : '.');
      var score = j.metrics && j.metrics.score;
      jump.hidden = false;
      jump.firstChild.textContent = (score && score.value != null ? 'Score ' + score.value + '/100 · ' : '') +
        (j.count === 1 ? '1 problem' : j.count + ' problems') + ' ↓';
      busy(false);
    }).catch(function () {
      if (mine === seq) {
        busy(false);
        showError('The adlint server is not answering. Is `adlint serve` still running?');
      }
    });
  }
  function soon() { busy(true); clearTimeout(timer); timer = setTimeout(lint, 400); }

  function applyFix(which) {
    var text = ad.value;
    busy(true);
    post('/api/fix', {fix: which}, text).then(function (j) {
      if (j.error) { showError(j.error); busy(false); return; }
      if (ad.value !== text) { lint(); return; }  // edited meanwhile: check again first
      replaceText(j.text);
      lint();
    });
  }

  // -- the HTML page's text view --------------------------------------------------------
  function currentView() {
    var on = viewSet.querySelector('input:checked');
    return fmt.value === 'html' && on ? on.value : 'markup';
  }
  function showView() {
    viewSet.hidden = fmt.value !== 'html';
    var page = currentView() === 'page';
    editor.hidden = page;
    pageText.hidden = !page;
    if (page) {
      pageText.innerHTML = state.rendered ||
        '<p class="rt-empty">No page text yet: the page has no prose, or it is still being checked.</p>';
    }
  }

  // -- events -------------------------------------------------------------------------------
  ad.addEventListener('input', function () { shiftAll(); soon(); });
  ad.addEventListener('scroll', function () { if (ad.scrollTop) { ad.scrollTop = 0; } });
  ['keyup', 'click', 'select', 'focus', 'blur'].forEach(function (ev) {
    ad.addEventListener(ev, markCurrent);
  });
  [fmt, profile, laws].forEach(function (el) { el.addEventListener('change', lint); });
  fmt.addEventListener('change', showView);
  viewSet.addEventListener('change', showView);
  results.addEventListener('click', function (ev) {
    var b = ev.target.closest('button');
    if (!b) { return; }
    if (b.classList.contains('fix')) { applyFix(parseInt(b.dataset.fix, 10)); return; }
    if (b.classList.contains('goto')) {
      var i = parseInt(b.dataset.i, 10);
      var sp = state.spans.filter(function (x) { return x.i === i; })[0];
      if (sp) { selectRange(sp.s, sp.e, i); }
      return;
    }
    if (b.classList.contains('goto-range') && b.dataset.start) {
      selectRange(+b.dataset.start, +b.dataset.end, null);
    }
  });
  $('fix-all').addEventListener('click', function () { applyFix('all'); });
  $('download').addEventListener('click', function () {
    var ext = {markdown: 'md', html: 'html', text: 'txt'}[fmt.value];
    var blob = new Blob([ad.value], {type: 'text/plain;charset=utf-8'});
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob); a.download = 'job-ad.' + ext;
    document.body.appendChild(a); a.click(); a.remove();
  });
  $('upload').addEventListener('change', function (ev) {
    var file = ev.target.files[0];
    if (!file) { return; }
    var name = file.name.toLowerCase();
    fmt.value = /\.html?$/.test(name) ? 'html' : /\.(md|markdown)$/.test(name) ? 'markdown' : 'text';
    var reader = new FileReader();
    reader.onload = function () {
      ad.value = reader.result; prev = ad.value; state.spans = [];
      drawMarks(); showView(); lint();
    };
    reader.readAsText(file);
  });
  drawMarks();
  showView();
  if (ad.value) { lint(); } else { busy(false); }
})();
