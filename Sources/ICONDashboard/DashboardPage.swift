/// The dashboard's page: markup, style and script in one document, with no external scripts or fonts.
/// It reads `/state` once and then follows `/events`; the map is an SVG drawn from the places'
/// coordinates (an equirectangular projection of their bounding box), or a ring when none are known.
enum DashboardPage {
  static let html = #"""
    <!doctype html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>ICON dashboard</title>
    <style>
      :root { --bg:#f6f7f9; --panel:#fff; --ink:#1c2430; --muted:#5b6675; --line:#d5dae1; --accent:#1f6feb;
              --icon:#1f6feb; --origin:#b5470f; --client:#2da44e; --focus:#ffb000; }
      * { box-sizing: border-box; }
      body { margin:0; font:14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color:var(--ink);
             background:var(--bg); height:100vh; display:grid; grid-template-rows:auto 1fr; }
      header { display:flex; gap:16px; align-items:baseline; padding:10px 16px; background:var(--panel);
               border-bottom:1px solid var(--line); }
      header h1 { font-size:16px; margin:0; }
      header .stat { color:var(--muted); }
      #live { margin-left:auto; font-size:12px; padding:2px 8px; border-radius:10px; background:#e8eaed; }
      #live.on { background:#dafbe1; color:#116329; }
      main { display:grid; grid-template-columns: minmax(0,1fr) 380px; gap:12px; padding:12px; min-height:0; }
      #map { background:var(--panel); border:1px solid var(--line); border-radius:8px; width:100%; height:100%;
             min-height:0; }
      aside { display:grid; grid-template-rows: auto minmax(0,1fr); gap:12px; min-height:0; }
      section { background:var(--panel); border:1px solid var(--line); border-radius:8px; padding:8px 10px;
                min-height:0; overflow:auto; }
      h2 { font-size:13px; margin:2px 0 6px; color:var(--muted); text-transform:uppercase; letter-spacing:.04em; }
      table { border-collapse:collapse; width:100%; font-variant-numeric: tabular-nums; }
      th, td { text-align:right; padding:3px 4px; border-bottom:1px solid #eef0f3; }
      th:first-child, td:first-child, th:nth-child(2), td:nth-child(2) { text-align:left; }
      tr[data-icon] { cursor:pointer; }
      tr[data-icon]:focus { outline:2px solid var(--focus); outline-offset:-2px; }
      tr.selected { background:#fff5d6; }
      ol { list-style:none; margin:0; padding:0; }
      li.event { padding:4px 0; border-bottom:1px solid #eef0f3; }
      li.event time { color:var(--muted); margin-right:6px; font-variant-numeric: tabular-nums; }
      li.event .kind { font-size:11px; padding:1px 6px; border-radius:8px; margin-right:6px; background:#e8eaed; }
      .kind-replication .kind { background:#ddf4ff; } .kind-migration .kind { background:#fbefff; }
      .kind-termination .kind { background:#ffebe9; } .kind-election .kind { background:#fff8c5; }
      .kind-refusal .kind { background:#ffebe9; }
      svg text { font-size:11px; fill:var(--ink); paint-order:stroke; stroke:#fff; stroke-width:3px; }
      .place circle { fill:#c4cbd4; } .place text { fill:var(--muted); font-size:10px; }
      .link { stroke:#e3e7ec; stroke-width:1; }
      .edge { stroke:var(--icon); stroke-width:2; fill:none; opacity:.7; }
      .serve { stroke:var(--client); stroke-width:1; stroke-dasharray:3 3; opacity:.6; }
      .client circle { fill:var(--client); opacity:.55; }
      .icon circle { fill:var(--icon); stroke:#fff; stroke-width:2; }
      .icon.origin circle { fill:var(--origin); }
      .icon.selected circle { stroke:var(--focus); stroke-width:4; }
      .empty { color:var(--muted); padding:24px; }
      .sr { position:absolute; left:-9999px; }
    </style>
    </head>
    <body data-updates="0">
    <header>
      <h1>ICON <span id="app">–</span></h1>
      <span class="stat" id="summary">waiting for the first reading…</span>
      <span id="live" role="status">connecting</span>
    </header>
    <main>
      <svg id="map" viewBox="0 0 1000 700" role="img" aria-labelledby="map-title">
        <title id="map-title">The overlay tree on a map</title>
        <g id="links"></g><g id="serving"></g><g id="edges"></g><g id="places"></g><g id="clients"></g><g id="icons"></g>
        <g id="legend" transform="translate(16,24)">
          <circle cx="6" cy="0" r="6" fill="#b5470f"/><text x="16" y="4">origin</text>
          <circle cx="76" cy="0" r="6" fill="#1f6feb"/><text x="86" y="4">replica</text>
          <path d="M140,0 h24" stroke="#1f6feb" stroke-width="2"/><text x="170" y="4">tree</text>
          <circle cx="222" cy="0" r="5" fill="#2da44e" opacity=".55"/><text x="232" y="4">clients (area ∝ req/s), dashed to the ICON serving them</text>
        </g>
      </svg>
      <aside>
        <section aria-labelledby="icons-title">
          <h2 id="icons-title">ICONs <span class="sr">(arrow keys move, Escape clears)</span></h2>
          <table id="tree">
            <thead><tr><th>ICON</th><th>site</th><th>req/s</th><th>ms</th><th>balance</th></tr></thead>
            <tbody></tbody>
          </table>
        </section>
        <section aria-labelledby="timeline-title">
          <h2 id="timeline-title">Timeline</h2>
          <ol id="timeline" aria-live="polite"></ol>
        </section>
      </aside>
    </main>
    <script>
    "use strict";
    const svgNS = "http://www.w3.org/2000/svg";
    let view = null, selected = null, updates = 0;
    const $ = id => document.getElementById(id);
    function el(name, attrs, parent, ns) {
      const node = ns ? document.createElementNS(svgNS, name) : document.createElement(name);
      for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
      if (parent) parent.appendChild(node);
      return node;
    }
    function svg(name, attrs, parent) { return el(name, attrs, parent, true); }
    function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
    function fixed(value, digits) { return Number(value).toFixed(digits); }

    // where each place is drawn: projected coordinates, or a ring of the sites when none are known
    function layout(v) {
      const points = {};
      const known = v.places.filter(p => isFinite(p.latitude) && isFinite(p.longitude));
      if (known.length) {
        const lats = known.map(p => p.latitude), lons = known.map(p => p.longitude);
        const south = Math.min(...lats), north = Math.max(...lats), west = Math.min(...lons), east = Math.max(...lons);
        const squeeze = Math.cos((south + north) / 2 * Math.PI / 180);
        const width = Math.max((east - west) * squeeze, 1e-6), height = Math.max(north - south, 1e-6);
        const scale = Math.min(920 / width, 620 / height);
        const left = 500 - width * scale / 2, top = 350 - height * scale / 2;
        for (const p of known) points[p.name] = [left + (p.longitude - west) * squeeze * scale, top + (north - p.latitude) * scale];
      }
      const missing = [...new Set(v.icons.map(i => i.site).concat(v.clients.map(c => c.place)))].filter(n => !points[n]);
      missing.forEach((name, index) => {
        const angle = 2 * Math.PI * index / missing.length;
        points[name] = [500 + 280 * Math.cos(angle), 350 + 280 * Math.sin(angle)];
      });
      return points;
    }

    function draw() {
      if (!view) return;
      const v = view, points = layout(v);
      $("app").textContent = v.application.split("~")[0];
      const rate = v.clients.reduce((sum, c) => sum + c.requestsPerSecond, 0);
      $("summary").textContent = `${v.icons.length} ICON${v.icons.length === 1 ? "" : "s"} · ${v.clients.length} client groups · ${fixed(rate, 1)} req/s · read ${new Date(v.at * 1000).toLocaleTimeString()}`;
      for (const id of ["links", "serving", "edges", "places", "clients", "icons"]) clear($(id));
      for (const [a, b] of v.links) {
        if (points[a] && points[b]) svg("line", {class: "link", x1: points[a][0], y1: points[a][1], x2: points[b][0], y2: points[b][1]}, $("links"));
      }
      const occupied = new Set(v.icons.map(i => i.site));
      for (const p of v.places) {
        const at = points[p.name]; if (!at) continue;
        const g = svg("g", {class: "place"}, $("places"));
        svg("circle", {cx: at[0], cy: at[1], r: 2.5}, g);
        // an ICON's label names its site
        if (!occupied.has(p.name)) svg("text", {x: at[0] + 4, y: at[1] - 4}, g).textContent = p.name;
      }
      // ICONs at one site sit side by side
      const perSite = {}, position = {};
      for (const icon of v.icons) {
        const index = (perSite[icon.site] = (perSite[icon.site] || 0) + 1) - 1;
        const at = points[icon.site] || [500, 350];
        position[icon.name] = [at[0] + index * 16, at[1]];
      }
      for (const icon of v.icons) {
        if (!icon.parent || !position[icon.parent]) continue;
        const [x1, y1] = position[icon.parent], [x2, y2] = position[icon.name];
        const bend = 0.2 * Math.hypot(x2 - x1, y2 - y1);
        svg("path", {class: "edge", "data-from": icon.parent, "data-to": icon.name,
          d: `M${x1},${y1} Q${(x1 + x2) / 2},${(y1 + y2) / 2 - bend} ${x2},${y2}`}, $("edges"));
      }
      v.clients.forEach((client, index) => {
        const at = points[client.place] || [500, 350];
        const x = at[0] + 10 * Math.cos(index * 2.4), y = at[1] + 10 * Math.sin(index * 2.4) + 14;
        const g = svg("g", {class: "client", "data-subnet": client.subnet, "data-served-by": client.servedBy}, $("clients"));
        svg("circle", {cx: x, cy: y, r: Math.max(3, Math.min(24, 2.2 * Math.sqrt(client.requestsPerSecond)))}, g);
        svg("title", {}, g).textContent = `${client.subnet} at ${client.place}: ${fixed(client.requestsPerSecond, 1)} req/s, served by ${client.servedBy}`;
        const to = position[client.servedBy];
        if (to) svg("line", {class: "serve", x1: x, y1: y, x2: to[0], y2: to[1]}, $("serving"));
      });
      for (const icon of v.icons) {
        const [x, y] = position[icon.name];
        const g = svg("g", {class: "icon" + (icon.parent ? "" : " origin") + (icon.name === selected ? " selected" : ""),
          "data-icon": icon.name, "data-site": icon.site, "data-parent": icon.parent || ""}, $("icons"));
        svg("circle", {cx: x, cy: y, r: 8 + Math.min(10, Math.sqrt(icon.requestsPerSecond))}, g);
        svg("text", {x: x + 12, y: y + 4}, g).textContent = `${icon.name} (${icon.site}) · ${fixed(icon.requestsPerSecond, 0)} req/s · ${fixed(icon.meanLatencyMilliseconds, 0)} ms`;
        svg("title", {}, g).textContent = `${icon.name} at ${icon.site}: ${fixed(icon.requestsPerSecond, 1)} req/s, ${fixed(icon.meanLatencyMilliseconds, 1)} ms, ${fixed(icon.balance, 2)} credits (${icon.mode})`;
        g.addEventListener("click", () => select(icon.name, true));
      }
      drawTable(v);
    }

    function drawTable(v) {
      const body = $("tree").tBodies[0], focused = document.activeElement && document.activeElement.dataset.icon;
      clear(body);
      const depth = {};
      for (const icon of v.icons) {
        depth[icon.name] = icon.parent && depth[icon.parent] !== undefined ? depth[icon.parent] + 1 : 0;
        const row = el("tr", {"data-icon": icon.name, "data-site": icon.site, "data-parent": icon.parent || "", tabindex: "0"}, body);
        if (icon.name === selected) row.classList.add("selected");
        el("td", {}, row).textContent = "\u00a0\u00a0".repeat(depth[icon.name]) + icon.name;
        el("td", {}, row).textContent = icon.site;
        el("td", {}, row).textContent = fixed(icon.requestsPerSecond, 1);
        el("td", {}, row).textContent = fixed(icon.meanLatencyMilliseconds, 1);
        el("td", {}, row).textContent = fixed(icon.balance, 2);
        row.addEventListener("click", () => select(icon.name, false));
        row.addEventListener("focus", () => select(icon.name, false));
        if (icon.name === focused) row.focus();
      }
    }

    function select(name, focusRow) {
      selected = name;
      document.querySelectorAll(".selected").forEach(node => node.classList.remove("selected"));
      document.querySelectorAll(`[data-icon="${CSS.escape(name || "")}"]`).forEach(node => node.classList.add("selected"));
      if (focusRow) { const row = document.querySelector(`tr[data-icon="${CSS.escape(name)}"]`); if (row) row.focus(); }
    }

    document.addEventListener("keydown", event => {
      const rows = [...document.querySelectorAll("tr[data-icon]")];
      const at = rows.indexOf(document.activeElement);
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        const next = rows[Math.max(0, Math.min(rows.length - 1, at + (event.key === "ArrowDown" ? 1 : -1)))] || rows[0];
        if (next) { next.focus(); event.preventDefault(); }
      } else if (event.key === "Escape") {
        selected = null; document.querySelectorAll(".selected").forEach(node => node.classList.remove("selected"));
      }
    });

    function addEvents(events, whole) {
      const list = $("timeline");
      if (whole) clear(list);
      for (const event of events) {
        const item = el("li", {class: `event kind-${event.kind}`, "data-kind": event.kind, "data-icon": event.icon});
        el("time", {}, item).textContent = new Date(event.at * 1000).toLocaleTimeString();
        el("span", {class: "kind"}, item).textContent = event.kind;
        item.appendChild(document.createTextNode(event.text));
        list.insertBefore(item, list.firstChild);
      }
      while (list.children.length > 200) list.removeChild(list.lastChild);
    }

    function take(update) {
      if (update.view) view = update.view;
      addEvents(update.events, update.whole);
      draw();
      document.body.dataset.updates = String(++updates);
    }

    fetch("/state").then(answer => answer.json()).then(take).catch(() => {});
    const source = new EventSource("/events");
    source.onopen = () => { $("live").textContent = "live"; $("live").classList.add("on"); };
    source.onerror = () => { $("live").textContent = "reconnecting"; $("live").classList.remove("on"); };
    source.onmessage = message => take(JSON.parse(message.data));
    </script>
    </body>
    </html>
    """#
}
