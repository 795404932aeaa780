// The session-timeout warning: a few minutes before the session's idle timeout, a dialog offers
// "Stay signed in", which calls a small signed-in endpoint (the call itself restarts the idle
// timeout). When the session has ended, the dialog says so and offers to sign in again on this
// very page, which the server then reopens after the sign-in; what was typed in a task's form is
// kept by form-draft.js. window.ComitySession.warn() opens the warning at once (browser tests).
(function () {
  'use strict';
  var dialog = document.getElementById('session-warning');
  if (!dialog || typeof dialog.showModal !== 'function') {
    return;
  }
  var idle = parseInt(dialog.getAttribute('data-idle-seconds'), 10);
  var before = parseInt(dialog.getAttribute('data-warn-before-seconds'), 10);
  var keepAliveUrl = dialog.getAttribute('data-keep-alive-url');
  var stay = document.getElementById('stay-signed-in');
  var signIn = document.getElementById('session-sign-in');
  var warningText = document.getElementById('session-warning-text');
  var endedText = document.getElementById('session-ended-text');
  var warnTimer = null;
  var endTimer = null;

  function schedule(idleSeconds) {
    window.clearTimeout(warnTimer);
    window.clearTimeout(endTimer);
    warnTimer = window.setTimeout(warn, Math.max(0, idleSeconds - before) * 1000);
    endTimer = window.setTimeout(ended, idleSeconds * 1000);
  }

  function warn() {
    warningText.hidden = false;
    endedText.hidden = true;
    stay.hidden = false;
    signIn.hidden = true;
    if (!dialog.open) {
      dialog.showModal();
    }
    stay.focus();
  }

  function ended() {
    window.clearTimeout(warnTimer);
    warningText.hidden = true;
    endedText.hidden = false;
    stay.hidden = true;
    signIn.hidden = false;
    signIn.setAttribute('href', window.location.href);
    if (!dialog.open) {
      dialog.showModal();
    }
    signIn.focus();
  }

  stay.addEventListener('click', function () {
    fetch(keepAliveUrl, {credentials: 'same-origin', redirect: 'follow',
        headers: {'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest'}})
      .then(function (response) {
        var json = (response.headers.get('Content-Type') || '').indexOf('application/json') === 0;
        if (!response.ok || response.redirected || !json) {
          throw new Error('signed out');
        }
        return response.json();
      })
      .then(function (body) {
        dialog.close();
        schedule(body.idleTimeoutSeconds || idle);
      })
      .catch(ended);
  });

  window.ComitySession = {warn: warn};
  if (idle > 0) {
    schedule(idle);
  }
}());
