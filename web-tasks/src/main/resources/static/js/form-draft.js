// Keeps what the officer types in a task's form in this browser tab (sessionStorage, per task)
// until the task is completed: a session that ends while the officer types, and the sign-in that
// follows, no longer lose the values. Nothing of it is sent or stored on the server. The explicit
// confirmation of a consequential decision is never kept: it is given again, knowingly. The draft is
// forgotten once the server reports the task completed, and every draft at sign-out.
(function () {
  'use strict';
  var PREFIX = 'comity.draft.';
  var NOT_KEPT = ['_csrf', 'confirmed', 'openNext'];
  var store;
  try {
    store = window.sessionStorage;
  } catch (unavailable) {
    return;
  }

  var outcome = document.getElementById('completion-outcome');
  if (outcome && outcome.getAttribute('data-completed-task')) {
    store.removeItem(PREFIX + outcome.getAttribute('data-completed-task'));
  }
  document.querySelectorAll('form[action$="/logout"]').forEach(function (form) {
    form.addEventListener('submit', function () {
      for (var i = store.length - 1; i >= 0; i--) {
        var key = store.key(i);
        if (key && key.indexOf(PREFIX) === 0) {
          store.removeItem(key);
        }
      }
    });
  });

  var form = document.querySelector('form[data-draft-key]');
  if (!form) {
    return;
  }
  var key = PREFIX + form.getAttribute('data-draft-key');

  function fields() {
    return Array.prototype.filter.call(form.querySelectorAll('input[name], select[name], textarea[name]'), function (el) {
      var type = (el.type || '').toLowerCase();
      return NOT_KEPT.indexOf(el.name) < 0 && ['hidden', 'submit', 'button', 'file', 'password'].indexOf(type) < 0;
    });
  }

  function save() {
    var values = {};
    fields().forEach(function (el) {
      var list = values[el.name] || (values[el.name] = []);
      var type = (el.type || '').toLowerCase();
      if (type === 'checkbox' || type === 'radio') {
        if (el.checked) { list.push(el.value); }
      } else if (el.multiple) {
        Array.prototype.forEach.call(el.selectedOptions, function (o) { list.push(o.value); });
      } else {
        list.push(el.value);
      }
    });
    store.setItem(key, JSON.stringify(values));
  }

  function restore(values) {
    var changed = false;
    fields().forEach(function (el) {
      if (!Object.prototype.hasOwnProperty.call(values, el.name)) {
        return;
      }
      var list = values[el.name];
      var type = (el.type || '').toLowerCase();
      if (type === 'checkbox' || type === 'radio') {
        var checked = list.indexOf(el.value) >= 0;
        changed = changed || el.checked !== checked;
        el.checked = checked;
      } else if (el.multiple) {
        Array.prototype.forEach.call(el.options, function (o) {
          var selected = list.indexOf(o.value) >= 0;
          changed = changed || o.selected !== selected;
          o.selected = selected;
        });
      } else if (list.length > 0 && el.value !== list[0]) {
        el.value = list[0];
        changed = true;
      }
    });
    return changed;
  }

  var saved = store.getItem(key);
  if (saved) {
    try {
      if (restore(JSON.parse(saved))) {
        var status = document.getElementById('draft-status');
        if (status) {
          status.textContent = form.getAttribute('data-restored-text');
        }
      }
    } catch (unreadable) {
      store.removeItem(key);
    }
  }
  form.addEventListener('input', save);
  form.addEventListener('change', save);
  form.addEventListener('submit', save);
}());
