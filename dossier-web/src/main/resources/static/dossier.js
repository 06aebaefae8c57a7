// Dossier reader enhancements. Every page works without this script; it only adds:
// - footnotes that open in place (click, Enter or touch on the call; Escape or a second
//   activation closes them), instead of jumping to the end;
// - choosing a paragraph to cite without reloading the page;
// - submitting the search filters as soon as a facet is ticked or the order chosen.
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
    pop.appendChild(all);
    call.insertAdjacentElement('afterend', pop);
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

  function citePin(n) {
    var para = document.getElementById('cite-para');
    if (!para) return;
    var after = (para.getAttribute('data-after') || '').split('{n}').join(String(n));
    para.textContent = '';
    para.appendChild(document.createTextNode(para.getAttribute('data-before') || ''));
    var title = document.createElement('i');
    title.textContent = para.getAttribute('data-italic') || '';
    para.appendChild(title);
    para.appendChild(document.createTextNode(after));
    para.hidden = false;
    var pin = document.getElementById('cite-pin');
    if (pin) pin.textContent = String(n);
    var hint = document.getElementById('cite-hint');
    if (hint) hint.hidden = true;
    var selected = document.querySelectorAll('.block.selected');
    for (var i = 0; i < selected.length; i++) selected[i].classList.remove('selected');
    var block = document.getElementById('p' + n);
    if (block) block.classList.add('selected');
  }

  document.addEventListener('click', function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var call = target.closest('a.noteref');
    if (call) {
      event.preventDefault();
      toggleNote(call);
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

  // A link to #p38 selects paragraph 38 for citation, as ?p=38 does on the server.
  var match = /^#p(\d+)$/.exec(location.hash);
  if (match && !/[?&]p=/.test(location.search)) citePin(parseInt(match[1], 10));
})();
