// The exported HTML map (journeydesigner/formats/html.py): views, zoom and pan, stages with ← and →, search.
(() => {
  "use strict";
  const DATA = /*DATA*/null;
  const S = DATA.strings;
  const $ = (selector) => document.querySelector(selector);
  const views = [...document.querySelectorAll(".view")];
  const links = [...document.querySelectorAll("nav a")];
  const maps = new Map();
  let active = null;

  class MapView {
    constructor(info) {
      this.info = info;
      this.section = document.getElementById(info.id);
      this.viewport = this.section.querySelector(".viewport");
      this.canvas = this.section.querySelector(".canvas");
      this.cards = [...this.section.querySelectorAll(".card")];
      this.texts = this.cards.map((card) => card.querySelector("title").textContent.toLowerCase());
      this.scale = 1; this.x = 0; this.y = 0; this.stage = -1; this.fitted = false; this.hit = -1;
      this.listen();
    }
    apply() {
      this.canvas.style.transform = `translate(${this.x}px, ${this.y}px) scale(${this.scale})`;
    }
    size() { return [this.viewport.clientWidth || 1, this.viewport.clientHeight || 1]; }
    fit() {
      const [w, h] = this.size();
      this.scale = Math.min(w / this.info.width, h / this.info.height) * 0.96;
      this.x = (w - this.info.width * this.scale) / 2;
      this.y = (h - this.info.height * this.scale) / 2;
      this.fitted = true;
      this.setStage(-1);
      this.apply();
    }
    zoomAt(factor, cx, cy) {
      const scale = Math.min(8, Math.max(0.05, this.scale * factor));
      this.x = cx - (cx - this.x) * (scale / this.scale);
      this.y = cy - (cy - this.y) * (scale / this.scale);
      this.scale = scale;
      this.apply();
    }
    zoom(factor) { const [w, h] = this.size(); this.zoomAt(factor, w / 2, h / 2); }
    setStage(index) {
      const stages = this.info.stages;
      this.stage = index;
      this.section.classList.toggle("focus", index >= 0);
      const id = index >= 0 ? stages[index].id : null;
      this.cards.forEach((card) => card.classList.toggle("away", id !== null && card.dataset.stage !== id));
      $("#where").textContent = index >= 0
        ? S.stage.replace("{number}", index + 1).replace("{count}", stages.length) + ": " + stages[index].name
        : S.overview;
      $("#where").title = index >= 0 ? stages[index].description : "";
    }
    goStage(index) {
      const stages = this.info.stages;
      if (!stages.length) return;
      if (index < 0 || index >= stages.length) { this.fit(); return; }
      const stage = stages[index];
      const [w, h] = this.size();
      this.scale = Math.min(2, Math.max(0.3, w / (stage.w * 2.2)));  // the stage in the middle, its neighbours beside
      this.x = w / 2 - (stage.x + stage.w / 2) * this.scale;
      this.y = 12;
      this.setStage(index);
      this.apply();
    }
    show(card) {
      const box = card.getBBox();
      const [w, h] = this.size();
      this.scale = Math.max(this.scale, 1);
      this.x = w / 2 - (box.x + box.width / 2) * this.scale;
      this.y = h / 2 - (box.y + box.height / 2) * this.scale;
      this.apply();
    }
    search(query) {
      let found = 0;
      this.cards.forEach((card, i) => {
        const match = query !== "" && this.texts[i].includes(query);
        card.classList.toggle("match", match);
        card.classList.toggle("dim", query !== "" && !match);
        if (match) found += 1;
      });
      this.hit = -1;
      return found;
    }
    nextHit() {
      const hits = this.cards.filter((card) => card.classList.contains("match"));
      if (!hits.length) return;
      this.cards.forEach((card) => card.classList.remove("current"));
      this.hit = (this.hit + 1) % hits.length;
      hits[this.hit].classList.add("current");
      this.show(hits[this.hit]);
    }
    listen() {
      const vp = this.viewport;
      let drag = null;
      vp.addEventListener("pointerdown", (event) => {
        drag = { x: event.clientX - this.x, y: event.clientY - this.y };
        vp.setPointerCapture(event.pointerId);
        vp.classList.add("dragging");
      });
      vp.addEventListener("pointermove", (event) => {
        if (!drag) return;
        this.x = event.clientX - drag.x; this.y = event.clientY - drag.y;
        this.apply();
      });
      const stop = () => { drag = null; vp.classList.remove("dragging"); };
      vp.addEventListener("pointerup", stop);
      vp.addEventListener("pointercancel", stop);
      vp.addEventListener("wheel", (event) => {
        event.preventDefault();
        const rect = vp.getBoundingClientRect();
        if (event.ctrlKey || event.metaKey) {
          this.zoomAt(Math.exp(-event.deltaY / 300), event.clientX - rect.left, event.clientY - rect.top);
        } else {
          this.x -= event.deltaX; this.y -= event.deltaY;
          this.apply();
        }
      }, { passive: false });
    }
  }

  function show(id) {
    const view = views.find((v) => v.id === id) || views[0];
    if (!view) return;
    views.forEach((v) => v.classList.toggle("active", v === view));
    links.forEach((a) => a.classList.toggle("active", a.dataset.view === view.id));
    active = maps.get(view.id) || null;
    document.querySelectorAll(".tools button, #where").forEach((el) => { el.hidden = !active; });
    if (active) {
      if (!active.fitted) active.fit(); else active.setStage(active.stage);
      active.viewport.focus({ preventScroll: true });
    }
    runSearch();
  }

  function markText(root, query) {
    root.querySelectorAll("mark").forEach((mark) => mark.replaceWith(mark.textContent));
    root.normalize();
    if (!query) return;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    nodes.forEach((node) => {
      const at = node.data.toLowerCase().indexOf(query);
      if (at < 0) return;
      const hit = node.splitText(at);
      hit.splitText(query.length);
      const mark = document.createElement("mark");
      mark.textContent = hit.data;
      hit.replaceWith(mark);
    });
  }

  function runSearch() {
    const query = $("#search").value.trim().toLowerCase();
    let found = 0;
    maps.forEach((view) => { const n = view.search(query); if (view === active) found = n; });
    [".jobs tbody tr", ".persona"].forEach((selector) => {  // filtered only when something matches
      const items = [...document.querySelectorAll(selector)];
      const hits = items.map((el) => query !== "" && el.textContent.toLowerCase().includes(query));
      const filter = hits.some(Boolean);
      items.forEach((el, i) => { el.classList.toggle("hidden", filter && !hits[i]); markText(el, query); });
    });
    $("#found").textContent = !query || !active ? "" : found ? S.cards.replace("{count}", found) : S.noMatch;
  }

  DATA.maps.forEach((info) => maps.set(info.id, new MapView(info)));
  links.forEach((a) => a.addEventListener("click", (event) => {
    event.preventDefault();
    history.replaceState(null, "", "#" + a.dataset.view);
    show(a.dataset.view);
  }));
  $("#search").addEventListener("input", runSearch);
  $("#search").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && active) { active.nextHit(); event.preventDefault(); }
    if (event.key === "Escape") { event.target.value = ""; runSearch(); event.target.blur(); }
  });
  $("#prev").addEventListener("click", () => active && active.goStage(active.stage - 1));
  $("#next").addEventListener("click", () => active && active.goStage(active.stage + 1));
  $("#fit").addEventListener("click", () => active && active.fit());
  $("#zoomin").addEventListener("click", () => active && active.zoom(1.25));
  $("#zoomout").addEventListener("click", () => active && active.zoom(0.8));
  document.addEventListener("keydown", (event) => {
    if (event.target instanceof HTMLInputElement || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === "/") { $("#search").focus(); event.preventDefault(); return; }
    if (!active) return;
    const keys = {
      ArrowRight: () => active.goStage(active.stage + 1), ArrowLeft: () => active.goStage(active.stage - 1),
      Home: () => active.fit(), "0": () => active.fit(), Escape: () => active.fit(),
      "+": () => active.zoom(1.25), "=": () => active.zoom(1.25), "-": () => active.zoom(0.8),
    };
    if (keys[event.key]) { keys[event.key](); event.preventDefault(); }
  });
  window.addEventListener("resize", () => active && active.stage < 0 && active.fit());
  show(location.hash.slice(1));
})();
