// Progressive enhancement of the timeline page: filters, search, a zoomable time axis with
// cause links, keyboard navigation and a URL that keeps the filter state. The page is
// complete without it. No network access of any kind.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  var tools = document.getElementById("tools");
  var q = document.getElementById("q");
  var count = document.getElementById("count");
  var items = Array.prototype.slice.call(document.querySelectorAll("ol.events > li"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.month"));
  var boxes = Array.prototype.slice.call(tools.querySelectorAll("input[name=status]"));
  var selects = Array.prototype.slice.call(tools.querySelectorAll("select[data-facet]"));
  var index = {};
  data.forEach(function (d, i) { index[d.id] = i; });
  var texts = null; // built on first search: the full text of each event
  var visible = data.map(function () { return true; });

  // Facet options, sorted, from the data (filled in the first frame after load).
  function buildFacets() { selects.forEach(function (sel) {
    var f = sel.getAttribute("data-facet");
    var seen = {};
    data.forEach(function (d) {
      var v = d[f];
      (Array.isArray(v) ? v : v ? [v] : []).forEach(function (x) { seen[x] = (seen[x] || 0) + 1; });
    });
    Object.keys(seen).sort().forEach(function (x) {
      var o = document.createElement("option");
      o.value = x;
      o.textContent = x + " (" + seen[x] + ")";
      sel.appendChild(o);
    });
    if (sel.options.length <= 1) { sel.parentNode.hidden = true; }
  }); }

  function readState() {
    var p = new URLSearchParams(location.search);
    q.value = p.get("q") || "";
    var hide = (p.get("hide") || "").split(",");
    boxes.forEach(function (b) { b.checked = hide.indexOf(b.value) < 0; });
    selects.forEach(function (s) { s.value = p.get(s.id.slice(2)) || ""; });
  }

  function saveState() {
    var p = new URLSearchParams();
    if (q.value.trim()) { p.set("q", q.value.trim()); }
    var hide = boxes.filter(function (b) { return !b.checked; }).map(function (b) { return b.value; });
    if (hide.length) { p.set("hide", hide.join(",")); }
    selects.forEach(function (s) { if (s.value) { p.set(s.id.slice(2), s.value); } });
    var qs = p.toString();
    history.replaceState(null, "", location.pathname + (qs ? "?" + qs : "") + location.hash);
  }

  function apply() {
    var term = q.value.trim().toLowerCase();
    if (term && !texts) { texts = items.map(function (li) { return li.textContent.toLowerCase(); }); }
    var show = {};
    boxes.forEach(function (b) { show[b.value] = b.checked; });
    var facets = selects.filter(function (s) { return s.value; }).map(function (s) { return [s.getAttribute("data-facet"), s.value]; });
    var n = 0;
    data.forEach(function (d, i) {
      var ok = show[d.st] !== false && (!term || texts[i].indexOf(term) >= 0);
      for (var k = 0; ok && k < facets.length; k++) {
        var v = d[facets[k][0]];
        ok = Array.isArray(v) ? v.indexOf(facets[k][1]) >= 0 : v === facets[k][1];
      }
      visible[i] = ok;
      if (items[i].classList.contains("hidden-by-filter") === ok) { items[i].classList.toggle("hidden-by-filter", !ok); }
      if (ok) { n++; }
    });
    sections.forEach(function (s) {
      s.classList.toggle("hidden-by-filter", !s.querySelector("ol.events > li:not(.hidden-by-filter)"));
    });
    count.textContent = n + " of " + data.length + " events";
    draw();
  }

  // ---- Time axis -------------------------------------------------------------------------
  var canvas = document.getElementById("axis-canvas");
  var ctx = canvas.getContext("2d");
  var DAY = 86400000;
  var known = [];
  data.forEach(function (d) { if (d.s !== null) { known.push(d.s); } if (d.e !== null) { known.push(d.e); } });
  var lo = known.length ? Math.min.apply(null, known) : 0;
  var hi = known.length ? Math.max.apply(null, known) : 1;
  if (hi - lo < 30) { lo -= 15; hi += 15; }
  var pad = (hi - lo) * 0.03;
  var full = [lo - pad, hi + pad];
  // Start on where most events are (5th to 95th percentile of their days); "Fit" shows all.
  var sorted = known.slice().sort(function (a, b) { return a - b; });
  var p5 = sorted.length ? sorted[Math.floor(sorted.length * 0.05)] : lo;
  var p95 = sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] : hi;
  var span0 = Math.max(30, p95 - p5);
  var view = [p5 - span0 * 0.05, p95 + span0 * 0.05];
  // Lanes: greedy, so overlapping spans do not hide each other. Computed on first draw.
  var lanes = [];
  var laneOf = null;
  var nLanes = 1;
  function span(i) {
    var d = data[i];
    var s = d.s !== null ? d.s : (d.e !== null ? d.e - 30 : lo);
    var e = d.e !== null ? d.e : (d.s !== null ? d.s + 30 : hi);
    return [s, e + 1];
  }
  function layout() {
    laneOf = [];
    var order = data.map(function (d, i) { return i; }).sort(function (a, b) { return span(a)[0] - span(b)[0]; });
    order.forEach(function (i) {
      var sp = span(i);
      var l = 0;
      while (l < lanes.length && lanes[l] > sp[0] - (hi - lo) * 0.004) { l++; }
      if (l >= 10) { l = i % 10; }
      lanes[l] = Math.max(lanes[l] || -Infinity, sp[1]);
      laneOf[i] = l;
    });
    nLanes = Math.max(1, Math.min(10, lanes.length));
  }
  var css = getComputedStyle(document.documentElement);
  var colors = {};
  function color(name) {
    if (!(name in colors)) { colors[name] = css.getPropertyValue("--" + name).trim() || "#888"; }
    return colors[name];
  }
  if (window.matchMedia) {
    window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", function () { colors = {}; draw(); });
  }
  var selected = -1;

  function x(day, w) { return (day - view[0]) / (view[1] - view[0]) * w; }

  function draw() {
    if (!laneOf) { layout(); }
    var w = canvas.clientWidth, h = canvas.clientHeight, r = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(w * r)) { canvas.width = Math.round(w * r); canvas.height = Math.round(h * r); }
    ctx.setTransform(r, 0, 0, r, 0, 0);
    ctx.clearRect(0, 0, w, h);
    ctx.font = "11px system-ui, sans-serif";
    ctx.fillStyle = color("muted");
    ctx.strokeStyle = color("line");
    // Ticks: years, months or days depending on the zoom.
    var days = view[1] - view[0];
    var step = days > 3650 ? "year" : days > 240 ? "month" : "day";
    var t = new Date(view[0] * DAY);
    t = new Date(Date.UTC(t.getUTCFullYear(), step === "year" ? 0 : t.getUTCMonth(), step === "day" ? t.getUTCDate() : 1));
    var lastX = -100;
    for (var guard = 0; guard < 2000 && t.getTime() / DAY <= view[1]; guard++) {
      var px = x(t.getTime() / DAY, w);
      ctx.beginPath(); ctx.moveTo(px, 0); ctx.lineTo(px, h - 16); ctx.stroke();
      if (px - lastX > 52) {
        var label = step === "year" ? String(t.getUTCFullYear()) : step === "month" ? t.toISOString().slice(0, 7) : t.toISOString().slice(5, 10);
        ctx.fillText(label, px + 2, h - 4);
        lastX = px;
      }
      if (step === "year") { t.setUTCFullYear(t.getUTCFullYear() + 1); } else if (step === "month") { t.setUTCMonth(t.getUTCMonth() + 1); } else { t.setUTCDate(t.getUTCDate() + Math.max(1, Math.round(days / 60))); }
    }
    var laneH = Math.max(6, Math.min(14, (h - 24) / nLanes));
    // Cause links first, under the events.
    ctx.strokeStyle = color("accent");
    ctx.globalAlpha = 0.6;
    data.forEach(function (d, i) {
      if (!visible[i]) { return; }
      d.c.forEach(function (cid) {
        var j = index[cid];
        if (j === undefined || !visible[j]) { return; }
        var a = span(j), b = span(i);
        var x1 = x((a[0] + a[1]) / 2, w), y1 = 4 + laneOf[j] * laneH + laneH / 2;
        var x2 = x((b[0] + b[1]) / 2, w), y2 = 4 + laneOf[i] * laneH + laneH / 2;
        ctx.beginPath(); ctx.moveTo(x1, y1);
        ctx.quadraticCurveTo((x1 + x2) / 2, Math.min(y1, y2) - 18, x2, y2);
        ctx.stroke();
        ctx.beginPath(); ctx.arc(x2, y2, 2.5, 0, 6.3); ctx.fill();
      });
    });
    ctx.globalAlpha = 1;
    data.forEach(function (d, i) {
      if (!visible[i]) { return; }
      var sp = span(i);
      var x1 = x(sp[0], w), x2 = Math.max(x(sp[1], w), x1 + 3);
      if (x2 < 0 || x1 > w) { return; }
      var y = 4 + laneOf[i] * laneH;
      var c = color(d.st);
      // Fuzzy and open dates are drawn as faint spans, exact ones solid.
      var fuzzy = d.s === null || d.e === null || d.e - d.s > 0;
      ctx.fillStyle = c;
      ctx.globalAlpha = fuzzy ? 0.35 : 0.95;
      ctx.fillRect(x1, y, x2 - x1, laneH - 2);
      if (d.s === null || d.e === null) {
        ctx.globalAlpha = 0.9;
        ctx.fillRect(d.s === null ? x2 - 3 : x1, y, 3, laneH - 2);
      }
      if (i === selected) {
        ctx.globalAlpha = 1; ctx.strokeStyle = color("fg"); ctx.lineWidth = 2;
        ctx.strokeRect(x1 - 1, y - 1, x2 - x1 + 2, laneH);
        ctx.lineWidth = 1;
      }
    });
    ctx.globalAlpha = 1;
  }

  function zoom(f, at) {
    var w = canvas.clientWidth;
    var c = view[0] + (at === undefined ? 0.5 : at / w) * (view[1] - view[0]);
    var nw = Math.max(3, Math.min((full[1] - full[0]) * 1.5, (view[1] - view[0]) * f));
    var t = (c - view[0]) / (view[1] - view[0]);
    view = [c - t * nw, c + (1 - t) * nw];
    draw();
  }
  function pan(frac) {
    var d = (view[1] - view[0]) * frac;
    view = [view[0] + d, view[1] + d];
    draw();
  }
  canvas.addEventListener("wheel", function (e) { e.preventDefault(); zoom(e.deltaY > 0 ? 1.25 : 0.8, e.offsetX); }, { passive: false });
  var drag = null;
  canvas.addEventListener("pointerdown", function (e) { drag = { x: e.clientX, v: view.slice(), moved: false }; canvas.setPointerCapture(e.pointerId); });
  canvas.addEventListener("pointermove", function (e) {
    if (!drag) { return; }
    var dx = e.clientX - drag.x;
    if (Math.abs(dx) > 3) { drag.moved = true; }
    var d = -dx / canvas.clientWidth * (drag.v[1] - drag.v[0]);
    view = [drag.v[0] + d, drag.v[1] + d];
    draw();
  });
  canvas.addEventListener("pointerup", function (e) {
    var was = drag; drag = null;
    if (!was || was.moved) { return; }
    if (!laneOf) { layout(); }
    // A click: go to the nearest visible event.
    var w = canvas.clientWidth, laneH = Math.max(6, Math.min(14, (canvas.clientHeight - 24) / nLanes));
    var best = -1, bestD = 12;
    data.forEach(function (d, i) {
      if (!visible[i]) { return; }
      var sp = span(i), x1 = x(sp[0], w), x2 = Math.max(x(sp[1], w), x1 + 3), y = 4 + laneOf[i] * laneH + laneH / 2;
      var dx = e.offsetX < x1 ? x1 - e.offsetX : e.offsetX > x2 ? e.offsetX - x2 : 0;
      var dd = dx + Math.abs(e.offsetY - y);
      if (dd < bestD) { bestD = dd; best = i; }
    });
    if (best >= 0) { go(best); }
  });
  canvas.addEventListener("keydown", function (e) {
    if (e.key === "+" || e.key === "=") { zoom(0.8); } else if (e.key === "-") { zoom(1.25); } else if (e.key === "ArrowLeft") { pan(-0.1); } else if (e.key === "ArrowRight") { pan(0.1); } else { return; }
    e.preventDefault();
  });
  document.getElementById("zoom-in").addEventListener("click", function () { zoom(0.7); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoom(1.4); });
  document.getElementById("zoom-reset").addEventListener("click", function () { view = full.slice(); draw(); });
  window.addEventListener("resize", draw);

  // ---- Navigation ------------------------------------------------------------------------
  function go(i) {
    selected = i;
    var a = items[i];
    a.tabIndex = -1; // focusable by script only, so Tab still walks the links
    history.replaceState(null, "", location.pathname + location.search + "#" + a.id);
    a.scrollIntoView({ block: "center" });
    a.focus({ preventScroll: true });
    draw();
  }
  function step(dir) {
    var cur = document.activeElement && document.activeElement.closest ? document.activeElement.closest("ol.events > li") : null;
    var i = cur ? items.indexOf(cur) : (dir > 0 ? -1 : items.length);
    for (i += dir; i >= 0 && i < items.length; i += dir) {
      if (visible[i]) { go(i); return; }
    }
  }
  document.addEventListener("keydown", function (e) {
    var tag = e.target && e.target.tagName;
    if (tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA" || e.target === canvas || e.altKey || e.ctrlKey || e.metaKey) { return; }
    if (e.key === "j" || e.key === "ArrowDown" && e.target.closest && e.target.closest("li.event")) { step(1); e.preventDefault(); }
    else if (e.key === "k" || e.key === "ArrowUp" && e.target.closest && e.target.closest("li.event")) { step(-1); e.preventDefault(); }
    else if (e.key === "/") { q.focus(); e.preventDefault(); }
    else if (e.key === "Enter" && e.target.closest && e.target.closest("li.event")) {
      var det = e.target.closest("li.event").querySelector("details");
      if (det) { det.open = !det.open; e.preventDefault(); }
    }
  });

  tools.hidden = false;
  readState();
  q.addEventListener("input", function () { apply(); saveState(); });
  boxes.concat(selects).forEach(function (b) { b.addEventListener("change", function () { apply(); saveState(); }); });
  // Filter only when the URL asks for it: on a plain load everything is shown already, and
  // the axis is drawn in the next frame so the page answers input at once.
  if (location.search.length > 1) {
    buildFacets();
    readState();
    apply();
  } else {
    count.textContent = data.length + " of " + data.length + " events";
    window.requestAnimationFrame(function () { buildFacets(); draw(); });
  }
  if (location.hash.length > 1 && index[decodeURIComponent(location.hash.slice(1))] !== undefined) {
    selected = index[decodeURIComponent(location.hash.slice(1))];
    draw();
  }
  document.body.setAttribute("data-ready", "1");
})();
