// Runs before the pane's bundle, in any webview Office has used (plain ES5, no build step): when the
// bundle cannot run here (too old for its syntax, as in EdgeHTML or Internet Explorer, or failing
// before the pane starts), the page says so in plain words instead of staying on "Loading…".
(function () {
  var TOO_OLD =
    'This version of Office cannot run the Supplier Screen: its built-in browser is too old. ' +
    'Update Office (File › Account › Update Options › Update Now), or open the workbook in Excel on the web.';
  var NOT_LOADED = 'The Supplier Screen could not be loaded. Check your connection, then close the pane and open it again from the Home tab.';

  function show(text) {
    if (window.__ctaPaneStarted) return;
    var note = document.getElementById('loading-note');
    if (!note) return;
    note.textContent = text;
    note.setAttribute('role', 'alert');
  }

  function isBundle(url) {
    return typeof url === 'string' && /\/taskpane\.[^\/]*\.?js(\?|$)/.test(url);
  }

  window.addEventListener(
    'error',
    function (event) {
      var target = event.target || event.srcElement;
      // A script that did not load (captured on its element).
      if (target && target !== window && target.tagName === 'SCRIPT') {
        if (isBundle(target.src)) show(NOT_LOADED);
        return;
      }
      // The bundle did not parse, or failed before the pane started.
      if (isBundle(event.filename) || (event.error && event.error.name === 'SyntaxError')) show(TOO_OLD);
    },
    true,
  );
})();
