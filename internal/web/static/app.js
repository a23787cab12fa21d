// The search page. Scraped text is data: every piece of it reaches the DOM
// through textContent or a text node, never through innerHTML.
"use strict";
(function () {
  var FACETS = ["region", "series", "topic", "author", "publisher"];
  var $ = function (id) { return document.getElementById(id); };
  var enc = new TextEncoder();
  var dec = new TextDecoder();
  var seq = 0;
  var allAuthors = null;
  var lastFacets = null;

  // state <-> URL: the API's parameter names, so /?q=x&region=Europe is
  // shareable and the back button works.
  function readState() {
    var p = new URLSearchParams(window.location.search);
    var s = { q: p.get("q") || "", since: p.get("since") || "", until: p.get("until") || "",
      sort: p.get("sort") || "relevance", page: parseInt(p.get("page") || "1", 10) || 1,
      months: p.get("months") || "" };
    FACETS.forEach(function (f) { s[f] = p.getAll(f).filter(function (v) { return v !== ""; }); });
    return s;
  }
  function params(s, withPage) {
    var p = new URLSearchParams();
    if (s.q) p.set("q", s.q);
    FACETS.forEach(function (f) { s[f].forEach(function (v) { p.append(f, v); }); });
    if (s.since) p.set("since", s.since);
    if (s.until) p.set("until", s.until);
    if (s.sort && s.sort !== "relevance") p.set("sort", s.sort);
    if (withPage && s.page > 1) p.set("page", String(s.page));
    if (s.months) p.set("months", s.months);
    return p;
  }
  function go(s) {
    var qs = params(s, true).toString();
    window.history.pushState(null, "", qs ? "/?" + qs : "/");
    load(s);
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }

  // marked appends text to parent with the byte ranges of marks (offsets
  // into the UTF-8 text, as the API gives them) in <mark>.
  function marked(parent, text, marks) {
    var b = enc.encode(text), pos = 0;
    (marks || []).forEach(function (m) {
      if (m.start < pos || m.end > b.length || m.end <= m.start) return;
      parent.appendChild(document.createTextNode(dec.decode(b.subarray(pos, m.start))));
      parent.appendChild(el("mark", null, dec.decode(b.subarray(m.start, m.end))));
      pos = m.end;
    });
    parent.appendChild(document.createTextNode(dec.decode(b.subarray(pos))));
  }
  function webURL(u) {
    try {
      var p = new URL(u);
      return (p.protocol === "http:" || p.protocol === "https:") ? p.href : "";
    } catch (e) { return ""; }
  }
  function docHref(id) { return "/doc/" + encodeURIComponent(id); }

  function getJSON(path) {
    return fetch(path, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) { var e = new Error(body.error || r.statusText); e.body = body; throw e; }
          return body;
        });
      });
  }

  function load(s) {
    var my = ++seq;
    fillForm(s);
    $("results").setAttribute("aria-busy", "true");
    document.body.classList.add("loading");
    var qs = params(s, true).toString();
    var fs = params(s, false);
    if (!s.months) fs.delete("months");
    Promise.all([getJSON("/api/search?" + qs), getJSON("/api/facets?" + fs.toString())])
      .then(function (both) {
        if (my !== seq) return;
        $("error").hidden = true;
        renderHits(s, both[0]);
        renderFacets(s, both[1]);
      })
      .catch(function (err) {
        if (my !== seq) return;
        renderError(err);
      })
      .then(function () {
        if (my !== seq) return;
        $("results").setAttribute("aria-busy", "false");
        document.body.classList.remove("loading");
      });
  }

  function fillForm(s) {
    if (document.activeElement !== $("q") || $("q").value === "") $("q").value = s.q;
    $("sort").value = s.sort;
    $("since").value = s.since;
    $("until").value = s.until;
    document.title = s.q ? s.q + " · pubindex" : "pubindex";
  }

  function renderError(err) {
    var box = $("error");
    box.hidden = false;
    box.querySelector("p").textContent = err.message;
    box.querySelector("pre").textContent = (err.body && err.body.caret) || "";
    clear($("hits"));
    clear($("pager"));
    $("summary").textContent = "\u00a0";
  }

  function renderHits(s, r) {
    var ol = $("hits");
    clear(ol);
    var first = (r.page - 1) * r.limit + 1;
    ol.start = first;
    var sum;
    if (r.total === 0) sum = "No publications match.";
    else if (r.hits.length === 0) sum = r.total + " publications match; page " + r.page + " is past the last one.";
    else sum = r.total + (r.total === 1 ? " publication" : " publications") + " match, showing " + first + "–" +
      (first + r.hits.length - 1) + " (sorted by " + r.sort + ").";
    $("summary").textContent = sum;
    $("summary").dataset.total = String(r.total);
    (r.notes || []).forEach(function (n) { ol.appendChild(el("li", "note", "Note: " + n)); });
    r.hits.forEach(function (h) {
      var li = el("li", "hit");
      var h2 = el("h2", "title");
      var a = el("a");
      a.href = docHref(h.id);
      a.dir = "auto";
      marked(a, h.title || h.id, h.title_marks);
      h2.appendChild(a);
      li.appendChild(h2);
      var meta = el("p", "meta");
      [h.code, h.series, h.date, (h.authors || []).join(", "), h.page_type ? "[" + h.page_type + "]" : ""]
        .forEach(function (v) { if (v) { var sp = el("span", "data", v); sp.dir = "auto"; meta.appendChild(sp); } });
      li.appendChild(meta);
      (h.snippets || []).forEach(function (sn) {
        var p = el("p", "snippet");
        p.dir = "auto";
        marked(p, sn.text, sn.marks);
        li.appendChild(p);
      });
      var links = el("p", "links");
      var d = el("a", null, "Document");
      d.href = docHref(h.id);
      links.appendChild(d);
      var u = webURL(h.url || "");
      if (u) {
        var src = el("a", "source", "Source");
        src.href = u;
        src.rel = "noopener noreferrer nofollow";
        links.appendChild(src);
      }
      li.appendChild(links);
      ol.appendChild(li);
    });
    renderPager(s, r);
  }

  function renderPager(s, r) {
    var nav = $("pager");
    clear(nav);
    var pages = Math.ceil(r.total / r.limit);
    if (pages <= 1) return;
    function link(label, page, cls) {
      var b = el("button", cls, label);
      b.type = "button";
      if (page === r.page) { b.disabled = true; b.setAttribute("aria-current", "page"); }
      b.addEventListener("click", function () { var n = readState(); n.page = page; go(n); window.scrollTo(0, 0); });
      nav.appendChild(b);
    }
    if (r.page > 1) link("← Previous", r.page - 1, "prev");
    var lo = Math.max(1, r.page - 3), hi = Math.min(pages, lo + 6);
    for (var p = lo; p <= hi; p++) link(String(p), p, "num");
    if (r.page < pages) link("Next →", r.page + 1, "next");
  }

  function renderFacets(s, f) {
    lastFacets = f;
    FACETS.forEach(function (name) { renderFacet(s, name, f[name] || []); });
    renderHistogram(s, f);
  }

  function renderFacet(s, name, counts) {
    var ul = document.querySelector("#facet-" + name + " ul");
    clear(ul);
    var seen = {};
    var items = counts.slice();
    items.forEach(function (c) { seen[c.value.toLowerCase()] = true; });
    s[name].forEach(function (v) { if (!seen[v.toLowerCase()]) items.push({ value: v, count: 0 }); });
    if (name === "author") {
      var f = $("author-filter").value.trim().toLowerCase();
      if (f) {
        items = items.filter(function (c) { return c.value.toLowerCase().indexOf(f) >= 0; });
        (allAuthors || []).forEach(function (c) {
          if (items.length < 30 && c.value.toLowerCase().indexOf(f) >= 0 && !seen[c.value.toLowerCase()]) {
            items.push({ value: c.value, count: null });
          }
        });
      }
    }
    items.forEach(function (c) {
      var li = el("li");
      var label = el("label");
      var box = el("input");
      box.type = "checkbox";
      box.value = c.value;
      box.checked = s[name].some(function (v) { return v.toLowerCase() === c.value.toLowerCase(); });
      box.addEventListener("change", function () {
        var n = readState();
        if (box.checked) n[name].push(c.value);
        else n[name] = n[name].filter(function (v) { return v.toLowerCase() !== c.value.toLowerCase(); });
        n.page = 1;
        go(n);
      });
      label.appendChild(box);
      var v = el("span", "value data", c.value);
      v.dir = "auto";
      label.appendChild(v);
      label.appendChild(el("span", "count", c.count === null ? "" : c.count));
      li.appendChild(label);
      ul.appendChild(li);
    });
    document.getElementById("facet-" + name).classList.toggle("empty", items.length === 0 && name !== "author");
  }

  function yearOf(d) { return d ? d.slice(0, 4) : ""; }

  function renderHistogram(s, f) {
    var box = $("histogram");
    clear(box);
    var note = "";
    var bars = [];
    if (f.months) {
      var y = String(f.months.year);
      var back = el("button", "drill-up", "← All years");
      back.type = "button";
      back.addEventListener("click", function () { var n = readState(); n.months = ""; go(n); });
      box.appendChild(back);
      bars = f.months.counts.map(function (c) { return { value: c.value, label: c.value.slice(5), count: c.count }; });
      note = f.months.year_only > 0 ? f.months.year_only + " dated only by the year " + y + " (in every month's range, on no bar)" : "";
    } else {
      bars = (f.year || []).slice().sort(function (a, b) { return a.value < b.value ? -1 : 1; })
        .map(function (c) { return { value: c.value, label: c.value, count: c.count }; });
      if (bars.length) note = "Click a year for its months; shift-click to select a range.";
    }
    var maxc = bars.reduce(function (m, b) { return Math.max(m, b.count); }, 0);
    var row = el("div", "bars");
    bars.forEach(function (b) {
      var btn = el("button", "bar");
      btn.type = "button";
      btn.dataset.value = b.value;
      btn.title = b.value + ": " + b.count;
      btn.setAttribute("aria-label", b.value + ": " + b.count + " publications");
      var fill = el("span", "fill");
      fill.style.height = (b.count === 0 ? 1 : Math.max(4, Math.round(60 * b.count / maxc))) + "px";
      btn.appendChild(fill);
      btn.appendChild(el("span", "lbl", b.label));
      if (inRange(s, b.value)) btn.classList.add("on");
      btn.addEventListener("click", function (ev) { pick(b.value, ev.shiftKey); });
      row.appendChild(btn);
    });
    box.appendChild(row);
    $("hist-note").textContent = note;
  }

  // inRange tells whether a bar's period lies in the selected range.
  function inRange(s, v) {
    if (!s.since && !s.until) return false;
    var lo = s.since || "0000", hi = s.until || "9999";
    return v.slice(0, lo.length) >= lo.slice(0, v.length) && v.slice(0, hi.length) <= hi.slice(0, v.length);
  }

  function pick(v, extend) {
    var n = readState();
    n.page = 1;
    if (extend && (n.since || n.until)) {
      var lo = n.since || v, hi = n.until || v;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
      n.since = lo;
      n.until = hi;
      if (yearOf(lo) !== yearOf(hi)) n.months = "";
    } else {
      n.since = v;
      n.until = v;
      if (v.length === 4) n.months = v;
    }
    go(n);
  }

  function init() {
    $("search").addEventListener("submit", function (ev) {
      ev.preventDefault();
      var n = readState();
      n.q = $("q").value.trim();
      n.page = 1;
      go(n);
    });
    $("sort").addEventListener("change", function () { var n = readState(); n.sort = $("sort").value; n.page = 1; go(n); });
    $("range").addEventListener("submit", function (ev) {
      ev.preventDefault();
      var n = readState();
      n.since = $("since").value.trim();
      n.until = $("until").value.trim();
      n.months = (n.since && yearOf(n.since) === yearOf(n.until)) ? yearOf(n.since) : "";
      n.page = 1;
      go(n);
    });
    $("clear-dates").addEventListener("click", function () {
      var n = readState(); n.since = ""; n.until = ""; n.months = ""; n.page = 1; go(n);
    });
    $("author-filter").addEventListener("input", function () {
      if (allAuthors === null) {
        allAuthors = [];
        getJSON("/api/stats").then(function (st) {
          allAuthors = (st.facets && st.facets.author) || [];
          if (lastFacets) renderFacet(readState(), "author", lastFacets.author || []);
        }).catch(function () {});
      }
      if (lastFacets) renderFacet(readState(), "author", lastFacets.author || []);
    });
    document.addEventListener("keydown", function (ev) {
      var t = ev.target.tagName;
      if (ev.key === "/" && t !== "INPUT" && t !== "SELECT" && t !== "TEXTAREA") { ev.preventDefault(); $("q").focus(); }
    });
    if (window.matchMedia && window.matchMedia("(max-width: 760px)").matches) $("filters").open = false;
    window.addEventListener("popstate", function () { load(readState()); });
    load(readState());
  }
  init();
})();
