// The dashboard's only script: on a topic page, the alert log follows the live stream and the replay line its progress, without a reload.
"use strict";

function describeAlert(a) {
  const subject = a.actor || `${a.type} ${a.imposer} → ${a.target}`;
  return a.status ? `${a.kind}: ${subject} (${a.status})` : `${a.kind}: ${subject}`;
}

function formatTime(iso) {
  const d = new Date(iso);
  return isNaN(d) ? "" : d.toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC");
}

function followAlerts(list) {
  const state = document.getElementById("live-state");
  const url = `/dashboard/stream?topic=${encodeURIComponent(list.dataset.topic)}&after=${encodeURIComponent(list.dataset.after || "0")}`;
  const source = new EventSource(url);
  source.addEventListener("open", () => { if (state) state.textContent = "Live: new alerts appear here as they are raised."; });
  source.addEventListener("error", () => { if (state) state.textContent = "Reconnecting to the alert stream…"; });
  source.addEventListener("alert", (event) => {
    const seq = Number(event.lastEventId);
    if (list.querySelector(`li[data-seq="${seq}"]`)) return;
    const alert = JSON.parse(event.data);
    const item = document.createElement("li");
    item.dataset.seq = String(seq);
    item.className = "fresh";
    const number = document.createElement("span");
    number.className = "seq";
    number.textContent = `#${seq}`;
    const when = document.createElement("span");
    when.className = "muted";
    when.textContent = formatTime(alert.at);
    item.append(number, ` ${describeAlert(alert)} `, when);
    list.prepend(item);
  });
}

// Asks for the replay line again: every half second while a replay runs, every two seconds otherwise
// (a replay started elsewhere, from the CLI or the API, shows up too).
function followReplay(box) {
  const line = document.getElementById("replay-state");
  const bar = document.getElementById("replay-bar");
  const url = `/dashboard/replay?topic=${encodeURIComponent(box.dataset.topic)}`;
  async function tick() {
    let wait = 5000;
    try {
      const response = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
      if (response.ok) {
        const status = await response.json();
        if (line && line.textContent !== status.text) line.textContent = status.text;
        if (bar) bar.hidden = !status.running;
        wait = status.running ? 500 : 2000;
      }
    } catch {
      // The silo is restarting or the network is down: try again later.
    }
    setTimeout(tick, wait);
  }
  setTimeout(tick, box.dataset.running === "true" ? 500 : 2000);
}

document.addEventListener("DOMContentLoaded", () => {
  const list = document.getElementById("alerts");
  if (list && list.dataset.topic) followAlerts(list);
  const replay = document.getElementById("replay");
  if (replay && replay.dataset.topic) followReplay(replay);
});
