/* Sofra page module: the office's reports. Registers itself on window.SofraModules (see dispatcher.js:
   {view, tab, roles, show(ctx), onLanguage(ctx)}); text from the API is set only through textContent. */
(function () {
  "use strict";
  window.SofraModules = window.SofraModules || [];
})();
