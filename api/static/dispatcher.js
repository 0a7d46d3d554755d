/* Sofra dispatcher and driver page. Talks to the API with the token from the login; text from
   the API is only ever set through textContent, never parsed as HTML. Times, distances and
   figures come from the API already formatted for people (domain.clock / domain.lang): this
   script does no time or number formatting of its own. */
(function () {
  "use strict";

  // Every word of the page, per language, from domain.lang (the API puts it in the page).
  var TEXT = JSON.parse(document.getElementById("sofra-labels").textContent);
  var ALERT_POLL_MS = 5000;
  var JOB_POLL_MS = 500;

  var lang = sessionStorage.getItem("sofra-lang") || "tr";
  var token = sessionStorage.getItem("sofra-token");
  var me = null;
  var map = null;
  var planLayer = null;
  var currentPlan = null;
  var versions = [];
  var alertTimer = null;
  var alertStream = null;
  var lastAlertIds = "";

  function t(key) { return (TEXT[lang] && TEXT[lang][key]) || TEXT.en[key] || key; }
  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function localToday() {
    var d = new Date();
    return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" +
      String(d.getDate()).padStart(2, "0");
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.querySelectorAll("[data-i18n]").forEach(function (node) {
      node.textContent = t(node.getAttribute("data-i18n"));
    });
    $("lang-toggle").textContent = lang === "tr" ? "EN" : "TR";
    document.title = "Sofra · " + t("title");
  }

  function api(method, path, body) {
    var headers = { "Accept": "application/json" };
    if (token) { headers.Authorization = "Bearer " + token; }
    var options = { method: method, headers: headers, credentials: "same-origin" };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return fetch(path, options).then(function (response) {
      if (response.status === 401 && path.indexOf("/login") !== 0) { logout(); }
      var type = response.headers.get("content-type") || "";
      var parse = type.indexOf("json") >= 0 ? response.json() : Promise.resolve(null);
      return parse.then(function (data) {
        if (!response.ok) {
          var error = new Error((data && (data.detail || data.title)) || response.statusText);
          error.problem = data;
          throw error;
        }
        return data;
      });
    });
  }

  /* ---------------- page modules (parcels, intake, visits, reports) ----------------
     Each module script (api/static/<topic>.js, loaded before this one) pushes
     {view, tab, roles, show(ctx), onLanguage(ctx)} onto window.SofraModules: `view` is the id of
     its <section>, `tab` the label key of its tab, `roles` who sees it. The office's roles see
     the dispatch view as their first tab; a role with no dispatch view starts on its first module. */
  var MODULES = window.SofraModules || [];
  var OFFICE_ROLES = ["admin", "dispatcher", "planner"];
  var currentView = null;
  var ctx = {
    api: api, t: t, el: el, $: $, clear: clear, localToday: localToday,
    lang: function () { return lang; }, me: function () { return me; },
    showError: function (e) { showError(e); }, runJob: function (p, b, k) { return runJob(p, b, k); }
  };
  window.Sofra = ctx;

  function modulesFor(role) {
    return MODULES.filter(function (m) { return m.roles.indexOf(role) >= 0; });
  }

  function showModule(m) {
    showView(m.view);
    if (m.show) { m.show(ctx); }
  }

  function buildTabs() {
    var nav = $("tabs");
    clear(nav);
    var mods = me ? modulesFor(me.role) : [];
    var office = me && OFFICE_ROLES.indexOf(me.role) >= 0;
    nav.hidden = mods.length === 0;
    if (!mods.length) { return; }
    if (office) {
      var d = el("button", "tab", t("tab_dispatch"));
      d.type = "button";
      d.dataset.view = "dispatch-view";
      d.addEventListener("click", function () { startDispatcher(); });
      nav.appendChild(d);
    }
    mods.forEach(function (m) {
      var b = el("button", "tab", t(m.tab));
      b.type = "button";
      b.dataset.view = m.view;
      b.addEventListener("click", function () { showModule(m); });
      nav.appendChild(b);
    });
    markTab();
  }

  function markTab() {
    Array.prototype.forEach.call($("tabs").children, function (b) {
      b.setAttribute("aria-pressed", b.dataset.view === currentView ? "true" : "false");
    });
  }

  function showView(name) {
    var ids = ["login-view", "dispatch-view", "driver-view"].concat(MODULES.map(function (m) { return m.view; }));
    ids.forEach(function (id) {
      if ($(id)) { $(id).hidden = id !== name; }
    });
    currentView = name;
    $("logout").hidden = name === "login-view";
    if (name === "login-view") { $("tabs").hidden = true; }
    markTab();
  }

  function logout() {
    token = null;
    me = null;
    sessionStorage.removeItem("sofra-token");
    if (alertTimer) { clearInterval(alertTimer); alertTimer = null; }
    if (alertStream) { alertStream.close(); alertStream = null; }
    fetch("/logout", { method: "POST", credentials: "same-origin" });
    $("whoami").textContent = "";
    showView("login-view");
  }

  function login(event) {
    event.preventDefault();
    var form = new URLSearchParams();
    form.set("username", $("username").value);
    form.set("password", $("password").value);
    $("login-error").textContent = "";
    fetch("/login/access-token", { method: "POST", body: form, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) { throw new Error(t("login_failed")); }
        return response.json();
      })
      .then(function (data) {
        token = data.access_token;
        sessionStorage.setItem("sofra-token", token);
        start();
      })
      .catch(function (error) { $("login-error").textContent = error.message; });
  }

  function start() {
    api("GET", "/users/me").then(function (user) {
      me = user;
      $("whoami").textContent = user.username + " · " + user.role;
      buildTabs();
      var mods = modulesFor(user.role);
      if (user.role === "driver") { startDriver(); }
      else if (OFFICE_ROLES.indexOf(user.role) >= 0) { startDispatcher(); }
      else if (mods.length) { showModule(mods[0]); }
      else { showView("login-view"); $("login-error").textContent = t("no_view_for_role"); }
    }).catch(function () { logout(); });
  }

  /* ---------------- dispatcher ---------------- */

  function ensureMap() {
    if (map) { return Promise.resolve(map); }
    map = L.map("map", { zoomSnap: 0.25 });
    map.attributionControl.setPrefix("Leaflet");
    map.attributionControl.addAttribution("© OpenStreetMap contributors (ODbL)");
    map.setView([40.0767, 29.5101], 14);
    var roads = api("GET", "/map/roads").then(function (data) {
      if (data.roads.length) {
        L.polyline(data.roads, {
          renderer: L.canvas({ padding: 0.3 }), color: "#a0a0a0", weight: 1.2, opacity: 0.9,
          interactive: false
        }).addTo(map);
      }
    });
    var kitchen = api("GET", "/kitchens").then(function (kitchens) {
      kitchens.slice(0, 1).forEach(function (k) {
        var box = el("span", null, t("kitchen").charAt(0));
        L.marker([k.lat, k.lon], {
          icon: L.divIcon({ className: "sofra-kitchen", html: box, iconSize: [30, 30], iconAnchor: [15, 15] }),
          title: k.name, zIndexOffset: 1000
        }).bindPopup(el("strong", null, t("kitchen") + ": " + k.name)).addTo(map);
        map.setView([k.lat, k.lon], 14);
      });
    });
    return Promise.all([roads, kitchen]).then(function () { return map; });
  }

  function startDispatcher() {
    showView("dispatch-view");
    if (!$("day").value) { $("day").value = localToday(); }
    if (!$("shift").dataset.chosen) { $("shift").value = new Date().getHours() < 13 ? "breakfast" : "dinner"; }
    ensureMap().then(loadLatestPlan);
    if (me.role !== "planner") {
      pollAlerts();
      if (!alertTimer) { alertTimer = setInterval(pollAlerts, ALERT_POLL_MS); }
      // Server-sent events bring a new alert at once; the polling above is the fallback.
      if (!alertStream && window.EventSource) {
        alertStream = new EventSource("/alerts/stream");
        alertStream.addEventListener("alert", pollAlerts);
        // The account was deactivated or its token revoked: back to the login form.
        alertStream.addEventListener("revoked", logout);
      }
    } else {
      $("alerts-card").hidden = true;
      $("replan-button").hidden = true;
      $("publish-button").hidden = true;
      $("replan-at").parentNode.hidden = true;
    }
  }

  // The versions of the shift: which one the drivers see, and the one to show (a planner's
  // newest what-if copy, else the newest office version).
  function loadVersions() {
    var q = "?day=" + encodeURIComponent($("day").value) + "&shift=" + encodeURIComponent($("shift").value);
    return api("GET", "/plans" + q).then(function (list) {
      versions = list;
      showDriversSee();
      return list;
    });
  }

  function showDriversSee() {
    var box = $("drivers-see");
    var published = versions.filter(function (v) { return v.status === "published"; })[0];
    box.textContent = t("drivers_see") + ": " + (published
      ? t("version") + " " + published.version + " (" + published.published + " · " + published.published_by + ")"
      : t("nothing_published"));
    box.setAttribute("data-published", published ? String(published.id) : "");
  }

  function loadLatestPlan() {
    return loadVersions().then(function (list) {
      var office = list.filter(function (v) { return !v.what_if; });
      var mine = list.filter(function (v) { return v.what_if; });
      var shown = me && me.role === "planner" && mine.length ? mine : office;
      if (!shown.length) { showPlan(null, null); return null; }
      return loadPlan(shown[shown.length - 1].id);
    }).catch(showError);
  }

  function loadPlan(planId) {
    return Promise.all([
      api("GET", "/plans/" + planId + "?lang=" + lang),
      api("GET", "/plans/" + planId + "/geojson")
    ]).then(function (both) { showPlan(both[0], both[1]); });
  }

  function showError(error) {
    var status = $("job-status");
    status.className = "failed";
    status.textContent = t("error") + ": " + error.message;
  }

  function versionOf(plan) {
    return versions.filter(function (v) { return v.id === plan.id; })[0] || plan;
  }

  function showPlan(plan, geojson) {
    currentPlan = plan;
    $("replan-button").disabled = !plan || plan.what_if;
    $("publish-button").disabled = !plan || !versionOf(plan).publishable;
    if (planLayer) { map.removeLayer(planLayer); planLayer = null; }
    clear($("route-tables"));
    clear($("unserved"));
    clear($("held"));
    clear($("changes"));
    if (!plan) {
      $("plan-label").textContent = "";
      $("summary").textContent = t("no_plan");
      document.documentElement.setAttribute("data-plan", "none");
      return;
    }
    var status = plan.what_if ? "what_if" : versionOf(plan).status;
    $("plan-label").textContent = (plan.what_if ? plan.label : t("version") + " " + plan.version) +
      " · #" + plan.id + " · " + t("status_" + status) + (plan.what_if ? " · " + t("what_if_note") : "");
    $("plan-label").setAttribute("data-status", status);
    drawPlan(plan, geojson);
    showSummary(plan);
    showUnserved(plan);
    showHeld(plan);
    showChanges(plan);
    plan.routes.forEach(function (route) {
      if (route.stops.length) { $("route-tables").appendChild(routeTable(plan, route)); }
    });
    document.documentElement.setAttribute("data-plan", String(plan.id));
  }

  function drawPlan(plan, geojson) {
    planLayer = L.featureGroup();
    var outcomes = {};
    var colours = {};
    plan.routes.forEach(function (r) {
      colours[r.route] = r.colour;
      r.stops.forEach(function (s) { outcomes[r.route + "/" + s.seq] = s; });
    });
    geojson.features.forEach(function (f) {
      var p = f.properties;
      if (!f.geometry) { return; }
      if (p.kind === "route") {
        var line = f.geometry.coordinates.map(function (c) { return [c[1], c[0]]; });
        L.polyline(line, { color: "#ffffff", weight: 8, opacity: 0.8, interactive: false }).addTo(planLayer);
        L.polyline(line, { color: p.colour, weight: 4, opacity: 0.95, className: "sofra-route" })
          .bindPopup(el("strong", null, t("route") + " " + p.route + " · " + p.route_id))
          .addTo(planLayer);
      }
    });
    geojson.features.forEach(function (f) {
      var p = f.properties;
      if (p.kind !== "stop" || !f.geometry) { return; }
      var c = f.geometry.coordinates;
      var stop = outcomes[p.route + "/" + p.seq] || {};
      var span = el("span", null, p.seq);
      span.style.background = colours[p.route] || "#333";
      var cls = "sofra-stop" + (stop.outcome ? " done" : "") + (stop.outcome === "not_at_home" ? " alerted" : "");
      var title = p.seq + " · " + (stop.name || p.ref) + " · " + p.arrival;
      var box = el("div");
      box.appendChild(el("strong", null, title));
      if (stop.address) { box.appendChild(el("div", null, stop.address)); }
      box.appendChild(el("div", "muted", t("route") + " " + p.route + " · " + p.ref));
      L.marker([c[1], c[0]], {
        icon: L.divIcon({ className: cls, html: span, iconSize: [28, 28], iconAnchor: [14, 14] }),
        title: title
      }).bindPopup(box).addTo(planLayer);
    });
    planLayer.addTo(map);
    var bounds = planLayer.getBounds();
    if (bounds.isValid()) { map.fitBounds(bounds, { padding: [20, 20] }); }
  }

  function showSummary(plan) {
    var s = plan.summary;
    var f = plan.figures;
    var box = $("summary");
    clear(box);
    box.className = "";
    var lines = [
      t(plan.shift) + " · " + plan.day + " · " + t("version") + " " + plan.version,
      s.routes_used + "/" + s.crews + " " + t("vans") + " · " + s.served + "/" + s.households_due + " " + t("served"),
      t("driving") + " " + f.driving + " · " + f.distance + " · " + t("longest_ride") + " " + f.longest_ride +
        (f.ride_limit ? " / " + f.ride_limit : ""),
      t("same_driver") + ": " + (f.same_driver === null ? "—" : f.same_driver) +
        " · " + (s.violations.length ? s.violations.length + " " + t("violations") : "✓ " + t("verified"))
    ];
    lines.forEach(function (line) { box.appendChild(el("div", null, line)); });
  }

  function showUnserved(plan) {
    var list = $("unserved");
    if (!plan.unserved.length) { list.appendChild(el("li", "muted", t("none"))); return; }
    plan.unserved.forEach(function (u) {
      list.appendChild(el("li", "unserved-item", u.household + (u.name ? " (" + u.name + ")" : "") + " — " + u.reason_text));
    });
  }

  function showHeld(plan) {
    var list = $("held");
    var held = plan.held || [];
    if (!held.length) { list.appendChild(el("li", "muted", t("none"))); return; }
    held.forEach(function (h) {
      list.appendChild(el("li", "held-item", h.household + (h.name ? " (" + h.name + ")" : "") + " — " + h.reason_text));
    });
  }

  function showChanges(plan) {
    if (plan.from_version === null || plan.from_version === undefined) { return; }
    var box = $("changes");
    box.appendChild(el("h3", null, t("changes") + " (v" + plan.from_version + " → v" + plan.version + ", " + plan.replanned_at + ")"));
    if (!plan.changes.length) { box.appendChild(el("div", "muted", t("no_changes"))); return; }
    var ul = el("ul", "changes-list");
    plan.changes.forEach(function (c) { ul.appendChild(el("li", null, c.text)); });
    box.appendChild(ul);
  }

  function routeTable(plan, route) {
    var card = el("section", "card route-card");
    card.setAttribute("data-route", route.route);
    var head = el("h3");
    var swatch = el("span", "swatch");
    swatch.style.background = route.colour;
    head.appendChild(swatch);
    head.appendChild(el("span", null, t("route") + " " + route.route + " · " + route.vehicle_id +
      (route.driver_name ? " · " + route.driver_name : "")));
    card.appendChild(head);
    card.appendChild(el("div", "route-meta", route.departure + "–" + route.return + " · " + route.stops.length + " " +
      t("stops") + " · " + route.meals + " " + t("meals") + " · " + route.distance));
    if (route.sheet_url) {
      var link = el("a", "sheet-link", t("sheet"));
      link.href = route.sheet_url + "?lang=" + lang;
      link.target = "_blank";
      link.rel = "noopener";
      card.appendChild(link);
    }
    var table = el("table");
    var header = el("tr");
    ["seq", "time", "household", "name", "outcome"].forEach(function (k) { header.appendChild(el("th", null, t(k))); });
    table.appendChild(header);
    route.stops.forEach(function (s) {
      var row = el("tr");
      row.appendChild(el("td", null, s.seq));
      row.appendChild(el("td", null, s.arrival));
      row.appendChild(el("td", null, s.household));
      row.appendChild(el("td", null, s.name ? s.name + (s.address ? " · " + s.address : "") : "—"));
      row.appendChild(el("td", s.outcome ? "outcome-" + s.outcome : "", s.outcome ? t(s.outcome) : ""));
      table.appendChild(row);
    });
    card.appendChild(table);
    return card;
  }

  function runJob(path, body, kind) {
    var status = $("job-status");
    status.className = "";
    status.textContent = t(kind) + "…";
    status.removeAttribute("data-done");
    $("plan-button").disabled = true;
    $("replan-button").disabled = true;
    $("publish-button").disabled = true;
    var again = false;
    return api("POST", path + "?lang=" + lang, body).then(function (job) {
      return new Promise(function (resolve, reject) {
        function poll() {
          api("GET", "/jobs/" + job.id + "?lang=" + lang).then(function (j) {
            status.textContent = t(kind) + ": " + t(j.status) + " " + Math.round(j.progress * 100) + "% · " + j.message;
            if (j.status === "done") { resolve(j); return; }
            if (j.status === "failed" || j.status === "interrupted") {
              reject(new Error(j.error ? j.error.detail : j.message)); return;
            }
            setTimeout(poll, JOB_POLL_MS);
          }).catch(reject);
        }
        poll();
      });
    }, function (error) {
      // Planning again a shift with a published version or outcomes: ask, then re-plan.
      var problem = error.problem;
      if (problem && problem.type === "/problems/confirm-replan" && !body.confirm_replan &&
          window.confirm(problem.detail + "\n\n" + t("confirm_replan"))) {
        again = true;
        return null;
      }
      throw error;
    }).then(function (j) {
      if (again) { return runJob(path, Object.assign({}, body, { confirm_replan: true }), "job_replan"); }
      status.textContent = t(kind) + ": " + t("done");
      status.setAttribute("data-done", j.id);
      return loadVersions().then(function () { return loadPlan(j.result.plan_id); });
    }).catch(showError).then(function () {
      if (again) { return; }
      $("plan-button").disabled = false;
      $("replan-button").disabled = !currentPlan || currentPlan.what_if;
      $("publish-button").disabled = !currentPlan || !versionOf(currentPlan).publishable;
    });
  }

  function plan() {
    runJob("/plans", { day: $("day").value, shift: $("shift").value }, "job_plan");
  }

  function publish() {
    if (!currentPlan) { return; }
    var status = $("job-status");
    $("publish-button").disabled = true;
    api("POST", "/plans/" + currentPlan.id + "/publish?lang=" + lang).then(function (v) {
      status.className = "";
      status.textContent = t("published_ok") + ": " + t("version") + " " + v.version;
      status.setAttribute("data-published", String(v.id));
      return loadVersions().then(function () { return loadPlan(v.id); });
    }).catch(showError);
  }

  function replan() {
    if (!currentPlan) { return; }
    var at = $("replan-at").value;
    runJob("/plans/" + currentPlan.id + "/replan", at ? { at: at } : {}, "job_replan");
  }

  function pollAlerts() {
    if (!token || !me || me.role === "driver" || me.role === "planner") { return; }
    api("GET", "/alerts").then(function (alerts) {
      var ids = alerts.map(function (a) { return a.id; }).join(",");
      $("no-alerts").hidden = alerts.length > 0;
      if (ids === lastAlertIds) { return; }
      var fresh = alerts.some(function (a) { return lastAlertIds.split(",").indexOf(String(a.id)) < 0; });
      lastAlertIds = ids;
      var list = $("alerts");
      clear(list);
      alerts.forEach(function (a) {
        var li = el("li", "alert");
        li.setAttribute("data-alert", a.id);
        li.appendChild(el("div", "alert-head", t("not_at_home_alert") + " · " + a.name + " (" + a.household + ")"));
        li.appendChild(el("div", null, a.address));
        var phone = el("a", null, t("call") + " " + a.phone);
        phone.href = "tel:" + a.phone.replace(/\s/g, "");
        li.appendChild(phone);
        li.appendChild(el("div", "muted", t("route") + " " + a.route + " · " + t("driver_label") + " " + a.driver + " · " +
          a.raised + (a.note ? " · " + a.note : "")));
        var ack = el("button", null, t("acknowledge"));
        ack.type = "button";
        ack.addEventListener("click", function () {
          api("POST", "/alerts/" + a.id + "/acknowledge").then(pollAlerts);
        });
        li.appendChild(ack);
        list.appendChild(li);
      });
      if (fresh && currentPlan) { loadPlan(currentPlan.id); }
    }).catch(function () { /* the next poll tries again */ });
  }

  /* ---------------- driver ---------------- */

  function startDriver() {
    showView("driver-view");
    if (!$("driver-day").value) { $("driver-day").value = localToday(); }
    if (!$("driver-shift").dataset.chosen) { $("driver-shift").value = new Date().getHours() < 13 ? "breakfast" : "dinner"; }
    loadDriverRoute();
  }

  function loadDriverRoute() {
    var box = $("driver-route");
    var q = "?day=" + encodeURIComponent($("driver-day").value) + "&shift=" +
      encodeURIComponent($("driver-shift").value) + "&lang=" + lang;
    api("GET", "/drivers/me/route" + q).then(function (route) {
      clear(box);
      box.setAttribute("data-version", String(route.version));
      box.appendChild(el("h2", null, t("route") + " " + route.route + " · " + route.van + " · " + route.departure + "–" + route.return));
      if (route.changes.length) {
        var changed = el("section", "route-changes");
        changed.appendChild(el("h3", null, t("route_changed") + " (v" + route.previous_version + " → v" + route.version + ")"));
        var list = el("ul");
        route.changes.forEach(function (c) {
          var li = el("li", "change-" + c.kind, c.text);
          li.setAttribute("data-household", c.household);
          list.appendChild(li);
        });
        changed.appendChild(list);
        box.appendChild(changed);
      }
      var link = el("a", "sheet-link", t("sheet"));
      link.href = route.sheet_url + "?lang=" + lang;
      link.target = "_blank";
      box.appendChild(link);
      route.stops.forEach(function (s) { box.appendChild(driverStop(s)); });
    }).catch(function (error) {
      clear(box);
      box.removeAttribute("data-version");
      var missing = error.problem && error.problem.status === 404;
      box.appendChild(el("p", "muted", missing ? t("no_route") : error.message));
      if (missing && error.problem.detail) { box.appendChild(el("p", "muted no-route-detail", error.problem.detail)); }
    });
  }

  function driverStop(s) {
    var item = el("div", "driver-stop");
    item.setAttribute("data-stop", s.stop_id);
    item.appendChild(el("div", "who", s.seq + ". " + s.time + " · " + s.name));
    item.appendChild(el("div", null, s.address));
    var hand = el("div", null, s.meals + " " + t("meals") + " ");
    s.diets.forEach(function (d) { hand.appendChild(el("span", "diet", d)); });
    item.appendChild(hand);
    if (s.notes) { item.appendChild(el("div", "muted", s.notes)); }
    var links = el("div");
    var call = el("a", null, t("call"));
    call.href = "tel:" + s.phone.replace(/\s/g, "");
    var nav = el("a", null, t("navigate"));
    nav.href = "geo:" + s.lat + "," + s.lon;
    links.appendChild(call);
    links.appendChild(document.createTextNode(" · "));
    links.appendChild(nav);
    item.appendChild(links);
    var actions = el("div", "actions");
    var note = el("input");
    note.placeholder = t("note");
    note.setAttribute("aria-label", t("note"));
    actions.appendChild(note);
    ["delivered", "not_at_home", "refused"].forEach(function (status) {
      var b = el("button", null, t(status));
      b.type = "button";
      b.setAttribute("data-outcome", status);
      b.addEventListener("click", function () {
        api("POST", "/stops/" + s.stop_id + "/outcomes", { status: status, note: note.value })
          .then(function () { loadDriverRoute(); })
          .catch(function (error) { alert(error.message); });
      });
      actions.appendChild(b);
    });
    item.appendChild(actions);
    if (s.outcome) { item.appendChild(el("div", "done-as outcome-" + s.outcome, t(s.outcome))); }
    return item;
  }

  /* ---------------- wiring ---------------- */

  $("login-form").addEventListener("submit", login);
  $("logout").addEventListener("click", logout);
  $("plan-button").addEventListener("click", plan);
  $("replan-button").addEventListener("click", replan);
  $("publish-button").addEventListener("click", publish);
  $("day").addEventListener("change", loadLatestPlan);
  $("shift").addEventListener("change", function () { $("shift").dataset.chosen = "1"; loadLatestPlan(); });
  $("driver-load").addEventListener("click", loadDriverRoute);
  $("driver-shift").addEventListener("change", function () { $("driver-shift").dataset.chosen = "1"; loadDriverRoute(); });
  $("driver-day").addEventListener("change", loadDriverRoute);
  $("lang-toggle").addEventListener("click", function () {
    lang = lang === "tr" ? "en" : "tr";
    sessionStorage.setItem("sofra-lang", lang);
    applyLanguage();
    buildTabs();
    MODULES.forEach(function (m) { if (m.view === currentView && m.onLanguage) { m.onLanguage(ctx); } });
    if (!$("plan-button").disabled) { $("job-status").textContent = ""; }
    lastAlertIds = "";
    if (me && me.role === "driver") { loadDriverRoute(); } else if (me) { pollAlerts(); showDriversSee(); if (currentPlan) { loadPlan(currentPlan.id); } }
  });

  applyLanguage();
  if (token) { start(); } else { showView("login-view"); }
  document.documentElement.setAttribute("data-sofra-ready", "1");
})();
