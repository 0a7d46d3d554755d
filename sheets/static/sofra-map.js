/* Sofra dispatcher map: draws the data in #sofra-data with the bundled Leaflet.
   Text from the data is only ever set through textContent, never parsed as HTML. */
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("sofra-data").textContent);
  var T = D.labels;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  var map = L.map("map", { zoomSnap: 0.25, preferCanvas: false });
  map.attributionControl.setPrefix("Leaflet");
  map.attributionControl.addAttribution(D.credit);

  // Base layer: the road network on one canvas, since no tile server is reachable.
  if (D.roads.length) {
    L.polyline(D.roads, {
      renderer: L.canvas({ padding: 0.3 }), color: "#9a9a9a", weight: 1.4, opacity: 0.8,
      interactive: false
    }).addTo(map);
  }

  var bounds = L.latLngBounds([[D.kitchen.lat, D.kitchen.lon]]);

  function stopPopup(route, s) {
    var box = el("div", "sofra-popup");
    var head = el("div", "sofra-popup-head");
    head.appendChild(el("span", "sofra-popup-seq", s.seq));
    head.appendChild(el("strong", null, s.time + " · " + s.name));
    box.appendChild(head);
    box.appendChild(el("div", null, s.address));
    var hand = el("div", "sofra-popup-hand", s.meals);
    s.diets.forEach(function (d) { hand.appendChild(el("span", "sofra-diet", d)); });
    box.appendChild(hand);
    if (s.notes) { box.appendChild(el("div", "sofra-popup-notes", s.notes)); }
    box.appendChild(el("div", "sofra-popup-route",
      route.id + " · " + route.driver + " · " + route.shift_label + " · " + s.ref));
    return box;
  }

  function routePopup(route) {
    var box = el("div", "sofra-popup");
    box.appendChild(el("strong", null, route.id + " · " + route.driver));
    box.appendChild(el("div", null, route.shift_label + " · " + route.van));
    box.appendChild(el("div", null, route.summary));
    return box;
  }

  function stopIcon(route, s) {
    var span = el("span", null, s.seq);
    span.style.background = route.colour;
    return L.divIcon({ className: "sofra-stop", html: span, iconSize: [28, 28], iconAnchor: [14, 14] });
  }

  var groups = D.routes.map(function (route) {
    var group = L.layerGroup();
    route.trips.forEach(function (trip, i) {
      L.polyline(trip, { color: "#ffffff", weight: 9, opacity: 0.85, interactive: false }).addTo(group);
      L.polyline(trip, {
        color: route.colour, weight: 5, opacity: 0.95, dashArray: i ? "12 8" : null,
        className: "sofra-route"
      }).bindPopup(routePopup(route)).addTo(group);
      trip.forEach(function (p) { bounds.extend(p); });
    });
    route.stops.forEach(function (s) {
      L.marker([s.lat, s.lon], { icon: stopIcon(route, s), title: s.seq + " · " + s.name, riseOnHover: true })
        .bindPopup(stopPopup(route, s)).addTo(group);
      bounds.extend([s.lat, s.lon]);
    });
    group.addTo(map);
    return group;
  });

  var kitchenBox = el("span", null, T.kitchen_letter);
  L.marker([D.kitchen.lat, D.kitchen.lon], {
    icon: L.divIcon({ className: "sofra-kitchen", html: kitchenBox, iconSize: [30, 30], iconAnchor: [15, 15] }),
    title: D.kitchen.name, zIndexOffset: 1000
  }).bindPopup(el("strong", null, T.kitchen + ": " + D.kitchen.name)).addTo(map);

  // Legend: title, one row per route (toggle, colour, driver, totals), unserved households.
  var legend = L.control({ position: "topright" });
  legend.onAdd = function () {
    var box = el("div", "sofra-legend");
    L.DomEvent.disableClickPropagation(box);
    L.DomEvent.disableScrollPropagation(box);
    box.appendChild(el("h1", null, T.title));
    box.appendChild(el("div", "sofra-legend-date", D.date));
    D.shifts.forEach(function (shift) {
      box.appendChild(el("h2", null, shift.label));
      var table = el("table");
      shift.routes.forEach(function (i) {
        var route = D.routes[i];
        var row = el("tr");
        var cb = el("input");
        cb.type = "checkbox"; cb.checked = true; cb.setAttribute("aria-label", route.id + " " + route.driver);
        cb.addEventListener("change", function () {
          if (cb.checked) { groups[i].addTo(map); } else { map.removeLayer(groups[i]); }
        });
        var c0 = el("td"); c0.appendChild(cb); row.appendChild(c0);
        var swatch = el("span", "sofra-swatch"); swatch.style.background = route.colour;
        var c1 = el("td"); c1.appendChild(swatch); row.appendChild(c1);
        var c2 = el("td", "sofra-legend-driver");
        c2.appendChild(el("strong", null, route.id + " · " + route.driver));
        c2.appendChild(el("div", "sofra-legend-sum", route.summary));
        row.appendChild(c2);
        table.appendChild(row);
      });
      box.appendChild(table);
    });
    if (D.unserved.length) {
      box.appendChild(el("h2", "sofra-unserved", T.unserved + " (" + D.unserved.length + ")"));
      var ul = el("ul");
      D.unserved.forEach(function (u) { ul.appendChild(el("li", null, u[0] + " — " + u[1])); });
      box.appendChild(ul);
    }
    return box;
  };
  legend.addTo(map);
  L.control.scale({ imperial: false, position: "bottomleft" }).addTo(map);

  // Keep the routes clear of the legend on wide screens.
  var legendWidth = window.innerWidth > 700 ? legend.getContainer().offsetWidth + 20 : 10;
  map.fitBounds(bounds, { paddingTopLeft: [50, 20], paddingBottomRight: [legendWidth, 20] });
  document.documentElement.setAttribute("data-sofra-ready", "1");
})();
