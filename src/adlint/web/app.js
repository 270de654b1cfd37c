// adlint serve: the page talks only to the server it came from.
(function () {
  var ad = document.getElementById('ad');
  var fmt = document.getElementById('format');
  var profile = document.getElementById('profile');
  var laws = document.getElementById('jurisdictions');
  var results = document.getElementById('results');
  var status = document.getElementById('status');
  var timer = null, seq = 0;

  function payload(extra) {
    var body = {text: ad.value, format: fmt.value, profile: profile.value, jurisdictions: laws.value};
    for (var k in extra) { body[k] = extra[k]; }
    return JSON.stringify(body);
  }
  function post(url, extra) {
    return fetch(url, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: payload(extra)})
      .then(function (r) { return r.json().then(function (j) { j._status = r.status; return j; }); });
  }
  function busy(on) { document.body.dataset.pending = on ? '1' : '0'; }  // tests wait on it
  function lint() {
    var mine = ++seq;
    busy(true);
    status.textContent = 'Checking…';
    post('/api/lint', {}).then(function (j) {
      if (mine !== seq) { return; }  // a newer edit is on its way
      busy(false);
      if (j.error) {
        status.innerHTML = '';
        var e = document.createElement('span');
        e.className = 'error-box'; e.setAttribute('role', 'alert'); e.textContent = j.error;
        status.appendChild(e);
        results.innerHTML = '';
        return;
      }
      results.innerHTML = j.html;
      status.textContent = j.count === 0 ? 'No problems found.' :
        j.count + (j.count === 1 ? ' problem' : ' problems') + ' found' +
        (j.fixable ? ', ' + j.fixable + ' fixable.' : '.');
    }).catch(function () { status.textContent = 'The adlint server is not answering. Is `adlint serve` still running?'; });
  }
  function soon() { busy(true); clearTimeout(timer); timer = setTimeout(lint, 400); }
  function applyFix(which) {
    post('/api/fix', {fix: which}).then(function (j) {
      if (j.error) { status.textContent = j.error; return; }
      ad.value = j.text;
      lint();
    });
  }

  ad.addEventListener('input', soon);
  [fmt, profile, laws].forEach(function (el) { el.addEventListener('change', lint); });
  results.addEventListener('click', function (ev) {
    var b = ev.target.closest('button.fix');
    if (b) { applyFix(parseInt(b.dataset.fix, 10)); }
  });
  document.getElementById('fix-all').addEventListener('click', function () { applyFix('all'); });
  document.getElementById('download').addEventListener('click', function () {
    var ext = {markdown: 'md', html: 'html', text: 'txt'}[fmt.value];
    var blob = new Blob([ad.value], {type: 'text/plain;charset=utf-8'});
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob); a.download = 'job-ad.' + ext;
    document.body.appendChild(a); a.click(); a.remove();
  });
  document.getElementById('upload').addEventListener('change', function (ev) {
    var file = ev.target.files[0];
    if (!file) { return; }
    var name = file.name.toLowerCase();
    fmt.value = /\.html?$/.test(name) ? 'html' : /\.(md|markdown)$/.test(name) ? 'markdown' : 'text';
    var reader = new FileReader();
    reader.onload = function () { ad.value = reader.result; lint(); };
    reader.readAsText(file);
  });
  if (ad.value) { lint(); }
})();
