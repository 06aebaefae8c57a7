// Dossier reader enhancements. Every page works without this script; it only adds:
// - footnotes that open in place (click, Enter or touch on the call; Escape or a second
//   activation closes them), instead of jumping to the end;
// - choosing a paragraph to cite, or another citation style, without reloading the page, and a
//   button that copies the citation;
// - submitting the search filters as soon as a facet is ticked or the order chosen, and folding
//   them behind their button on a phone.
// The script never inserts markup from strings: it builds nodes and sets textContent.
(function () {
  'use strict';

  function noteNumber(call) {
    return call.id.replace(/^nr/, '');
  }

  function closeNote(call) {
    var pop = document.getElementById('np' + noteNumber(call));
    if (pop) pop.remove();
    call.setAttribute('aria-expanded', 'false');
  }

  function openNote(call) {
    var n = noteNumber(call);
    var source = document.querySelector('#n' + n + ' .note-text');
    if (!source) return false;
    var pop = document.createElement('span');
    pop.className = 'note-pop';
    pop.id = 'np' + n;
    pop.setAttribute('role', 'note');
    pop.setAttribute('aria-label', 'Note ' + n);
    var number = document.createElement('span');
    number.className = 'note-pop-n';
    number.textContent = n + '.';
    pop.appendChild(number);
    pop.appendChild(document.createTextNode(source.textContent));
    var all = document.createElement('a');
    all.href = '#n' + n;
    all.textContent = 'all notes';
    all.setAttribute('lang', 'en');
    pop.appendChild(all);
    // A note on the title opens below the heading, in the size of the text, not inside the heading.
    (call.closest('h1, h2, h3') || call).insertAdjacentElement('afterend', pop);
    call.setAttribute('aria-controls', pop.id);
    call.setAttribute('aria-expanded', 'true');
    return true;
  }

  function toggleNote(call) {
    if (call.getAttribute('aria-expanded') === 'true') {
      closeNote(call);
    } else if (!openNote(call)) {
      location.hash = 'n' + noteNumber(call);
    }
  }

  var citeBox = document.getElementById('cite');

  function citeStyle() {
    var current = citeBox && citeBox.querySelector('.cite-styles a[aria-current="true"]');
    return current ? current.getAttribute('data-style') : 'chicago';
  }

  // Citations come from the server's citation engine (the same one as the cite route); the text is
  // set with textContent, never parsed as markup.
  function fetchCitation(target, paragraph) {
    if (!citeBox || !target) return;
    var url = citeBox.getAttribute('data-cite') + '?format=' + encodeURIComponent(citeStyle())
        + (paragraph ? '&p=' + paragraph : '');
    citeBox.setAttribute('aria-busy', 'true');
    fetch(url, { headers: { Accept: 'text/plain' } })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (text) { if (text !== null) target.textContent = text.trim(); })
      .catch(function () {})
      .then(function () { citeBox.removeAttribute('aria-busy'); });
  }

  function selectedParagraph() {
    var pin = document.getElementById('cite-pin');
    var n = pin ? parseInt(pin.textContent, 10) : NaN;
    return isNaN(n) ? 0 : n;
  }

  function updateExports(n) {
    var links = citeBox ? citeBox.querySelectorAll('.cite-exports a') : [];
    for (var i = 0; i < links.length; i++) {
      var href = links[i].getAttribute('href').replace(/&p=\d+/, '');
      links[i].setAttribute('href', n ? href + '&p=' + n : href);
    }
  }

  function citePin(n) {
    var para = document.getElementById('cite-para');
    if (!para) return;
    para.hidden = false;
    var pin = document.getElementById('cite-pin');
    if (pin) pin.textContent = String(n);
    var hint = document.getElementById('cite-hint');
    if (hint) hint.hidden = true;
    var selected = document.querySelectorAll('.block.selected');
    for (var i = 0; i < selected.length; i++) selected[i].classList.remove('selected');
    var block = document.getElementById('p' + n);
    if (block) block.classList.add('selected');
    updateExports(n);
    fetchCitation(para, n);
  }

  function chooseStyle(link) {
    var all = citeBox.querySelectorAll('.cite-styles a');
    for (var i = 0; i < all.length; i++) all[i].removeAttribute('aria-current');
    link.setAttribute('aria-current', 'true');
    fetchCitation(document.getElementById('cite-doc'), 0);
    var n = selectedParagraph();
    if (n) fetchCitation(document.getElementById('cite-para'), n);
  }

  function copied(button, text) {
    button.setAttribute('data-copied', text);
    var status = document.getElementById('cite-status');
    if (status) status.textContent = 'Copied';
  }

  function copyCitation(button) {
    var para = document.getElementById('cite-para');
    var source = para && !para.hidden ? para : document.getElementById('cite-doc');
    var text = source ? source.textContent.trim() : '';
    function fallback() {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'visually-hidden';
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      area.remove();
      if (ok) copied(button, text);
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { copied(button, text); }, fallback);
    } else {
      fallback();
    }
  }

  var copyButton = document.getElementById('cite-copy');
  if (copyButton) copyButton.hidden = false;

  document.addEventListener('click', function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var call = target.closest('a.noteref');
    if (call) {
      event.preventDefault();
      toggleNote(call);
      return;
    }
    var style = target.closest('.cite-styles a[data-style]');
    if (style && citeBox) {
      event.preventDefault();
      chooseStyle(style);
      return;
    }
    if (target.closest('#cite-copy')) {
      copyCitation(target.closest('#cite-copy'));
      return;
    }
    var number = target.closest('a.pn');
    if (number) {
      event.preventDefault();
      var n = parseInt(number.textContent, 10);
      history.replaceState(null, '', '?p=' + n + '#p' + n);
      citePin(n);
    }
  });

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    var open = document.querySelectorAll('a.noteref[aria-expanded="true"]');
    for (var i = 0; i < open.length; i++) closeNote(open[i]);
    if (open.length === 1) open[0].focus();
  });

  document.addEventListener('change', function (event) {
    var target = event.target;
    var facet = target instanceof HTMLInputElement && target.type === 'checkbox';
    var order = target instanceof HTMLSelectElement && target.name === 'sort';
    if ((facet || order) && target.closest('.facets')) target.form.submit();
  });

  // The search filters come open (so they show without this script); on a phone they fold behind
  // their button, the active ones still visible as chips above the results.
  var filters = document.querySelector('details.filters');
  if (filters && window.matchMedia('(max-width: 59.99rem)').matches) filters.open = false;

  // A link to #p38 selects paragraph 38 for citation, as ?p=38 does on the server.
  var match = /^#p(\d+)$/.exec(location.hash);
  if (match && !/[?&]p=/.test(location.search)) citePin(parseInt(match[1], 10));
})();
