// The reader's pages work without this file; it only adds conveniences:
// - on an article page, focus the highlighted quote (the #hl fragment already scrolls to it);
// - "/" focuses the question box on the Ask page;
// - on the flows page, following a label moves keyboard focus to that flow's evidence.
(function () {
  'use strict';
  function focusTarget(el) {
    if (!el) { return; }
    if (!el.hasAttribute('tabindex')) { el.setAttribute('tabindex', '-1'); }
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'center' });
  }
  document.addEventListener('DOMContentLoaded', function () {
    var mark = document.getElementById('hl');
    if (mark && location.hash === '#hl') { focusTarget(mark); }
    var q = document.getElementById('q');
    if (q) {
      document.addEventListener('keydown', function (e) {
        var t = e.target && e.target.tagName;
        if (e.key === '/' && t !== 'INPUT' && t !== 'SELECT' && t !== 'TEXTAREA') {
          e.preventDefault();
          q.focus();
          q.select();
        }
      });
    }
    document.querySelectorAll('.edge-label').forEach(function (a) {
      a.addEventListener('click', function () {
        var id = (a.getAttribute('href') || '').slice(1);
        window.setTimeout(function () { focusTarget(document.getElementById(id)); }, 0);
      });
    });
  });
}());
