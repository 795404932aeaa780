// Progressive enhancement of the task list's selection for a bulk completion: shows a
// "select all on this page" checkbox that ticks or clears every row. Without JavaScript the rows
// are ticked one by one, or "complete all matching" is used; nothing else depends on this file.
(function () {
  'use strict';
  var form = document.getElementById('bulk-selection');
  var all = document.getElementById('select-page');
  var label = document.getElementById('select-page-label');
  if (!form || !all || !label) {
    return;
  }
  var rows = form.querySelectorAll('input[type=checkbox][name=taskId]');
  function sync() {
    var ticked = 0;
    rows.forEach(function (box) { if (box.checked) { ticked++; } });
    all.checked = ticked === rows.length && rows.length > 0;
    all.indeterminate = ticked > 0 && ticked < rows.length;
  }
  label.hidden = false;
  all.addEventListener('change', function () {
    rows.forEach(function (box) { box.checked = all.checked; });
    sync();
  });
  rows.forEach(function (box) { box.addEventListener('change', sync); });
  sync();
}());
