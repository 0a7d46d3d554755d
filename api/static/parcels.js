/* Sofra page module: the parcel month and day. Registers itself on window.SofraModules (see dispatcher.js:
   {view, tab, roles, show(ctx), onLanguage(ctx)}); text from the API is set only through textContent.
   Office roles see the month calendar (families and kg per day), a day's routes on the map and as
   tables, and plan the month as a job; a driver sees his published parcel route of today and records
   delivered / not at home at each door. */
(function () {
  "use strict";
  window.SofraModules = window.SofraModules || [];

  var COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b",
    "#e377c2", "#7f7f7f", "#bcbd22", "#393b79", "#637939"];
  var POLL_MS = 500;
  var state = { month: null, day: null, map: null, layer: null, built: false, ctx: null };

  function monthOf(day) { return day.slice(0, 7); }

  function button(ctx, key, onClick, cls) {
    var b = ctx.el("button", cls || null, ctx.t(key));
    b.type = "button";
    b.dataset.key = key;
    b.addEventListener("click", onClick);
    return b;
  }

  function build(ctx) {
    var root = ctx.$("parcels-view");
    ctx.clear(root);
    var office = ctx.me().role !== "driver";
    if (!office) {
      var top = ctx.el("div", "controls");
      top.appendChild(ctx.el("h2", null, ctx.t("parcel_my_route")));
      var dayInput = ctx.el("input");
      dayInput.type = "date";
      dayInput.id = "parcel-driver-day";
      dayInput.value = ctx.localToday();
      dayInput.addEventListener("change", function () { loadDriver(ctx); });
      top.appendChild(dayInput);
      root.appendChild(top);
      var mine = ctx.el("div", "card");
      mine.id = "parcel-driver";
      root.appendChild(mine);
      state.built = "driver";
      return;
    }
    var controls = ctx.el("div", "controls");
    var label = ctx.el("label");
    label.appendChild(ctx.el("span", null, ctx.t("parcel_month") + " "));
    var input = ctx.el("input");
    input.type = "month";
    input.id = "parcel-month";
    input.value = state.month || monthOf(ctx.localToday());
    label.appendChild(input);
    controls.appendChild(label);
    controls.appendChild(button(ctx, "parcel_show_month", function () { loadMonth(ctx); }));
    if (ctx.me().role !== "planner") {
      var plan = button(ctx, "parcel_plan_month", function () { planMonth(ctx); });
      plan.id = "parcel-plan";
      controls.appendChild(plan);
    }
    var status = ctx.el("span", "muted");
    status.id = "parcel-status";
    status.setAttribute("role", "status");
    controls.appendChild(status);
    root.appendChild(controls);
    var cal = ctx.el("div", "parcel-calendar");
    cal.id = "parcel-calendar";
    cal.style.display = "grid";
    cal.style.gridTemplateColumns = "repeat(5, minmax(7rem, 1fr))";
    cal.style.gap = "0.4rem";
    cal.style.margin = "0.5rem 0";
    root.appendChild(cal);
    var dayBox = ctx.el("div", "card");
    dayBox.id = "parcel-day";
    var head = ctx.el("div", "controls");
    head.id = "parcel-day-head";
    dayBox.appendChild(head);
    var mapDiv = ctx.el("div");
    mapDiv.id = "parcel-map";
    mapDiv.style.height = "380px";
    dayBox.appendChild(mapDiv);
    var tables = ctx.el("div");
    tables.id = "parcel-routes";
    dayBox.appendChild(tables);
    dayBox.hidden = true;
    root.appendChild(dayBox);
    state.built = "office";
  }

  function setStatus(ctx, text) { var s = ctx.$("parcel-status"); if (s) { s.textContent = text; } }

  function loadMonth(ctx) {
    state.month = ctx.$("parcel-month").value;
    return ctx.api("GET", "/parcels/months/" + state.month + "?lang=" + ctx.lang()).then(function (m) {
      if (m.month !== state.month) { return; }  // an answer for a month asked before
      drawCalendar(ctx, m);
    }).catch(ctx.showError);
  }

  function drawCalendar(ctx, m) {
    var cal = ctx.$("parcel-calendar");
    ctx.clear(cal);
    cal.dataset.month = m.month;
    if (!m.planned) {
      var none = ctx.el("p", "muted", ctx.t("parcel_not_planned"));
      none.style.gridColumn = "1 / -1";
      cal.appendChild(none);
    }
    var first = m.days.length ? new Date(m.days[0].day + "T12:00:00").getDay() : 1;
    for (var pad = 1; pad < first && pad < 6; pad++) { cal.appendChild(ctx.el("div")); }
    m.days.forEach(function (d) {
      var cell = ctx.el("button", "parcel-day-cell");
      cell.type = "button";
      cell.dataset.day = d.day;
      cell.dataset.families = String(d.families);
      cell.style.textAlign = "left";
      cell.style.padding = "0.4rem";
      cell.style.border = "1px solid #bbb";
      cell.style.borderRadius = "6px";
      cell.style.background = d.day === state.day ? "#e8f0fe" : "#fff";
      cell.appendChild(ctx.el("strong", null, d.label));
      cell.appendChild(ctx.el("div", null, d.families + " " + ctx.t("parcel_families") + " · " + d.kg + " " + ctx.t("parcel_kg")));
      var hoods = d.neighbourhoods.slice().sort(function (a, b) { return b.families - a.families; }).slice(0, 3);
      cell.appendChild(ctx.el("div", "muted", hoods.map(function (h) { return h.neighbourhood + " " + h.families; }).join(", ")));
      if (d.status) { cell.appendChild(ctx.el("div", "muted", "v" + d.version + " · " + ctx.t("status_" + d.status))); }
      cell.addEventListener("click", function () { loadDay(ctx, d.day); });
      cal.appendChild(cell);
    });
  }

  function ensureMap(ctx) {
    if (state.map) { return state.map; }
    state.map = L.map("parcel-map", { zoomSnap: 0.25 });
    state.map.attributionControl.setPrefix("Leaflet");
    state.map.attributionControl.addAttribution("© OpenStreetMap contributors (ODbL)");
    state.map.setView([40.0767, 29.5101], 13);
    ctx.api("GET", "/map/roads").then(function (data) {
      if (data.roads.length) {
        L.polyline(data.roads, { renderer: L.canvas({ padding: 0.3 }), color: "#a0a0a0", weight: 1.2,
          opacity: 0.9, interactive: false }).addTo(state.map);
      }
    });
    return state.map;
  }

  function loadDay(ctx, day) {
    state.day = day;
    Array.prototype.forEach.call(document.querySelectorAll(".parcel-day-cell"), function (c) {
      c.style.background = c.dataset.day === day ? "#e8f0fe" : "#fff";
    });
    return ctx.api("GET", "/parcels/days/" + day + "?lang=" + ctx.lang()).then(function (plan) {
      drawDay(ctx, plan);
    }).catch(ctx.showError);
  }

  function drawDay(ctx, plan) {
    var box = ctx.$("parcel-day");
    box.hidden = false;
    var head = ctx.$("parcel-day-head");
    ctx.clear(head);
    head.appendChild(ctx.el("h2", null, ctx.t("parcel_day_title") + " · " + plan.label));
    head.appendChild(ctx.el("span", "muted", "v" + plan.version + " · " + ctx.t("status_" + plan.status) + " · " +
      plan.families + " " + ctx.t("parcel_families") + " · " + plan.kg + " " + ctx.t("parcel_kg")));
    if (ctx.me().role !== "planner" && plan.status !== "published") {
      var pub = button(ctx, "parcel_publish", function () {
        ctx.api("POST", "/parcels/plans/" + plan.plan_id + "/publish?lang=" + ctx.lang(), {}).then(function (p) {
          drawDay(ctx, p);
          loadMonth(ctx);
        }).catch(ctx.showError);
      });
      pub.id = "parcel-publish";
      head.appendChild(pub);
    }
    drawMap(ctx, plan);
    drawTables(ctx, ctx.$("parcel-routes"), plan, false);
  }

  function drawMap(ctx, plan) {
    var map = ensureMap(ctx);
    if (state.layer) { map.removeLayer(state.layer); }
    state.layer = L.layerGroup().addTo(map);
    var bounds = [];
    plan.geojson.features.forEach(function (f) {
      var p = f.properties;
      var colour = COLOURS[((p.route || 1) - 1) % COLOURS.length];
      if (p.kind === "route") {
        var line = f.geometry.coordinates.map(function (c) { return [c[1], c[0]]; });
        L.polyline(line, { color: colour, weight: 3, opacity: 0.8 }).addTo(state.layer);
        bounds = bounds.concat(line);
      } else if (p.kind === "stop") {
        var at = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
        var marker = L.circleMarker(at, { radius: 6, color: colour, fillColor: colour, fillOpacity: 0.9 });
        marker.bindTooltip(String(p.seq));
        marker.addTo(state.layer);
        bounds.push(at);
      } else {
        var w = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
        L.circleMarker(w, { radius: 9, color: "#000", fillColor: "#ffd700", fillOpacity: 1 }).addTo(state.layer);
        bounds.push(w);
      }
    });
    setTimeout(function () {
      map.invalidateSize();
      if (bounds.length) { map.fitBounds(bounds, { padding: [20, 20], maxZoom: 16 }); }
    }, 0);
  }

  function cell(ctx, row, text, cls) { var td = ctx.el("td", cls || null, text); row.appendChild(td); return td; }

  function drawTables(ctx, into, plan, driver) {
    ctx.clear(into);
    plan.routes.forEach(function (r) {
      var card = ctx.el("section", "card parcel-route");
      var colour = COLOURS[(r.route_no - 1) % COLOURS.length];
      card.style.borderLeft = "6px solid " + colour;
      card.appendChild(ctx.el("h3", null, ctx.t("parcel_route") + " " + r.route_no + " · " + ctx.t("parcel_van") + " " +
        r.vehicle_id + " · " + ctx.t("parcel_crew") + " " + r.crew + (r.driver ? " · " + ctx.t("parcel_driver") + " " + r.driver : "")));
      card.appendChild(ctx.el("p", "muted", ctx.t("parcel_depart") + " " + r.departure + " · " + ctx.t("parcel_back") + " " +
        r.back + " · " + ctx.t("parcel_driving") + " " + r.driving + " · " + r.km + " · " + r.kg + " " + ctx.t("parcel_kg")));
      if (driver) {
        r.stops.forEach(function (s) { card.appendChild(stopCard(ctx, s)); });
      } else {
        card.appendChild(stopTable(ctx, r));
      }
      into.appendChild(card);
    });
    if (!driver && plan.unserved.length) {
      var un = ctx.el("section", "card");
      un.appendChild(ctx.el("h3", null, ctx.t("parcel_unserved")));
      var ul = ctx.el("ul");
      plan.unserved.forEach(function (u) { ul.appendChild(ctx.el("li", null, u.family + ": " + u.reason)); });
      un.appendChild(ul);
      into.appendChild(un);
    }
  }

  function stopTable(ctx, r) {
    var table = ctx.el("table", "parcel-stops");
    var head = ctx.el("tr");
    ["parcel_seq", "parcel_family", "parcel_address", "parcel_arrival", "parcel_boxes", "parcel_kg",
      "parcel_load", "parcel_two"].forEach(function (k) { head.appendChild(ctx.el("th", null, ctx.t(k))); });
    var thead = ctx.el("thead");
    thead.appendChild(head);
    table.appendChild(thead);
    var body = ctx.el("tbody");
    r.stops.forEach(function (s) {
      var row = ctx.el("tr");
      cell(ctx, row, s.seq);
      cell(ctx, row, s.name ? s.family + " · " + s.name : s.family);
      cell(ctx, row, s.address ? s.address + " · " + s.neighbourhood : s.neighbourhood);
      cell(ctx, row, s.arrival);
      cell(ctx, row, s.parcels);
      cell(ctx, row, s.kg);
      cell(ctx, row, s.load_order);
      var two = cell(ctx, row, s.two_person ? "⚠ " + ctx.t("parcel_two") : "");
      if (s.two_person) { two.title = ctx.t("parcel_two_hint"); two.style.fontWeight = "bold"; two.style.color = "#b00020"; }
      body.appendChild(row);
    });
    table.appendChild(body);
    return table;
  }

  function stopCard(ctx, s) {
    var card = ctx.el("div", "parcel-stop");
    card.style.borderTop = "1px solid #ccc";
    card.style.padding = "0.6rem 0";
    card.style.fontSize = "1.1rem";
    card.appendChild(ctx.el("strong", null, s.seq + ". " + s.arrival + " · " + (s.name || s.family)));
    card.appendChild(ctx.el("div", null, (s.address || "") + " · " + s.neighbourhood));
    if (s.phone) { card.appendChild(ctx.el("div", null, s.phone)); }
    card.appendChild(ctx.el("div", null, s.parcels + " · " + s.kg + " " + ctx.t("parcel_kg") + " · " +
      ctx.t("parcel_load") + " " + s.load_order));
    if (s.two_person) {
      var warn = ctx.el("div", null, "⚠ " + ctx.t("parcel_two_hint"));
      warn.style.color = "#b00020";
      warn.style.fontWeight = "bold";
      card.appendChild(warn);
    }
    var result = ctx.el("div", "muted");
    result.setAttribute("role", "status");
    if (s.outcome) { result.textContent = ctx.t(s.outcome === "delivered" ? "parcel_delivered_btn" : "parcel_not_home_btn"); }
    var actions = ctx.el("div");
    ["delivered", "not_at_home"].forEach(function (status) {
      var b = button(ctx, status === "delivered" ? "parcel_delivered_btn" : "parcel_not_home_btn", function () {
        ctx.api("POST", "/parcels/stops/" + s.stop_id + "/outcome?lang=" + ctx.lang(), { status: status }).then(function (o) {
          result.textContent = o.message;
        }).catch(ctx.showError);
      });
      b.style.minHeight = "2.8rem";
      b.style.marginRight = "0.5rem";
      actions.appendChild(b);
    });
    card.appendChild(actions);
    card.appendChild(result);
    return card;
  }

  function planMonth(ctx) {
    state.month = ctx.$("parcel-month").value;
    var btn = ctx.$("parcel-plan");
    btn.disabled = true;
    setStatus(ctx, ctx.t("parcel_planning"));
    ctx.api("POST", "/parcels/plans?lang=" + ctx.lang(), { month: state.month }).then(function (job) {
      function poll() {
        ctx.api("GET", "/jobs/" + job.id + "?lang=" + ctx.lang()).then(function (j) {
          setStatus(ctx, ctx.t("parcel_planning") + " " + Math.round(j.progress * 100) + "% · " + j.message);
          if (j.status === "done") { btn.disabled = false; setStatus(ctx, ctx.t("done") + " · " + j.result.families + " " + ctx.t("parcel_families")); loadMonth(ctx); return; }
          if (j.status === "failed" || j.status === "interrupted") {
            btn.disabled = false; setStatus(ctx, j.error ? j.error.detail : j.message); return;
          }
          setTimeout(poll, POLL_MS);
        }).catch(function (e) { btn.disabled = false; ctx.showError(e); });
      }
      poll();
    }).catch(function (e) { btn.disabled = false; ctx.showError(e); });
  }

  function loadDriver(ctx) {
    var box = ctx.$("parcel-driver");
    ctx.clear(box);
    ctx.api("GET", "/parcels/me/route?lang=" + ctx.lang() + "&day=" + (ctx.$("parcel-driver-day").value || ctx.localToday())).then(function (plan) {
      box.appendChild(ctx.el("p", null, plan.label + " · " + plan.families + " " + ctx.t("parcel_families") + " · " + plan.kg + " " + ctx.t("parcel_kg")));
      drawTables(ctx, box, plan, true);
    }).catch(function (e) { box.appendChild(ctx.el("p", "muted", e.message)); });
  }

  function show(ctx) {
    state.ctx = ctx;
    var wanted = ctx.me().role === "driver" ? "driver" : "office";
    if (state.built !== wanted) { state.map = null; build(ctx); }
    if (wanted === "driver") { loadDriver(ctx); return; }
    loadMonth(ctx).then(function () { if (state.day && monthOf(state.day) === state.month) { loadDay(ctx, state.day); } });
  }

  window.SofraModules.push({
    view: "parcels-view",
    tab: "tab_parcels",
    roles: ["admin", "dispatcher", "planner", "driver"],
    show: show,
    onLanguage: function (ctx) { state.built = false; state.map = null; show(ctx); }
  });
})();
