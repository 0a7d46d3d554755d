/* Sofra page module: the home-visit teams' week. Registers itself on window.SofraModules (see dispatcher.js:
   {view, tab, roles, show(ctx), onLanguage(ctx)}); text from the API is set only through textContent.
   The office (admin, dispatcher, social worker; planners read only, without names) plans a week, sees it
   as a team × day grid, publishes it and re-plans a day when a team member is ill; a team member (role
   team) sees their own team's published day and records outcomes. On the phone page the API serves
   (body[data-visit-phone]) the same script wires the outcome buttons. */
(function () {
  "use strict";
  window.SofraModules = window.SofraModules || [];
  var POLL_MS = 700;
  var OUTCOMES = ["done", "not_at_home", "refused", "needs_follow_up"];
  var BUTTON_KEY = { done: "visits_done_btn", not_at_home: "visits_not_at_home_btn",
    refused: "visits_refused_btn", needs_follow_up: "visits_follow_up_btn" };
  var state = { week: null, plan: null, cell: null, built: false };

  function monday(iso) {
    var d = new Date(iso + "T12:00:00");
    var back = (d.getDay() + 6) % 7;
    d.setDate(d.getDate() - back);
    return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" +
      String(d.getDate()).padStart(2, "0");
  }

  function isTeam(ctx) { return ctx.me() && ctx.me().role === "team"; }
  function canPlan(ctx) { return ["admin", "dispatcher", "social_worker"].indexOf(ctx.me().role) >= 0; }

  function build(ctx) {
    var root = ctx.$("visits-view");
    ctx.clear(root);
    var card = ctx.el("section", "card");
    var h = ctx.el("h2", null, ctx.t(isTeam(ctx) ? "visits_my_day" : "visits_tab"));
    h.id = "visits-title";
    card.appendChild(h);
    var controls = ctx.el("div", "controls");
    var label = ctx.el("label", null, ctx.t(isTeam(ctx) ? "visits_day" : "visits_week") + " ");
    var input = ctx.el("input");
    input.type = "date";
    input.id = "visits-week";
    input.value = isTeam(ctx) ? ctx.localToday() : monday(ctx.localToday());
    label.appendChild(input);
    controls.appendChild(label);
    if (!isTeam(ctx) && canPlan(ctx)) {
      var plan = ctx.el("button", "primary", ctx.t("visits_plan_week"));
      plan.type = "button";
      plan.id = "visits-plan";
      plan.addEventListener("click", function () { planWeek(ctx); });
      controls.appendChild(plan);
      var publish = ctx.el("button", null, ctx.t("visits_publish"));
      publish.type = "button";
      publish.id = "visits-publish";
      publish.addEventListener("click", function () { publishWeek(ctx); });
      controls.appendChild(publish);
    }
    var status = ctx.el("span", "muted");
    status.id = "visits-status";
    controls.appendChild(status);
    card.appendChild(controls);
    if (!isTeam(ctx) && canPlan(ctx)) {
      var ill = ctx.el("div", "controls");
      var day = ctx.el("input");
      day.type = "date";
      day.id = "visits-ill-day";
      var staff = ctx.el("input");
      staff.id = "visits-ill-staff";
      staff.placeholder = ctx.t("visits_staff_code");
      staff.size = 8;
      var go = ctx.el("button", null, ctx.t("visits_replan"));
      go.type = "button";
      go.id = "visits-replan";
      go.addEventListener("click", function () { replanDay(ctx); });
      ill.appendChild(day);
      ill.appendChild(staff);
      ill.appendChild(go);
      card.appendChild(ill);
    }
    root.appendChild(card);
    var body = ctx.el("div");
    body.id = "visits-body";
    root.appendChild(body);
    input.addEventListener("change", function () { load(ctx); });
    state.built = true;
  }

  function setStatus(ctx, text, done) {
    var s = ctx.$("visits-status");
    s.textContent = text;
    if (done) { s.setAttribute("data-done", done); } else { s.removeAttribute("data-done"); }
  }

  function poll(ctx, job) {
    return new Promise(function (resolve, reject) {
      function next() {
        ctx.api("GET", "/visits/jobs/" + job.id + "?lang=" + ctx.lang()).then(function (j) {
          setStatus(ctx, ctx.t("visits_planning") + " " + Math.round(j.progress * 100) + "% · " + j.message);
          if (j.status === "done") { resolve(j); return; }
          if (j.status === "failed" || j.status === "interrupted") {
            reject(new Error(j.error ? j.error.detail : j.message)); return;
          }
          setTimeout(next, POLL_MS);
        }).catch(reject);
      }
      next();
    });
  }

  function planWeek(ctx) {
    var week = ctx.$("visits-week").value;
    ctx.$("visits-plan").disabled = true;
    ctx.api("POST", "/visits/weeks/" + week + "/plan?lang=" + ctx.lang())
      .then(function (job) { return poll(ctx, job); })
      .then(function (job) { setStatus(ctx, ctx.t("done"), job.id); return load(ctx); })
      .catch(function (e) { setStatus(ctx, ""); ctx.showError(e); })
      .then(function () { ctx.$("visits-plan").disabled = false; });
  }

  function publishWeek(ctx) {
    if (!state.plan) { return; }
    ctx.api("POST", "/visits/plans/" + state.plan.plan_id + "/publish?lang=" + ctx.lang())
      .then(function (plan) { state.plan = plan; render(ctx); })
      .catch(ctx.showError);
  }

  function replanDay(ctx) {
    if (!state.plan) { return; }
    var body = { day: ctx.$("visits-ill-day").value, staff_code: ctx.$("visits-ill-staff").value };
    ctx.api("POST", "/visits/plans/" + state.plan.plan_id + "/replan?lang=" + ctx.lang(), body)
      .then(function (job) { return poll(ctx, job); })
      .then(function (job) { setStatus(ctx, ctx.t("done"), job.id); return load(ctx); })
      .catch(function (e) { setStatus(ctx, ""); ctx.showError(e); });
  }

  function load(ctx) {
    var value = ctx.$("visits-week").value;
    var path = isTeam(ctx) ? "/visits/teams/me/day?day=" + value : "/visits/weeks/" + monday(value);
    return ctx.api("GET", path + (path.indexOf("?") >= 0 ? "&" : "?") + "lang=" + ctx.lang())
      .then(function (plan) { state.plan = plan; render(ctx); })
      .catch(function (error) {
        state.plan = null;
        var body = ctx.$("visits-body");
        ctx.clear(body);
        var key = isTeam(ctx) ? "visits_nothing_today" : "visits_no_plan";
        if (error.problem && error.problem.status === 404) {
          body.appendChild(ctx.el("p", "muted", ctx.t(key)));
        } else { ctx.showError(error); }
      });
  }

  function render(ctx) {
    var body = ctx.$("visits-body");
    ctx.clear(body);
    var plan = state.plan;
    if (!plan) { return; }
    if (isTeam(ctx)) {
      var day = ctx.$("visits-week").value;
      var link = ctx.el("a", "btn", ctx.t("visits_phone_page"));
      link.id = "visits-phone-link";
      link.href = "/visits/teams/me/phone?day=" + encodeURIComponent(day) + "&lang=" + ctx.lang();
      body.appendChild(link);
      plan.team_days.forEach(function (td) { body.appendChild(teamDayCard(ctx, td, true)); });
      if (!plan.team_days.length) { body.appendChild(ctx.el("p", "muted", ctx.t("visits_nothing_today"))); }
      return;
    }
    var head = ctx.el("section", "card");
    var line = ctx.t("visits_version") + " " + plan.version + " · " +
      ctx.t(plan.published ? "visits_published" : "visits_draft") + " · " +
      ctx.t("visits_served") + ": " + plan.summary.served + "/" + plan.summary.visits + " · " +
      ctx.t("visits_same_team") + ": " + plan.continuity;
    var p = ctx.el("p", null, line);
    p.id = "visits-summary";
    head.appendChild(p);
    if (plan.note) { head.appendChild(ctx.el("p", "muted", plan.note)); }
    head.appendChild(grid(ctx, plan));
    body.appendChild(head);
    if (state.cell) {
      var td = plan.team_days.filter(function (x) { return x.team === state.cell[0] && x.day === state.cell[1]; })[0];
      if (td) { body.appendChild(teamDayCard(ctx, td, false)); }
    }
    if (plan.unplaced.length) { body.appendChild(listCard(ctx, "visits_unplaced", plan.unplaced.map(function (u) {
      return "#" + u.visit_id + " " + u.kind_text + (u.name ? " · " + u.name : "") + " — " + u.reason_text;
    }))); }
    if (plan.changes.length) { body.appendChild(listCard(ctx, "visits_changes", plan.changes.map(function (c) {
      return "#" + c.visit_id + " " + c.kind_text + ": " + c.before + " → " + c.after;
    }))); }
  }

  function grid(ctx, plan) {
    var table = ctx.el("table");
    table.id = "visits-grid";
    var head = ctx.el("tr");
    head.appendChild(ctx.el("th", null, ctx.t("visits_team")));
    plan.days.forEach(function (d) { head.appendChild(ctx.el("th", null, d)); });
    table.appendChild(head);
    plan.teams.forEach(function (team) {
      var row = ctx.el("tr");
      row.appendChild(ctx.el("th", null, team));
      plan.days.forEach(function (d) {
        var n = (plan.grid[team] || {})[d] || 0;
        var cell = ctx.el("td", null, String(n));
        cell.dataset.team = team;
        cell.dataset.day = d;
        if (n) {
          var b = ctx.el("button", null, String(n));
          b.type = "button";
          b.addEventListener("click", function () { state.cell = [team, d]; render(ctx); });
          ctx.clear(cell);
          cell.appendChild(b);
        }
        row.appendChild(cell);
      });
      table.appendChild(row);
    });
    return table;
  }

  function listCard(ctx, key, lines) {
    var card = ctx.el("section", "card");
    card.appendChild(ctx.el("h2", null, ctx.t(key)));
    var ul = ctx.el("ul");
    lines.forEach(function (l) { ul.appendChild(ctx.el("li", null, l)); });
    card.appendChild(ul);
    return card;
  }

  function sheetButton(ctx, td) {
    var b = ctx.el("button", null, ctx.t("visits_sheet"));
    b.type = "button";
    b.addEventListener("click", function () {
      var path = "/visits/plans/" + state.plan.plan_id + "/sheet.pdf?team=" + encodeURIComponent(td.team) +
        "&day=" + td.day + "&lang=" + ctx.lang();
      var token = sessionStorage.getItem("sofra-token");
      fetch(path, { headers: token ? { Authorization: "Bearer " + token } : {}, credentials: "same-origin" })
        .then(function (r) { if (!r.ok) { throw new Error(r.statusText); } return r.blob(); })
        .then(function (blob) { window.open(URL.createObjectURL(blob), "_blank"); })
        .catch(ctx.showError);
    });
    return b;
  }

  function teamDayCard(ctx, td, withOutcomes) {
    var card = ctx.el("section", "card visits-team-day");
    card.dataset.team = td.team;
    card.appendChild(ctx.el("h2", null, td.team_name + " · " + td.day + " · " + td.staff.join(", ") + " · " + td.driving));
    card.appendChild(sheetButton(ctx, td));
    var table = ctx.el("table");
    td.stops.forEach(function (s) {
      var row = ctx.el("tr");
      row.dataset.visit = s.visit_id;
      row.appendChild(ctx.el("td", null, String(s.seq)));
      row.appendChild(ctx.el("td", null, s.arrival + (s.window ? " (" + s.window + ")" : "")));
      row.appendChild(ctx.el("td", null, s.kind_text + " · " + s.minutes + "′"));
      row.appendChild(ctx.el("td", null, [s.name, s.address, s.phone].filter(Boolean).join(" · ")));
      row.appendChild(ctx.el("td", "muted", s.notes));
      var outcome = ctx.el("td", "visit-status", s.status_text);
      row.appendChild(outcome);
      if (withOutcomes) {
        var cell = ctx.el("td");
        var note = ctx.el("input");
        note.placeholder = ctx.t("visits_note");
        note.size = 12;
        cell.appendChild(note);
        OUTCOMES.forEach(function (o) {
          var b = ctx.el("button", null, ctx.t(BUTTON_KEY[o]));
          b.type = "button";
          b.dataset.status = o;
          b.disabled = s.status !== "planned";
          b.addEventListener("click", function () {
            ctx.api("POST", "/visits/" + s.visit_id + "/outcome?lang=" + ctx.lang(), { status: o, note: note.value })
              .then(function (answer) {
                outcome.textContent = answer.visit.status_text;
                Array.prototype.forEach.call(cell.querySelectorAll("button"), function (x) { x.disabled = true; });
              }).catch(ctx.showError);
          });
          cell.appendChild(b);
        });
        row.appendChild(cell);
      }
      table.appendChild(row);
    });
    card.appendChild(table);
    return card;
  }

  window.SofraModules.push({
    view: "visits-view",
    tab: "visits_tab",
    roles: ["admin", "dispatcher", "social_worker", "planner", "team"],
    show: function (ctx) { if (!state.built) { build(ctx); } load(ctx); },
    onLanguage: function (ctx) { build(ctx); load(ctx); }
  });

  /* The phone page served by the API: its outcome buttons record through the staff page's login. */
  function wirePhonePage() {
    var body = document.body;
    if (!body || !body.hasAttribute("data-visit-phone")) { return; }
    var token = sessionStorage.getItem("sofra-token");
    Array.prototype.forEach.call(document.querySelectorAll("button.outcome"), function (b) {
      b.addEventListener("click", function () {
        var headers = { "Content-Type": "application/json", Accept: "application/json" };
        if (token) { headers.Authorization = "Bearer " + token; }
        fetch("/visits/" + b.dataset.visit + "/outcome?lang=" + body.getAttribute("data-visit-phone"), {
          method: "POST", headers: headers, credentials: "same-origin",
          body: JSON.stringify({ status: b.dataset.status, note: "" })
        }).then(function (r) {
          return r.json().then(function (data) {
            if (!r.ok) { throw new Error((data && data.detail) || r.statusText); }
            var item = b.closest("li");
            Array.prototype.forEach.call(item.querySelectorAll("button.outcome"), function (x) {
              x.setAttribute("aria-pressed", x === b ? "true" : "false");
              x.disabled = true;
            });
            var status = item.querySelector(".status");
            if (status) { status.textContent = data.visit.status_text; }
          });
        }).catch(function (error) { window.alert(error.message); });
      });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", wirePhonePage);
  } else { wirePhonePage(); }
})();
