/* Sofra page module: the office's reports. Registers itself on window.SofraModules (see dispatcher.js:
   {view, tab, roles, show(ctx), onLanguage(ctx)}); text from the API is set only through textContent. */
(function () {
  "use strict";
  window.SofraModules = window.SofraModules || [];

  var state = { period: null, body: null, asked: 0 };

  function defaultPeriod(ctx) {
    return String(Number(ctx.localToday().slice(0, 4)) - 1);  // last full year
  }

  function query(period) {
    if (/^\d{4}$/.test(period)) { return "year=" + period; }
    if (/^\d{4}-?Q[1-4]$/i.test(period)) { return "quarter=" + period.toUpperCase(); }
    return "month=" + period;
  }

  function build(ctx) {
    var view = ctx.$("reports-view");
    ctx.clear(view);
    var form = ctx.el("form", "reports-form");
    var caption = ctx.el("label", null, ctx.t("reports_period") + " ");
    var input = ctx.el("input");
    input.id = "reports-period";
    input.value = state.period;
    input.size = 8;
    input.placeholder = "2025, 2025Q2, 2026-01";
    caption.appendChild(input);
    form.appendChild(caption);
    var show = ctx.el("button", null, ctx.t("reports_show"));
    show.type = "submit";
    form.appendChild(show);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      state.period = input.value.trim() || defaultPeriod(ctx);
      load(ctx);
    });
    view.appendChild(form);
    var results = ctx.el("div");
    results.id = "reports-results";
    view.appendChild(results);
  }

  function render(ctx) {
    var view = ctx.$("reports-results");
    ctx.clear(view);
    var links = ctx.el("p", "reports-links");
    [["reports.pdf", "reports_pdf"], ["reports.csv", "reports_csv"], ["reports.xlsx", "reports_xlsx"]]
      .forEach(function (pair) {
        var a = ctx.el("a", "sheet-link", ctx.t(pair[1]));
        a.href = "/" + pair[0] + "?" + query(state.period) + "&lang=" + ctx.lang();
        links.appendChild(a);
        links.appendChild(document.createTextNode(" "));
      });
    view.appendChild(links);

    if (!state.body) { return; }
    view.appendChild(ctx.el("h2", null, state.body.title + " · " + ctx.t("reports_headline")));
    var table = ctx.el("table", "reports-headline");
    table.id = "reports-headline";
    state.body.headline.forEach(function (figure) {
      var row = ctx.el("tr");
      row.dataset.key = figure.key;
      row.appendChild(ctx.el("th", null, figure.label));
      row.appendChild(ctx.el("td", null, figure.text));
      table.appendChild(row);
    });
    view.appendChild(table);
    view.appendChild(ctx.el("p", "reports-note", "KVKK: <" + state.body.threshold));
  }

  function load(ctx) {
    var asked = ++state.asked;  // only the answer to the latest question is shown
    state.body = null;
    render(ctx);
    ctx.api("GET", "/reports?" + query(state.period) + "&lang=" + ctx.lang())
      .then(function (body) { if (asked === state.asked) { state.body = body; render(ctx); } })
      .catch(function (error) { if (asked === state.asked) { ctx.showError(error); } });
  }

  window.SofraModules.push({
    view: "reports-view",
    tab: "reports_tab",
    roles: ["admin", "dispatcher", "planner"],
    show: function (ctx) {
      if (!state.period) { state.period = defaultPeriod(ctx); }
      build(ctx);
      load(ctx);
    },
    onLanguage: function (ctx) { if (state.period) { build(ctx); load(ctx); } }
  });
})();
