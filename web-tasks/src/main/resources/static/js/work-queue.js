// Keyboard shortcuts of the work queue, on the task list and on a task opened from it:
// j / k move to the next / previous task, Enter opens the task chosen on the list, c claims it,
// ? shows or hides the help. They do nothing while the officer types in a field or holds a
// modifier key, and they only use links and forms the page already offers to this officer (a
// task claimed by someone else has no claim form), so they grant nothing: the server still
// checks every request. Without JavaScript the page works the same by mouse and Tab.
(function () {
  'use strict';
  var help = document.getElementById('shortcuts-help');
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr[data-task-row]'));
  var main = document.querySelector('main.work');
  var current = -1;

  function typing(target) {
    if (!target || !target.tagName) {
      return false;
    }
    var tag = target.tagName.toLowerCase();
    return tag === 'input' || tag === 'select' || tag === 'textarea' || target.isContentEditable;
  }

  function choose(index) {
    if (rows.length === 0) {
      return;
    }
    current = Math.max(0, Math.min(rows.length - 1, index));
    rows.forEach(function (row, i) { row.classList.toggle('chosen', i === current); });
    var link = rows[current].querySelector('a.task-link');
    if (link) {
      link.focus();
    }
  }

  function chosenOnList() {
    if (current < 0 && document.activeElement) {
      var row = document.activeElement.closest && document.activeElement.closest('tr[data-task-row]');
      current = row ? rows.indexOf(row) : -1;
    }
    return current >= 0 ? rows[current] : null;
  }

  function claimOnList() {
    var row = chosenOnList();
    var form = document.getElementById('shortcut-claim');
    if (row && form && row.getAttribute('data-claim-url')) {
      form.setAttribute('action', row.getAttribute('data-claim-url'));
      form.submit();
    }
  }

  function go(attribute) {
    var url = main && main.getAttribute(attribute);
    if (url) {
      window.location.assign(url);
    }
  }

  document.addEventListener('keydown', function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
      return;
    }
    var onList = rows.length > 0;
    switch (event.key) {
      case 'j':
        if (onList) { choose(current + 1); } else { go('data-next-url'); }
        break;
      case 'k':
        if (onList) { choose(current < 0 ? 0 : current - 1); } else { go('data-previous-url'); }
        break;
      case 'Enter':
        if (onList && document.activeElement === document.body && chosenOnList()) {
          rows[current].querySelector('a.task-link').click();
          break;
        }
        return; // a focused link or button opens itself
      case 'c':
        if (onList) {
          claimOnList();
        } else if (document.getElementById('claim-form')) {
          document.getElementById('claim-form').submit();
        }
        break;
      case '?':
        if (help) { help.open = !help.open; }
        break;
      default:
        return;
    }
    event.preventDefault();
  });

  // A task opened from the list: the reader starts at its heading, not at the top of the page.
  if (main && main.getAttribute('data-focus-heading') === 'true') {
    var heading = document.getElementById('task-title');
    if (heading) {
      heading.focus();
    }
  }
}());
