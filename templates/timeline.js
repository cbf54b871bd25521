// Progressive enhancement: search and status filters. The page is complete without it.
(function () {
  "use strict";
  var tools = document.getElementById("tools");
  var q = document.getElementById("q");
  var count = document.getElementById("count");
  var items = Array.prototype.slice.call(document.querySelectorAll("ol.events > li"));
  var boxes = Array.prototype.slice.call(tools.querySelectorAll("input[name=status]"));
  var texts = items.map(function (li) { return li.textContent.toLowerCase(); });
  tools.hidden = false;
  function readHash() {
    var m = /(?:^|&)q=([^&]*)/.exec(location.hash.slice(1));
    var s = /(?:^|&)hide=([^&]*)/.exec(location.hash.slice(1));
    if (m) { q.value = decodeURIComponent(m[1]); }
    if (s) {
      var hidden = decodeURIComponent(s[1]).split(",");
      boxes.forEach(function (b) { b.checked = hidden.indexOf(b.value) < 0; });
    }
  }
  function apply(save) {
    var term = q.value.trim().toLowerCase();
    var show = {};
    var hidden = [];
    boxes.forEach(function (b) { show[b.value] = b.checked; if (!b.checked) { hidden.push(b.value); } });
    var n = 0;
    items.forEach(function (li, i) {
      var ok = show[li.getAttribute("data-status")] !== false && (!term || texts[i].indexOf(term) >= 0);
      li.classList.toggle("hidden-by-filter", !ok);
      if (ok) { n++; }
    });
    document.querySelectorAll("section.month").forEach(function (s) {
      s.classList.toggle("hidden-by-filter", !s.querySelector("ol.events > li:not(.hidden-by-filter)"));
    });
    count.textContent = n + " of " + items.length + " events";
    if (save) {
      var parts = [];
      if (term) { parts.push("q=" + encodeURIComponent(term)); }
      if (hidden.length) { parts.push("hide=" + encodeURIComponent(hidden.join(","))); }
      history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname + location.search);
    }
  }
  if (/(?:^|&)(q|hide)=/.test(location.hash.slice(1))) { readHash(); }
  q.addEventListener("input", function () { apply(true); });
  boxes.forEach(function (b) { b.addEventListener("change", function () { apply(true); }); });
  apply(false);
})();
