/* Sofra page module: applications: the 153 call form and WhatsApp messages. Registers itself on window.SofraModules (see dispatcher.js:
   {view, tab, roles, show(ctx), onLanguage(ctx)}); text from the API is set only through textContent.
   Search first (phone or address), then the form; the list of applications; for social workers
   and the office the detail with assessment, approval and rejection. */
(function () {
  "use strict";
  window.SofraModules = window.SofraModules || [];

  var NEEDS = ["hot_meals", "food_parcel", "gluten_free_parcel", "home_help"];
  var CHANNELS = ["call_centre_153", "walk_in", "referral", "whatsapp"];
  var CASEWORK = ["social_worker", "admin", "dispatcher"];
  var consent = null;
  var selected = null;

  function field(ctx, id, key, type) {
    var wrap = ctx.el("label", "intake-field");
    wrap.appendChild(ctx.el("span", null, ctx.t(key)));
    var input = ctx.el(type === "textarea" ? "textarea" : "input");
    if (type !== "textarea") { input.type = type || "text"; }
    input.id = id;
    wrap.appendChild(input);
    return wrap;
  }

  function checks(ctx, name, values, prefix) {
    var box = ctx.el("div", "intake-checks");
    values.forEach(function (v) {
      var l = ctx.el("label");
      var c = ctx.el("input");
      c.type = "checkbox"; c.name = name; c.value = v;
      l.appendChild(c);
      l.appendChild(document.createTextNode(" " + ctx.t(prefix + v)));
      box.appendChild(l);
    });
    return box;
  }

  function checked(name) {
    return Array.prototype.slice.call(document.querySelectorAll("input[name='" + name + "']:checked"))
      .map(function (c) { return c.value; });
  }

  function value(id) { return document.getElementById(id).value.trim(); }

  function tomorrow(ctx) {
    var d = new Date(ctx.localToday() + "T12:00:00");
    d.setDate(d.getDate() + 1);
    return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" +
      String(d.getDate()).padStart(2, "0");
  }

  function searchCard(ctx) {
    var card = ctx.el("div", "card");
    card.appendChild(ctx.el("h2", null, ctx.t("intake_search_title")));
    card.appendChild(field(ctx, "intake-search-phone", "intake_search_phone", "tel"));
    card.appendChild(field(ctx, "intake-search-street", "intake_search_address"));
    var b = ctx.el("button", null, ctx.t("intake_search_button"));
    b.type = "button"; b.id = "intake-search-button";
    b.addEventListener("click", function () { search(ctx); });
    card.appendChild(b);
    var out = ctx.el("ul"); out.id = "intake-search-results";
    card.appendChild(out);
    return card;
  }

  function search(ctx) {
    var phone = value("intake-search-phone"), street = value("intake-search-street");
    var q = "phone=" + encodeURIComponent(phone) + "&street=" + encodeURIComponent(street);
    ctx.api("GET", "/applications/search?" + q).then(function (found) {
      var out = document.getElementById("intake-search-results");
      ctx.clear(out);
      found.applications.forEach(function (a) {
        var li = ctx.el("li", "intake-found", a.ref + " · " + (a.person_name || a.applicant_name) +
          " · " + a.street + " " + a.house_number + " · " + ctx.t("intake_state_" + a.state));
        li.dataset.ref = a.ref;
        li.addEventListener("click", function () { openDetail(ctx, a.ref); });
        out.appendChild(li);
      });
      found.households.forEach(function (h) {
        out.appendChild(ctx.el("li", "intake-found", ctx.t("intake_household") + " " + h.ref +
          " · " + h.name + " · " + h.street + " " + h.house_number));
      });
      if (!found.applications.length && !found.households.length) {
        out.appendChild(ctx.el("li", null, ctx.t("intake_search_none")));
        if (phone) { document.getElementById("intake-phone").value = phone; }
        if (street) { document.getElementById("intake-street").value = street; }
      }
      out.dataset.done = String(found.applications.length + found.households.length);
    }).catch(ctx.showError);
  }

  function formCard(ctx) {
    var card = ctx.el("div", "card");
    card.id = "intake-form";
    card.appendChild(ctx.el("h2", null, ctx.t("intake_form_title")));
    var ch = ctx.el("select"); ch.id = "intake-channel";
    CHANNELS.forEach(function (c) {
      var o = ctx.el("option", null, ctx.t("intake_channel_" + c)); o.value = c; ch.appendChild(o);
    });
    var chl = ctx.el("label", "intake-field");
    chl.appendChild(ctx.el("span", null, ctx.t("intake_channel")));
    chl.appendChild(ch);
    card.appendChild(chl);
    [["intake-applicant", "intake_applicant"], ["intake-relation", "intake_relation"],
     ["intake-person", "intake_person"], ["intake-phone", "intake_phone", "tel"],
     ["intake-street", "intake_street"], ["intake-house-number", "intake_house_number"],
     ["intake-neighbourhood", "intake_neighbourhood"]].forEach(function (f) {
      card.appendChild(field(ctx, f[0], f[1], f[2]));
    });
    card.appendChild(ctx.el("span", "intake-label", ctx.t("intake_needs")));
    card.appendChild(checks(ctx, "intake-needs", NEEDS, "intake_need_"));
    card.appendChild(field(ctx, "intake-health", "intake_health_notes", "textarea"));
    card.appendChild(field(ctx, "intake-social", "intake_social_notes", "textarea"));
    var text = ctx.el("p", "intake-consent-text", consent ? consent.text : "");
    text.id = "intake-consent-text";
    card.appendChild(text);
    var cl = ctx.el("label", "intake-consent");
    var c = ctx.el("input"); c.type = "checkbox"; c.id = "intake-consent";
    cl.appendChild(c);
    cl.appendChild(document.createTextNode(" " + ctx.t("intake_consent") + " (" +
      ctx.t("intake_consent_version") + ": "));
    var v = ctx.el("span", null, consent ? consent.version : ""); v.id = "intake-consent-version";
    cl.appendChild(v);
    cl.appendChild(document.createTextNode(")"));
    card.appendChild(cl);
    var save = ctx.el("button", "primary", ctx.t("intake_save"));
    save.type = "button"; save.id = "intake-save";
    save.addEventListener("click", function () { record(ctx); });
    card.appendChild(save);
    var status = ctx.el("p", "intake-status"); status.id = "intake-saved";
    card.appendChild(status);
    return card;
  }

  function record(ctx) {
    var body = {
      channel: value("intake-channel"), phone: value("intake-phone"),
      applicant_name: value("intake-applicant"), applicant_relation: value("intake-relation"),
      person_name: value("intake-person"), street: value("intake-street"),
      house_number: value("intake-house-number"), neighbourhood: value("intake-neighbourhood"),
      needs: checked("intake-needs"), health_notes: value("intake-health"),
      social_notes: value("intake-social"),
      consent: document.getElementById("intake-consent").checked
    };
    if (consent) { body.consent_version = consent.version; }
    ctx.api("POST", "/applications", body).then(function (a) {
      var status = document.getElementById("intake-saved");
      var text = ctx.t("intake_saved") + ": " + a.ref;
      if (a.possible_duplicates.length) {
        text += " · " + ctx.t("intake_duplicates") + ": " + a.possible_duplicates.join(", ");
      }
      status.textContent = text;
      status.dataset.ref = a.ref;
      loadList(ctx);
    }).catch(ctx.showError);
  }

  function listCard(ctx) {
    var card = ctx.el("div", "card");
    card.appendChild(ctx.el("h2", null, ctx.t("intake_list_title")));
    var table = ctx.el("table", "intake-list");
    var head = ctx.el("tr");
    ["intake_col_ref", "intake_col_person", "intake_col_channel", "intake_col_state"].forEach(
      function (k) { head.appendChild(ctx.el("th", null, ctx.t(k))); });
    table.appendChild(head);
    var rows = ctx.el("tbody"); rows.id = "intake-list";
    table.appendChild(rows);
    card.appendChild(table);
    return card;
  }

  function loadList(ctx) {
    return ctx.api("GET", "/applications").then(function (apps) {
      var rows = document.getElementById("intake-list");
      ctx.clear(rows);
      apps.forEach(function (a) {
        var tr = ctx.el("tr");
        tr.dataset.ref = a.ref; tr.dataset.state = a.state;
        tr.appendChild(ctx.el("td", null, a.ref));
        tr.appendChild(ctx.el("td", null, a.person_name || a.applicant_name));
        tr.appendChild(ctx.el("td", null, ctx.t("intake_channel_" + a.channel)));
        tr.appendChild(ctx.el("td", null, ctx.t("intake_state_" + a.state)));
        tr.addEventListener("click", function () { openDetail(ctx, a.ref); });
        rows.appendChild(tr);
      });
      rows.dataset.count = String(apps.length);
    }).catch(ctx.showError);
  }

  function openDetail(ctx, ref) {
    selected = ref;
    ctx.api("GET", "/applications/" + ref).then(function (a) { drawDetail(ctx, a); })
      .catch(ctx.showError);
  }

  function drawDetail(ctx, a) {
    var card = document.getElementById("intake-detail");
    ctx.clear(card);
    card.hidden = false;
    card.dataset.ref = a.ref; card.dataset.state = a.state;
    card.appendChild(ctx.el("h2", null, ctx.t("intake_detail_title") + " " + a.ref + " · " +
      ctx.t("intake_state_" + a.state)));
    card.appendChild(ctx.el("p", null, (a.person_name || a.applicant_name) + " · " + a.phone +
      " · " + a.street + " " + a.house_number));
    card.appendChild(ctx.el("p", null, ctx.t("intake_pin") + ": " +
      (a.lat === null ? ctx.t("intake_no_pin") : a.lat.toFixed(5) + ", " + a.lon.toFixed(5))));
    if (["received", "assessment_scheduled", "assessed", "approved"].indexOf(a.state) >= 0) {
      pinEditor(ctx, card, a);
    }
    if (a.health_notes) {
      card.appendChild(ctx.el("p", null, ctx.t("intake_health_notes") + ": " + a.health_notes));
    }
    if (a.messages.length) {
      card.appendChild(ctx.el("h3", null, ctx.t("intake_messages")));
      var ul = ctx.el("ul"); ul.id = "intake-messages";
      a.messages.forEach(function (m) {
        var kind = ctx.t("intake_kind_" + m.kind);
        if (kind === "intake_kind_" + m.kind) { kind = m.kind; }  // a type WhatsApp added later
        ul.appendChild(ctx.el("li", null, kind + (m.text ? ": " + m.text : "")));
      });
      card.appendChild(ul);
    }
    if (CASEWORK.indexOf(ctx.me().role) >= 0) { casework(ctx, card, a); }
    var close = ctx.el("button", null, ctx.t("intake_close"));
    close.type = "button";
    close.addEventListener("click", function () { card.hidden = true; selected = null; });
    card.appendChild(close);
  }

  function pinEditor(ctx, card, a) {
    var row = ctx.el("div", "intake-pin");
    var lat = field(ctx, "intake-pin-lat", "intake_lat", "number");
    var lon = field(ctx, "intake-pin-lon", "intake_lon", "number");
    lat.querySelector("input").step = "0.00001";
    lon.querySelector("input").step = "0.00001";
    if (a.lat !== null) {
      lat.querySelector("input").value = String(a.lat);
      lon.querySelector("input").value = String(a.lon);
    }
    row.appendChild(lat);
    row.appendChild(lon);
    var move = ctx.el("button", null, ctx.t("intake_move_pin"));
    move.type = "button"; move.id = "intake-move-pin";
    move.addEventListener("click", function () {
      var body = { lat: Number(value("intake-pin-lat")), lon: Number(value("intake-pin-lon")) };
      ctx.api("PUT", "/applications/" + a.ref + "/pin", body).then(function (next) {
        drawDetail(ctx, next);
      }).catch(ctx.showError);
    });
    row.appendChild(move);
    card.appendChild(row);
  }

  function act(ctx, a, step, body) {
    return ctx.api("POST", "/applications/" + a.ref + "/" + step, body).then(function (next) {
      drawDetail(ctx, next);
      loadList(ctx);
    }).catch(ctx.showError);
  }

  function casework(ctx, card, a) {
    if (["received", "assessment_scheduled"].indexOf(a.state) >= 0) {
      // book (or move) the assessment visit: the home-visit week planner gives it to a team
      // with a social worker on a day of this range
      var from = field(ctx, "intake-visit-from", "intake_visit_from", "date");
      var to = field(ctx, "intake-visit-to", "intake_visit_to", "date");
      card.appendChild(from);
      card.appendChild(to);
      from.querySelector("input").value = tomorrow(ctx);
      var book = ctx.el("button", null, ctx.t(a.state === "received" ?
        "intake_book_visit" : "intake_move_visit"));
      book.type = "button"; book.id = "intake-book-visit";
      book.addEventListener("click", function () {
        var body = { earliest: value("intake-visit-from") };
        if (value("intake-visit-to")) { body.latest = value("intake-visit-to"); }
        act(ctx, a, "schedule-assessment", body);
      });
      card.appendChild(book);
      card.appendChild(field(ctx, "intake-assessment-notes", "intake_assessment_notes", "textarea"));
      var assess = ctx.el("button", "primary", ctx.t("intake_record_assessment"));
      assess.type = "button"; assess.id = "intake-assess";
      assess.addEventListener("click", function () {
        act(ctx, a, "assessment", { notes: value("intake-assessment-notes") });
      });
      card.appendChild(assess);
    }
    if (a.state === "assessed") {
      card.appendChild(ctx.el("span", "intake-label", ctx.t("intake_services")));
      card.appendChild(checks(ctx, "intake-services", NEEDS, "intake_need_"));
      card.querySelectorAll("input[name='intake-services']").forEach(function (c) {
        c.checked = a.needs.indexOf(c.value) >= 0;
      });
      var start = field(ctx, "intake-start", "intake_start_date", "date");
      card.appendChild(start);
      start.querySelector("input").value = tomorrow(ctx);
      var meal = ctx.el("select"); meal.id = "intake-meal-plan";
      ["dinner", "breakfast", "both"].forEach(function (m) {
        var o = ctx.el("option", null, ctx.t("intake_meal_" + m)); o.value = m; meal.appendChild(o);
      });
      var ml = ctx.el("label", "intake-field");
      ml.appendChild(ctx.el("span", null, ctx.t("intake_meal_plan")));
      ml.appendChild(meal);
      card.appendChild(ml);
      var approve = ctx.el("button", "primary", ctx.t("intake_approve"));
      approve.type = "button"; approve.id = "intake-approve";
      approve.addEventListener("click", function () {
        var services = checked("intake-services");
        var body = { services: services, start_date: value("intake-start") };
        if (services.indexOf("hot_meals") >= 0) { body.meal_plan = value("intake-meal-plan"); }
        act(ctx, a, "approve", body);
      });
      card.appendChild(approve);
    }
    if (["received", "assessment_scheduled", "assessed"].indexOf(a.state) >= 0) {
      card.appendChild(field(ctx, "intake-reject-reason", "intake_reject_reason"));
      var reject = ctx.el("button", null, ctx.t("intake_reject"));
      reject.type = "button"; reject.id = "intake-reject";
      reject.addEventListener("click", function () {
        act(ctx, a, "reject", { reason: value("intake-reject-reason") });
      });
      card.appendChild(reject);
    }
    if (a.household_ref) {
      card.appendChild(ctx.el("p", "intake-household", ctx.t("intake_household") + ": " +
        a.household_ref));
    }
  }

  function draw(ctx) {
    var view = document.getElementById("intake-view");
    ctx.clear(view);
    var grid = ctx.el("div", "intake-grid");
    var left = ctx.el("div", "intake-column");
    left.appendChild(searchCard(ctx));
    left.appendChild(formCard(ctx));
    var right = ctx.el("div", "intake-column");
    right.appendChild(listCard(ctx));
    var detail = ctx.el("div", "card"); detail.id = "intake-detail"; detail.hidden = true;
    right.appendChild(detail);
    grid.appendChild(left);
    grid.appendChild(right);
    view.appendChild(grid);
    loadList(ctx);
    if (selected) { openDetail(ctx, selected); }
  }

  function show(ctx) {
    var lang = ctx.lang();
    ctx.api("GET", "/applications/consent-text?lang=" + lang).then(function (c) {
      consent = c;
      draw(ctx);
    }).catch(function (e) { draw(ctx); ctx.showError(e); });
  }

  window.SofraModules.push({
    view: "intake-view",
    tab: "tab_intake",
    roles: ["call_centre", "social_worker", "admin", "dispatcher"],
    show: show,
    onLanguage: show
  });
})();
