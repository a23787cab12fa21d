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
      months: p.get("months") || "", trend: p.get("trend") || "", split: p.get("split") || "" };
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
    if (withPage && s.trend) p.set("trend", s.trend);
    if (withPage && s.trend && s.split) p.set("split", s.split);
    return p;
  }
  // searchOnly is the search's own parameters: what an export or a trend
  // takes.
  function searchOnly(s) {
    var p = params(s, false);
    p.delete("months");
    return p;
  }
  function go(s) {
    var qs = params(s, true).toString();
    window.history.pushState(null, "", qs ? "/?" + qs : "/");
    load(s);
  }
  // shown names bidi controls visibly (⟨U+202E⟩): scraped text must not
  // reorder itself or the page around it.
  var BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g;
  function shown(t) {
    return String(t).replace(BIDI, function (c) { return "\u27e8U+" + c.charCodeAt(0).toString(16).toUpperCase() + "\u27e9"; });
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = shown(text);
    return e;
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }

  // marked appends text to parent with the byte ranges of marks (offsets
  // into the UTF-8 text, as the API gives them) in <mark>.
  function marked(parent, text, marks) {
    var b = enc.encode(text), pos = 0;
    (marks || []).forEach(function (m) {
      if (m.start < pos || m.end > b.length || m.end <= m.start) return;
      parent.appendChild(document.createTextNode(shown(dec.decode(b.subarray(pos, m.start)))));
      parent.appendChild(el("mark", null, dec.decode(b.subarray(m.start, m.end))));
      pos = m.end;
    });
    parent.appendChild(document.createTextNode(shown(dec.decode(b.subarray(pos)))));
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
    renderExport(s);
    loadTrend(s, my);
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
      if (bars.length > 6) {
        // Whole years run into each other under narrow bars: '05, '12, ...
        bars.forEach(function (b) { b.label = "\u2019" + b.value.slice(2); });
      }
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

  var FORMATS = [["csv", "CSV"], ["bibtex", "BibTeX"], ["ris", "RIS"], ["csl-json", "CSL-JSON"], ["jsonl", "JSON Lines"], ["md", "Markdown"]];

  // renderExport offers the current search (query, filters, sort) in every
  // format of pubindex export, and its search record.
  function renderExport(s) {
    var box = $("export-links");
    clear(box);
    FORMATS.forEach(function (f) {
      var p = searchOnly(s);
      p.set("format", f[0]);
      var a = el("a", "export-link", f[1]);
      a.href = "/api/export?" + p.toString();
      a.setAttribute("download", "");
      a.dataset.format = f[0];
      box.appendChild(a);
    });
    var p = searchOnly(s);
    p.set("format", "csv");
    p.set("record", "1");
    var rec = el("a", "export-link record", "Search record");
    rec.href = "/api/export?" + p.toString();
    rec.setAttribute("download", "");
    rec.title = "What a systematic review reports: the query, filters, index and count (JSON)";
    box.appendChild(rec);
  }

  var SVG = "http://www.w3.org/2000/svg";
  var LINE_COLORS = ["#c2410c", "#15803d", "#7c3aed", "#0e7490", "#be185d", "#4d7c0f", "#1d4ed8", "#92400e"];
  function svg(tag, attrs) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    return e;
  }

  function loadTrend(s, my) {
    var box = $("trend");
    box.hidden = !s.trend;
    $("trend-toggle").setAttribute("aria-expanded", s.trend ? "true" : "false");
    if (!s.trend) return;
    $("trend-by").value = s.trend === "month" ? "month" : "year";
    $("trend-facet").value = s.split;
    var p = searchOnly(s);
    p.set("by", s.trend === "month" ? "month" : "year");
    if (s.split) p.set("facet", s.split);
    $("trend-chart").setAttribute("aria-busy", "true");
    getJSON("/api/trend?" + p.toString()).then(function (t) {
      if (my !== seq) return;
      drawTrend(t);
    }).catch(function (err) {
      if (my !== seq) return;
      clear($("trend-chart"));
      $("trend-note").textContent = "Trend: " + err.message;
    }).then(function () { $("trend-chart").setAttribute("aria-busy", "false"); });
  }

  // drawTrend draws the counts per period as bars, and with a facet one
  // line per value. A year-only period (publications dated by their year
  // alone, with --by month) keeps a bar of its own after December.
  function drawTrend(t) {
    var box = $("trend-chart");
    clear(box);
    var ps = t.periods || [];
    var note = t.total + (t.total === 1 ? " publication" : " publications") + ", counted per " + t.by;
    if (t.undated) note += "; " + t.undated + " undated, not on the chart";
    if (!ps.length) { $("trend-note").textContent = note + ". No dated publication matches."; return; }
    var values = t.values || [];
    var top = 0;
    ps.forEach(function (p) {
      top = Math.max(top, p.count);
      values.forEach(function (v) { top = Math.max(top, (p.by_value || {})[v] || 0); });
    });
    top = Math.max(top, 1);
    var bw = t.by === "month" ? 9 : 22, gap = 2, padL = 34, padB = 30, padT = 8, h = 150;
    var width = padL + ps.length * (bw + gap) + 6;
    var g = svg("svg", { width: width, height: h + padB + padT, viewBox: "0 0 " + width + " " + (h + padB + padT), role: "img", "class": "trend-svg" });
    var title = svg("title");
    title.textContent = shown(note);
    g.appendChild(title);
    var y = function (c) { return padT + h - Math.round(h * c / top); };
    [0, top].forEach(function (c) {
      g.appendChild(svg("line", { x1: padL - 4, x2: width, y1: y(c), y2: y(c), "class": "grid" }));
      var lab = svg("text", { x: padL - 6, y: y(c) + 4, "text-anchor": "end", "class": "axis" });
      lab.textContent = String(c);
      g.appendChild(lab);
    });
    var yearOnly = 0;
    var every = t.by === "year" ? Math.max(1, Math.ceil(ps.length / 16)) : 0;
    ps.forEach(function (p, i) {
      var x = padL + i * (bw + gap);
      var r = svg("rect", { x: x, y: y(p.count), width: bw, height: Math.max(0, padT + h - y(p.count)),
        "class": p.year_only ? "tbar year-only" : "tbar" });
      r.dataset.period = p.period;
      r.dataset.count = String(p.count);
      if (p.year_only) { r.dataset.yearOnly = "true"; yearOnly += p.count; }
      var tip = svg("title");
      tip.textContent = (p.year_only ? p.period + " (year only)" : p.period) + ": " + p.count;
      r.appendChild(tip);
      g.appendChild(r);
      var label = "";
      if (t.by === "year" && i % every === 0) label = p.period;
      if (t.by === "month" && !p.year_only && p.period.slice(5) === "01") label = p.period.slice(0, 4);
      if (t.by === "month" && p.year_only) label = "y";
      if (label) {
        var tx = svg("text", { x: x + bw / 2, y: padT + h + 13, "text-anchor": t.by === "month" && !p.year_only ? "start" : "middle", "class": "axis" });
        tx.textContent = label;
        g.appendChild(tx);
      }
    });
    values.forEach(function (v, k) {
      var pts = [];
      ps.forEach(function (p, i) {
        if (p.year_only) return;
        pts.push((padL + i * (bw + gap) + bw / 2) + "," + y((p.by_value || {})[v] || 0));
      });
      var line = svg("polyline", { points: pts.join(" "), fill: "none", stroke: LINE_COLORS[k % LINE_COLORS.length], "stroke-width": 2, "class": "tline" });
      var tip = svg("title");
      tip.textContent = shown(v);
      line.appendChild(tip);
      g.appendChild(line);
    });
    box.appendChild(g);
    if (values.length) {
      var legend = el("ul", "legend");
      values.forEach(function (v, k) {
        var li = el("li");
        var sw = el("span", "swatch");
        sw.style.background = LINE_COLORS[k % LINE_COLORS.length];
        li.appendChild(sw);
        var name = el("span", "data", v);
        name.dir = "auto";
        li.appendChild(name);
        legend.appendChild(li);
      });
      box.appendChild(legend);
    }
    if (t.by === "month") note += ". The light bar marked y after each December counts those dated only by their year (" + yearOnly + " in all), never in a month";
    $("trend-note").textContent = note + ".";
  }

  // loadAlerts lists the saved searches with what is new since each was
  // last read; the page only reads them (pubindex alert add saves one).
  function loadAlerts() {
    getJSON("/api/alerts").then(function (r) {
      var box = $("alerts"), ul = $("alert-list");
      clear(ul);
      box.hidden = !r.alerts.length;
      r.alerts.forEach(function (a) {
        var li = el("li", "alert");
        var run = el("a", "alert-name", a.name);
        run.href = "/" + (a.search ? "?" + a.search : "");
        run.dir = "auto";
        run.title = "Run this saved search";
        li.appendChild(run);
        var info = el("span", "alert-new", "…");
        li.appendChild(info);
        var feed = el("a", "alert-feed", "Atom");
        feed.href = "/api/feed.atom?alert=" + encodeURIComponent(a.name);
        feed.type = "application/atom+xml";
        feed.title = "Feed of what is new for this search";
        li.appendChild(feed);
        ul.appendChild(li);
        getJSON("/api/new?peek=1&limit=1&alert=" + encodeURIComponent(a.name)).then(function (news) {
          var n = news.length ? news[0].total : 0;
          info.textContent = n + " new since last read";
          info.dataset.count = String(n);
          info.classList.toggle("some", n > 0);
        }).catch(function (err) { info.textContent = err.message; });
      });
    }).catch(function () {});
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
    $("trend-toggle").addEventListener("click", function () {
      var n = readState();
      n.trend = n.trend ? "" : ($("trend-by").value || "year");
      go(n);
    });
    $("trend-by").addEventListener("change", function () { var n = readState(); n.trend = $("trend-by").value; go(n); });
    $("trend-facet").addEventListener("change", function () { var n = readState(); n.split = $("trend-facet").value; go(n); });
    loadAlerts();
    window.addEventListener("popstate", function () { load(readState()); });
    load(readState());
  }
  init();
})();
