/*
 * Marketing assistant chat widget. One tag adds it to any page:
 *   <script src="https://HOST/widget.js" data-endpoint="https://HOST" data-api-key="mk_..."></script>
 * Vanilla JS, no build step. Everything lives in a shadow root, so no style leaks either way.
 * The conversation id is kept per browser tab (sessionStorage).
 */
(function () {
  "use strict";
  var script = document.currentScript ||
    document.querySelector('script[src*="widget.js"][data-api-key]');
  if (!script || window.__marketingAssistantWidget) { return; }
  window.__marketingAssistantWidget = true;

  var srcBase = (script.src || "").replace(/\/widget\.js(\?.*)?$/, "");
  var endpoint = (script.getAttribute("data-endpoint") || srcBase).replace(/\/+$/, "");
  var apiKey = script.getAttribute("data-api-key") || "";
  var title = script.getAttribute("data-title") || "Marketing assistant";
  var storeKey = "ma-chat-session:" + endpoint;

  var CSS = [
    ":host{all:initial;position:fixed;right:20px;bottom:20px;z-index:2147483000;",
    "font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1f2937}",
    "*{box-sizing:border-box}",
    ".bubble{width:56px;height:56px;border-radius:50%;border:none;background:#4f46e5;color:#fff;",
    "cursor:pointer;box-shadow:0 6px 18px rgba(0,0,0,.25);font-size:24px;display:flex;",
    "align-items:center;justify-content:center}",
    ".bubble:focus-visible,button:focus-visible,textarea:focus-visible,a:focus-visible,",
    "summary:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}",
    ".panel{position:absolute;right:0;bottom:70px;width:min(380px,calc(100vw - 40px));",
    "height:min(560px,calc(100vh - 110px));background:#fff;border-radius:14px;display:flex;",
    "flex-direction:column;box-shadow:0 12px 36px rgba(0,0,0,.28);overflow:hidden}",
    ".panel[hidden]{display:none}",
    "header{background:#4f46e5;color:#fff;padding:10px 14px;display:flex;align-items:center;",
    "justify-content:space-between;font-weight:600}",
    "header button{background:transparent;border:none;color:#fff;font-size:20px;cursor:pointer;",
    "line-height:1;padding:2px 6px;border-radius:6px}",
    ".log{position:relative;flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:10px;",
    "background:#f8fafc}",
    ".msg{max-width:88%;padding:8px 11px;border-radius:12px;white-space:normal;word-wrap:break-word}",
    ".msg p{margin:0 0 6px}.msg p:last-child{margin:0}",
    ".msg ul,.msg ol{margin:4px 0 6px 18px;padding:0}",
    ".user{align-self:flex-end;background:#4f46e5;color:#fff;border-bottom-right-radius:4px}",
    ".assistant{align-self:flex-start;background:#fff;border:1px solid #e5e7eb;",
    "border-bottom-left-radius:4px}",
    ".error{align-self:stretch;background:#fff7ed;border:1px solid #fdba74;color:#9a3412}",
    ".chips{display:flex;flex-wrap:wrap;gap:4px;margin-top:6px}",
    ".chip{font-size:11px;background:#eef2ff;color:#3730a3;border:1px solid #c7d2fe;",
    "border-radius:999px;padding:1px 8px}",
    ".sources{margin-top:6px;font-size:12px;color:#475569}",
    ".sources ol{margin:2px 0 0 18px;padding:0}.sources a{color:#4338ca}",
    ".sources details{display:inline}.sources summary{cursor:pointer;color:#4338ca}",
    ".typing{align-self:flex-start;display:flex;gap:4px;padding:10px 12px;background:#fff;",
    "border:1px solid #e5e7eb;border-radius:12px}",
    ".typing[hidden]{display:none}",
    ".typing span{width:7px;height:7px;border-radius:50%;background:#94a3b8;",
    "animation:blink 1.2s infinite both}",
    ".typing span:nth-child(2){animation-delay:.2s}.typing span:nth-child(3){animation-delay:.4s}",
    "@keyframes blink{0%,80%,100%{opacity:.25}40%{opacity:1}}",
    "form{display:flex;gap:6px;padding:10px;border-top:1px solid #e5e7eb;background:#fff}",
    "textarea{flex:1;resize:none;border:1px solid #cbd5e1;border-radius:10px;padding:8px;",
    "font:inherit;color:inherit;height:40px;max-height:120px}",
    "form button{background:#4f46e5;color:#fff;border:none;border-radius:10px;padding:0 14px;",
    "font:inherit;font-weight:600;cursor:pointer}",
    "form button:disabled{opacity:.5;cursor:default}",
    ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}",
    ".hint{font-size:12px;color:#64748b;text-align:center}"
  ].join("");

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  var host = el("marketing-assistant-widget");
  var root = host.attachShadow({ mode: "open" });
  var style = el("style");
  style.textContent = CSS;
  root.appendChild(style);

  var bubble = el("button", { "class": "bubble", type: "button", "aria-haspopup": "dialog",
    "aria-expanded": "false", "aria-controls": "ma-panel",
    "aria-label": "Open chat with the " + title });
  bubble.innerHTML = '<svg width="26" height="26" viewBox="0 0 24 24" aria-hidden="true" ' +
    'focusable="false"><path fill="currentColor" d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 ' +
    '4v-4H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm3 6a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 ' +
    '0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z"/></svg>';
  var panel = el("section", { "class": "panel", id: "ma-panel", role: "dialog",
    "aria-label": title, hidden: "" });
  var header = el("header");
  header.appendChild(el("span", {}, title));
  var close = el("button", { type: "button", "class": "close", "aria-label": "Close chat" },
    "\u00D7");
  header.appendChild(close);
  var log = el("div", { "class": "log", role: "log", "aria-live": "polite",
    "aria-relevant": "additions", tabindex: "0" });
  log.appendChild(el("div", { "class": "hint" },
    "Ask about customers, recommendations, segments or feedback."));
  var typing = el("div", { "class": "typing", hidden: "", role: "status" });
  typing.appendChild(el("span", { "aria-hidden": "true" }));
  typing.appendChild(el("span", { "aria-hidden": "true" }));
  typing.appendChild(el("span", { "aria-hidden": "true" }));
  typing.appendChild(el("em", { "class": "sr" }, "The assistant is typing"));
  log.appendChild(typing);
  var form = el("form");
  var label = el("label", { "class": "sr", "for": "ma-input" }, "Your question");
  var input = el("textarea", { id: "ma-input", rows: "1", maxlength: "4000",
    placeholder: "Ask a question\u2026", "aria-label": "Your question" });
  var send = el("button", { type: "submit", "class": "send" }, "Send");
  form.appendChild(label);
  form.appendChild(input);
  form.appendChild(send);
  panel.appendChild(header);
  panel.appendChild(log);
  panel.appendChild(form);
  root.appendChild(panel);
  root.appendChild(bubble);

  var busy = false;
  var restored = false;

  function sessionId() {
    try { return window.sessionStorage.getItem(storeKey); } catch (e) { return null; }
  }
  function setSessionId(id) {
    try {
      if (id) { window.sessionStorage.setItem(storeKey, id); }
      else { window.sessionStorage.removeItem(storeKey); }
    } catch (e) { /* storage disabled: the conversation lasts as long as the page */ }
  }

  function scrollDown() { log.scrollTop = log.scrollHeight; }

  function renderText(container, text) {
    var list = null;
    var kind = "";
    String(text || "").split(/\n/).forEach(function (line) {
      var bullet = /^\s*([-*\u2022]|\d+[.)])\s+(.*)$/.exec(line);
      if (bullet) {
        var want = /\d/.test(bullet[1]) ? "ol" : "ul";
        if (!list || kind !== want) { list = el(want); kind = want; container.appendChild(list); }
        list.appendChild(el("li", {}, bullet[2]));
      } else if (line.trim()) {
        list = null;
        container.appendChild(el("p", {}, line));
      } else {
        list = null;
      }
    });
  }

  function safeUrl(uri) {
    return /^https?:\/\//i.test(uri || "") ? uri : null;
  }

  function renderCitations(container, citations) {
    if (!citations || !citations.length) { return; }
    var box = el("div", { "class": "sources" });
    box.appendChild(el("span", {}, "Sources"));
    var ol = el("ol");
    citations.forEach(function (c) {
      var li = el("li", { value: String(c.index || "") });
      if (c.kind === "tool") {
        li.appendChild(el("span", {}, "Tool result: " + (c.name || "tool")));
      } else {
        var name = c.title || c.doc_id || "document";
        var url = safeUrl(c.source_uri);
        if (url) {
          li.appendChild(el("a", { href: url, target: "_blank", rel: "noopener noreferrer" },
            name));
        } else {
          var det = el("details");
          det.appendChild(el("summary", {}, name));
          det.appendChild(el("div", {}, [c.doc_id && ("document " + c.doc_id),
            c.source_uri && ("source " + c.source_uri)].filter(Boolean).join(" \u00B7 ")));
          li.appendChild(det);
        }
      }
      ol.appendChild(li);
    });
    box.appendChild(ol);
    container.appendChild(box);
  }

  function addUser(text) {
    var m = el("div", { "class": "msg user" });
    renderText(m, text);
    log.insertBefore(m, typing);
    scrollDown();
  }

  function addAssistant(text, toolNames, citations) {
    var m = el("div", { "class": "msg assistant" });
    renderText(m, text);
    var names = [];
    (toolNames || []).forEach(function (n) { if (n && names.indexOf(n) < 0) { names.push(n); } });
    if (names.length) {
      var chips = el("div", { "class": "chips", "aria-label": "Tools used" });
      names.forEach(function (n) { chips.appendChild(el("span", { "class": "chip" }, n)); });
      m.appendChild(chips);
    }
    renderCitations(m, citations);
    log.insertBefore(m, typing);
    log.scrollTop = Math.max(0, m.offsetTop - 8);  // show the start of the answer
  }

  function addError(text) {
    var m = el("div", { "class": "msg error", role: "alert" }, text);
    log.insertBefore(m, typing);
    scrollDown();
  }

  function kindError(status, body, headers) {
    var message = body && body.error && body.error.message;
    if (status === 401) { return "This chat is not connected with a valid key, so I can't answer. Please let the site owner know."; }
    if (status === 403) { return "This chat's key isn't allowed to ask questions. Please let the site owner know."; }
    if (status === 413) { return "That message is too long for me. Could you shorten it?"; }
    if (status === 429) {
      var wait = headers && headers.get("Retry-After");
      return "You're asking faster than I can keep up. Please wait " + (wait || "a few") + " seconds and try again.";
    }
    if (status === 404 && body && body.error && body.error.details &&
        body.error.details.field === "session_id") {
      return "I couldn't find our earlier conversation, so let's start a new one.";
    }
    if (status >= 400 && status < 500 && message) { return "Sorry, I couldn't use that: " + message; }
    return "I'm having trouble reaching the assistant right now. Please try again in a moment.";
  }

  function request(method, path, payload) {
    var headers = { "x-api-key": apiKey };
    if (payload) { headers["Content-Type"] = "application/json"; }
    return fetch(endpoint + path, { method: method, headers: headers,
      body: payload ? JSON.stringify(payload) : undefined, credentials: "omit" })
      .then(function (resp) {
        return resp.text().then(function (text) {
          var body = null;
          try { body = text ? JSON.parse(text) : null; } catch (e) { body = null; }
          return { ok: resp.ok, status: resp.status, body: body, headers: resp.headers };
        });
      });
  }

  function setBusy(on) {
    busy = on;
    typing.hidden = !on;
    send.disabled = on;
    input.setAttribute("aria-busy", on ? "true" : "false");
    if (on) { log.appendChild(typing); scrollDown(); }
  }

  function restore() {
    var id = sessionId();
    if (restored || !id) { restored = true; return; }
    restored = true;
    request("GET", "/chat/" + encodeURIComponent(id)).then(function (r) {
      if (!r.ok) { if (r.status === 404) { setSessionId(null); } return; }
      ((r.body && r.body.messages) || []).forEach(function (m) {
        if (m.role === "user") { addUser(m.content); }
        else if (m.role === "assistant" && m.content) { addAssistant(m.content, [], []); }
      });
    }).catch(function () { /* offline: start fresh */ });
  }

  function ask(text) {
    if (busy || !text.trim()) { return; }
    addUser(text);
    input.value = "";
    setBusy(true);
    var payload = { message: text };
    var id = sessionId();
    if (id) { payload.session_id = id; }
    request("POST", "/chat", payload).then(function (r) {
      setBusy(false);
      if (!r.ok || !r.body) {
        var lost = r.status === 404 && r.body && r.body.error && r.body.error.details &&
          r.body.error.details.field === "session_id";
        if (lost) { setSessionId(null); }  // the next question starts a new conversation
        addError(kindError(r.status, r.body, r.headers));
        return;
      }
      if (r.body.session_id) { setSessionId(r.body.session_id); }
      var names = (r.body.tool_calls || []).map(function (t) { return t.name; });
      addAssistant(r.body.answer, names, r.body.citations);
    }).catch(function () {
      setBusy(false);
      addError(kindError(0, null, null));
    }).then(function () { input.focus(); });
  }

  function open() {
    panel.hidden = false;
    bubble.setAttribute("aria-expanded", "true");
    bubble.setAttribute("aria-label", "Close chat with the " + title);
    restore();
    input.focus();
  }
  function shut() {
    panel.hidden = true;
    bubble.setAttribute("aria-expanded", "false");
    bubble.setAttribute("aria-label", "Open chat with the " + title);
    bubble.focus();
  }

  bubble.addEventListener("click", function () { if (panel.hidden) { open(); } else { shut(); } });
  close.addEventListener("click", shut);
  panel.addEventListener("keydown", function (e) { if (e.key === "Escape") { shut(); } });
  form.addEventListener("submit", function (e) { e.preventDefault(); ask(input.value); });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); ask(input.value); }
  });

  function mount() { document.body.appendChild(host); }
  if (document.body) { mount(); } else { document.addEventListener("DOMContentLoaded", mount); }
})();
