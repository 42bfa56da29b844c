// The dashboard's only script: the topic page's alert log follows the live stream without a reload.
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

document.addEventListener("DOMContentLoaded", () => {
  const list = document.getElementById("alerts");
  if (list && list.dataset.topic) followAlerts(list);
});
