// Progressive enhancement for the request wizard; every page works without it.
// 1. An error summary takes the focus, so that a screen reader announces it and Tab reaches its links first.
// 2. A link in the summary moves the focus to its field, not only the scroll position.
(function () {
  'use strict';
  var summary = document.getElementById('error-summary');
  if (!summary) {
    return;
  }
  summary.focus();
  summary.addEventListener('click', function (event) {
    var link = event.target.closest('a[href^="#"]');
    if (!link) {
      return;
    }
    var target = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
    if (target) {
      event.preventDefault();
      target.scrollIntoView({ block: 'center' });
      target.focus();
    }
  });
})();
