// Voter assistant: progressive enhancement of the question form and the report forms with the JSON API.
// Without JavaScript the forms POST to the page (POST/redirect/GET) and everything still works.
(function () {
  "use strict";
  var panel = document.getElementById("assistant");
  if (!panel || !window.fetch) { return; }
  var form = panel.querySelector(".ask-form");
  var log = document.getElementById("assistant-log");
  var field = document.getElementById("assistant-question");
  var error = document.getElementById("assistant-error");
  var status = document.getElementById("assistant-status");
  var template = document.getElementById("assistant-report-template");
  var api = panel.getAttribute("data-api");
  var lang = document.documentElement.lang || "";

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) { node.textContent = text; }
    return node;
  }
  function marks(parent, numbers, urls) {
    numbers.forEach(function (n) {
      parent.appendChild(document.createTextNode(" "));
      var a = el("a", { "class": "cite", href: urls[n] || "#" }, "[" + n + "]");
      a.appendChild(el("span", { "class": "visually-hidden" }, " " + panel.getAttribute("data-open-label")));
      parent.appendChild(a);
    });
  }
  function reportForm(data) {
    var details = el("details", { "class": "report" });
    details.appendChild(el("summary", {}, panel.getAttribute("data-report-label")));
    var copy = template.content.cloneNode(true);
    var f = copy.querySelector("form");
    f.setAttribute("action", f.getAttribute("action").replace("/answers/0/", "/answers/" + data.answer_id + "/"));
    copy.querySelectorAll("[id]").forEach(function (n) { n.id = n.id.replace("-0", "-" + data.answer_id); });
    copy.querySelectorAll("label[for]").forEach(function (n) { n.htmlFor = n.htmlFor.replace("-0", "-" + data.answer_id); });
    details.appendChild(copy);
    enhanceReport(details.querySelector("form"), data.report_url);
    return details;
  }
  function render(data) {
    var li = el("li", { "class": "qa", id: "answer-" + data.answer_id, tabindex: "-1" });
    var q = el("p", { "class": "question" });
    q.appendChild(el("span", { "class": "who" }, panel.getAttribute("data-asked-label")));
    q.appendChild(document.createTextNode(" " + data.question));
    li.appendChild(q);
    var article = el("article", { "class": "answer" + (data.decision !== "answer" ? " refused" : ""), lang: data.language,
      "aria-label": panel.getAttribute("data-answer-label") });
    var urls = {};
    data.citations.forEach(function (c) { urls[c.n] = c.url; });
    if (data.decision !== "answer" || !data.sections.length) {
      data.text.split("\n").forEach(function (line) { if (line.trim() && line !== data.alternative) { article.appendChild(el("p", {}, line)); } });
      if (data.alternative) {
        var p = el("p", { "class": "alternative" });
        p.appendChild(data.alternative_link ? el("a", { href: data.alternative_link }, data.alternative) : document.createTextNode(data.alternative));
        article.appendChild(p);
      }
    } else {
      var intro = data.text.split("\n")[0];
      article.appendChild(el("p", { "class": "answer-intro" }, intro));
      if (data.disclosure) { article.appendChild(el("p", { "class": "disclosure" }, data.disclosure)); }
      data.sections.forEach(function (s) {
        var box = el("div", { "class": "answer-section" + (s.found ? "" : " not-found") });
        if (s.heading && s.heading.trim() !== intro.trim()) { box.appendChild(el("h4", {}, s.heading)); }
        var p = el("p");
        if (!s.found) { p.textContent = s.note; }
        s.sentences.forEach(function (sentence) { p.appendChild(document.createTextNode(sentence.text)); marks(p, sentence.citations, urls); p.appendChild(document.createTextNode(" ")); });
        box.appendChild(p);
        article.appendChild(box);
      });
    }
    if (data.citations.length) {
      article.appendChild(el("h4", { "class": "citations-title" }, panel.getAttribute("data-sources-label")));
      var ol = el("ol", { "class": "citations" });
      data.citations.forEach(function (c) {
        var item = el("li", { value: String(c.n) });
        var meta = el("span", { "class": "cite-meta" });
        if (c.party) { meta.appendChild(el("strong", {}, c.party)); meta.appendChild(document.createTextNode(" · ")); }
        meta.appendChild(el("a", { href: c.url }, c.source_title));
        if (c.page) { meta.appendChild(document.createTextNode(", p. " + c.page)); }
        item.appendChild(meta);
        item.appendChild(el("q", { "class": "quote" }, c.quote));
        ol.appendChild(item);
      });
      article.appendChild(ol);
    }
    li.appendChild(article);
    if (data.glossary.length) {
      var aside = el("aside", { "class": "glossary-terms", "aria-label": panel.getAttribute("data-words-label") });
      var gp = el("p");
      data.glossary.forEach(function (t, i) {
        if (i) { gp.appendChild(document.createTextNode(" · ")); }
        gp.appendChild(el("a", { href: t.url, title: t.definition }, t.term));
      });
      aside.appendChild(gp);
      li.appendChild(aside);
    }
    var actions = el("div", { "class": "answer-actions" });
    actions.appendChild(reportForm(data));
    li.appendChild(actions);
    return li;
  }
  function enhanceReport(f, url) {
    if (!f || !url) { return; }
    f.addEventListener("submit", function (event) {
      event.preventDefault();
      var reason = f.querySelector("input[name=reason]:checked");
      var comment = f.querySelector("textarea[name=comment]");
      fetch(url, { method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ reason: reason ? reason.value : "", comment: comment ? comment.value : "" }) })
        .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
        .then(function () {
          var thanks = el("p", { "class": "thanks", role: "status", tabindex: "-1" }, panel.getAttribute("data-thanks-label"));
          var details = f.closest("details");
          (details || f).replaceWith(thanks);
          thanks.focus();
        })
        .catch(function () { f.submit(); });
    });
  }
  panel.querySelectorAll(".report-form").forEach(function (f) {
    var id = f.getAttribute("data-answer");
    if (id && id !== "0") { enhanceReport(f, panel.getAttribute("data-report-api").replace("/0/", "/" + id + "/")); }
  });
  form.addEventListener("submit", function (event) {
    var question = field.value.trim();
    if (!question) { return; }  // let the server say what is wrong, in the page's language
    event.preventDefault();
    form.setAttribute("aria-busy", "true");
    status.textContent = panel.getAttribute("data-wait-label");
    fetch(api, { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ question: question, language: lang }) })
      .then(function (r) {
        if (!r.ok) { throw new Error(String(r.status)); }
        return r.json();
      })
      .then(function (data) {
        var li = render(data);
        log.appendChild(li);
        field.value = "";
        error.hidden = true;
        field.removeAttribute("aria-invalid");
        status.textContent = "";
        li.focus();
      })
      .catch(function () { form.submit(); })  // the page then says what went wrong, in the reader's language
      .then(function () { form.removeAttribute("aria-busy"); });
  });
})();
