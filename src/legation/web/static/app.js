// legation web: the evidence panel, timeline zoom and filter auto-submit.
// Article text is only ever put in the page with textContent, never as HTML.
"use strict";

(function () {
  const CONTEXT = 320; // characters of article shown around a highlighted span
  const cache = new Map();

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function documentUrl(id) {
    return "/api/v1/documents/" + encodeURIComponent(id);
  }

  function fetchDocument(id) {
    if (!cache.has(id)) {
      cache.set(id, fetch(documentUrl(id), { headers: { Accept: "application/json" } })
        .then((r) => (r.ok ? r.json() : null))
        .catch(() => null));
    }
    return cache.get(id);
  }

  function pageUrl(id, spans) {
    const q = spans.map((s) => "hl=" + s[0] + "-" + s[1]).join("&");
    return "/documents/" + encodeURIComponent(id) + (q ? "?" + q + "#hl" : "");
  }

  // Where the evidence sentence sits in the text: at or before the span, containing it.
  function sentenceRange(text, ref) {
    if (!ref.t) return [ref.s, ref.e];
    let at = text.lastIndexOf(ref.t, ref.s);
    if (at === -1 || at + ref.t.length < ref.e) at = text.indexOf(ref.t, Math.max(0, ref.s - ref.t.length));
    if (at === -1 || at > ref.s || at + ref.t.length < ref.e) return [ref.s, ref.e];
    return [at, at + ref.t.length];
  }

  // Spans sorted and merged where they overlap, clipped to the text.
  function mergedSpans(text, refs) {
    const spans = refs
      .map((r) => [Math.max(0, Math.min(r.s, text.length)), Math.max(0, Math.min(r.e, text.length))])
      .filter((s) => s[1] > s[0])
      .sort((a, b) => a[0] - b[0]);
    const out = [];
    for (const s of spans) {
      const last = out[out.length - 1];
      if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
      else out.push(s.slice());
    }
    return out;
  }

  // The article around the spans of one sentence: the sentence underlined, each span marked, the
  // context as plain text. A sentence read for several facts (or mentions) is shown once.
  function excerpt(text, refs) {
    const ref = refs[0];
    const box = el("p", "excerpt");
    const spans = text ? mergedSpans(text, refs) : [];
    if (!spans.length) {
      box.appendChild(el("mark", "", ref.t));
      return box;
    }
    const start = spans[0][0];
    const end = spans[spans.length - 1][1];
    const [sStart, sEnd] = sentenceRange(text, { s: start, e: end, t: ref.t });
    let from = Math.max(0, sStart - CONTEXT);
    let to = Math.min(text.length, sEnd + CONTEXT);
    const para = text.lastIndexOf("\n\n", sStart);
    if (para >= from) from = para + 2;
    const next = text.indexOf("\n\n", sEnd);
    if (next !== -1 && next <= to) to = next;
    if (from > 0) box.appendChild(document.createTextNode("… "));
    box.appendChild(document.createTextNode(text.slice(from, Math.min(sStart, start))));
    const sentence = el("span", "sentence");
    let at = Math.min(sStart, start);
    for (const [s, e] of spans) {
      sentence.appendChild(document.createTextNode(text.slice(at, s)));
      sentence.appendChild(el("mark", "", text.slice(s, e)));
      at = e;
    }
    const tail = Math.max(sEnd, at);
    sentence.appendChild(document.createTextNode(text.slice(at, tail)));
    to = Math.max(to, tail);
    box.appendChild(sentence);
    box.appendChild(document.createTextNode(text.slice(tail, to)));
    if (to < text.length) box.appendChild(document.createTextNode(" …"));
    return box;
  }

  async function showEvidence(refs, label, source) {
    const panel = document.getElementById("evidence");
    if (!panel) return;
    document.querySelectorAll(".selected").forEach((n) => n.classList.remove("selected"));
    if (source) source.classList.add("selected");
    panel.hidden = false;
    panel.querySelector(".evidence-fact").textContent = label || "";
    const items = panel.querySelector(".evidence-items");
    items.replaceChildren();
    const byDoc = new Map();
    refs.forEach((r) => { if (!byDoc.has(r.d)) byDoc.set(r.d, []); byDoc.get(r.d).push(r); });
    for (const [id, docRefs] of byDoc) {
      const item = el("div", "evidence-item");
      items.appendChild(item);
      const doc = await fetchDocument(id);
      const title = el("a", "doc-title", doc ? doc.label || doc.title || doc.id : id);
      title.title = docRefs.length + (docRefs.length === 1 ? " mention" : " mentions") + " in this report";
      title.href = pageUrl(id, docRefs.map((r) => [r.s, r.e]));
      item.appendChild(title);
      if (doc) {
        const copies = (doc.copies || []).map((c) => c.source).filter(Boolean);
        const meta = [doc.source || "unknown outlet", doc.published].concat(copies.length ? ["also in " + copies.join(", ")] : []);
        item.appendChild(el("p", "meta", meta.join(" · ")));
      }
      // one excerpt per sentence, however many facts or mentions point into it
      const bySentence = new Map();
      docRefs.forEach((r) => {
        const key = r.t ? "t:" + r.t : "s:" + r.s + "-" + r.e;
        if (!bySentence.has(key)) bySentence.set(key, []);
        bySentence.get(key).push(r);
      });
      for (const sentenceRefs of bySentence.values()) {
        const box = excerpt(doc ? doc.text : "", sentenceRefs);
        if (sentenceRefs.length > 1) box.appendChild(el("span", "mentions", " ×" + sentenceRefs.length));
        item.appendChild(box);
      }
    }
    panel.scrollTop = 0;
  }

  document.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target.closest("[data-evidence]") : null;
    if (target) {
      if (event.ctrlKey || event.metaKey || event.shiftKey) return; // open the source page instead
      let refs;
      try { refs = JSON.parse(target.getAttribute("data-evidence")); } catch (e) { return; }
      if (!Array.isArray(refs) || !refs.length) return;
      event.preventDefault();
      showEvidence(refs, target.getAttribute("data-fact"), target);
      return;
    }
    if (event.target instanceof Element && event.target.closest(".evidence-close")) {
      document.getElementById("evidence").hidden = true;
      document.querySelectorAll(".selected").forEach((n) => n.classList.remove("selected"));
    }
  });

  // Filters apply as soon as one changes.
  document.querySelectorAll("form.filters select").forEach((select) => {
    select.addEventListener("change", () => select.form.submit());
  });

  // --- timeline zoom and pan: marks keep their size, only the time axis is rescaled. ---------------
  const SVGNS = "http://www.w3.org/2000/svg";
  const MARGIN = 40;
  const DAY_MS = 86400000;
  const EPOCH = 719163; // date.toordinal() of 1970-01-01

  function dayLabel(day, withDay) {
    const d = new Date((day - EPOCH) * DAY_MS);
    const iso = d.toISOString();
    return withDay ? iso.slice(0, 10) : iso.slice(0, 7);
  }

  // Labels that would overlap in a lane are folded into the leftmost, which counts them ("Agree +2"),
  // as views.cluster_labels does on the server; run again after every zoom or pan.
  function clusterLabels(marks) {
    const lanes = new Map();
    for (const m of marks) {
      const text = m.querySelector("text");
      if (!text || !m.dataset.label) continue;
      text.textContent = m.dataset.label;
      if (m.classList.contains("off")) continue;
      const lane = m.classList[1];
      if (!lanes.has(lane)) lanes.set(lane, []);
      lanes.get(lane).push({ m, text, x: Number(m.dataset.x), half: text.getComputedTextLength() / 2 });
    }
    for (const items of lanes.values()) {
      items.sort((a, b) => a.x - b.x);
      let head = null;
      let count = 0;
      let right = -Infinity;
      for (const it of items) {
        if (head && it.x - it.half < right + 6) {
          count += 1;
          it.text.textContent = "";
          head.text.textContent = head.m.dataset.label + " +" + count;
          right = head.x + head.text.getComputedTextLength() / 2;
          continue;
        }
        head = it; count = 0; right = it.x + it.half;
      }
    }
  }

  function setupTimeline(svg) {
    // In a narrow window the drawing keeps its text size: the axis gets as many units as pixels.
    const shown = svg.getBoundingClientRect().width;
    if (shown > 0 && shown < svg.viewBox.baseVal.width) {
      const w = Math.max(Math.round(shown), 2 * MARGIN + 60);
      svg.setAttribute("viewBox", "0 0 " + w + " " + svg.viewBox.baseVal.height);
      svg.querySelectorAll("rect.lane").forEach((r) => r.setAttribute("width", String(w)));
      const axisLine = svg.querySelector(".tl-axis > line");
      if (axisLine) axisLine.setAttribute("x2", String(w));
    }
    const width = svg.viewBox.baseVal.width;
    const full = [Number(svg.dataset.start), Number(svg.dataset.end)];
    let view = full.slice();
    const marks = Array.from(svg.querySelectorAll(".mark"));
    const axis = svg.querySelector(".tl-axis");
    const xOf = (day) => MARGIN + ((day - view[0]) / Math.max(view[1] - view[0], 1)) * (width - 2 * MARGIN);

    function drawTicks() {
      axis.querySelectorAll(".tick").forEach((t) => t.remove());
      const span = view[1] - view[0];
      const days = [];
      if (span <= 70) {
        const step = span <= 10 ? 1 : span <= 35 ? 3 : 7;
        for (let d = Math.ceil(view[0]); d <= view[1]; d += step) days.push([d, true]);
      } else {
        const step = Math.floor(span / 30 / 10) + 1; // months between ticks, as views.ticks
        const first = new Date((Math.floor(view[0]) - EPOCH) * DAY_MS);
        let month = first.getUTCFullYear() * 12 + first.getUTCMonth() + 1;
        for (;;) {
          month += 1;
          if (month % step) continue;
          const day = Math.round(Date.UTC(Math.floor((month - 1) / 12), (month - 1) % 12, 1) / DAY_MS) + EPOCH;
          if (day > view[1]) break;
          days.push([day, false]);
        }
      }
      // no closer than a label's width: a narrow window shows every second (third...) tick
      const room = Math.max(1, Math.floor((width - 2 * MARGIN) / (days.length && days[0][1] ? 80 : 60)));
      const every = Math.ceil(days.length / room);
      for (const [day, withDay] of days.filter((_d, i) => i % every === 0)) {
        const g = document.createElementNS(SVGNS, "g");
        g.setAttribute("class", "tick");
        g.setAttribute("transform", "translate(" + xOf(day).toFixed(1) + ", 0)");
        const line = document.createElementNS(SVGNS, "line");
        line.setAttribute("y1", "0"); line.setAttribute("y2", "5");
        const text = document.createElementNS(SVGNS, "text");
        text.setAttribute("y", "17");
        text.textContent = dayLabel(day, withDay);
        g.append(line, text);
        axis.appendChild(g);
      }
    }

    function draw() {
      for (const m of marks) {
        const x = xOf(Number(m.dataset.day));
        m.setAttribute("transform", "translate(" + x.toFixed(1) + ", " + m.dataset.y + ")");
        m.dataset.x = x.toFixed(1);
        m.classList.toggle("off", x < MARGIN / 2 || x > width - MARGIN / 2);
      }
      clusterLabels(marks);
      drawTicks();
      svg.dataset.viewStart = String(view[0]);
      svg.dataset.viewEnd = String(view[1]);
    }

    function zoom(factor, centre) {
      const span = view[1] - view[0];
      const next = Math.min(Math.max(span * factor, 3), (full[1] - full[0]) * 4);
      const c = centre === undefined ? (view[0] + view[1]) / 2 : centre;
      const ratio = (c - view[0]) / span;
      view = [c - ratio * next, c - ratio * next + next];
      draw();
    }

    function dayAt(clientX) {
      const box = svg.getBoundingClientRect();
      const x = ((clientX - box.left) / box.width) * width;
      return view[0] + ((x - MARGIN) / (width - 2 * MARGIN)) * (view[1] - view[0]);
    }

    const controls = svg.parentElement.querySelector(".tl-controls");
    if (controls) {
      controls.addEventListener("click", (event) => {
        const button = event.target instanceof Element ? event.target.closest("[data-zoom]") : null;
        if (!button) return;
        const how = button.getAttribute("data-zoom");
        if (how === "in") zoom(0.5);
        else if (how === "out") zoom(2);
        else { view = full.slice(); draw(); }
      });
    }
    svg.addEventListener("wheel", (event) => {
      event.preventDefault();
      zoom(event.deltaY < 0 ? 0.8 : 1.25, dayAt(event.clientX));
    }, { passive: false });

    let drag = null;
    svg.addEventListener("pointerdown", (event) => {
      if (event.target instanceof Element && event.target.closest(".mark")) return;
      drag = { x: event.clientX, view: view.slice() };
      svg.classList.add("dragging");
      svg.setPointerCapture(event.pointerId);
    });
    svg.addEventListener("pointermove", (event) => {
      if (!drag) return;
      const box = svg.getBoundingClientRect();
      const days = ((event.clientX - drag.x) / box.width) * width / (width - 2 * MARGIN) * (drag.view[1] - drag.view[0]);
      view = [drag.view[0] - days, drag.view[1] - days];
      draw();
    });
    const stop = () => { drag = null; svg.classList.remove("dragging"); };
    svg.addEventListener("pointerup", stop);
    svg.addEventListener("pointercancel", stop);
    draw();
  }

  document.querySelectorAll("svg.timeline").forEach(setupTimeline);
})();
