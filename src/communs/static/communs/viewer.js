/* Source viewer: bring the cited passage into view and move keyboard focus to it, so screen-reader and keyboard
   users start reading there. Without JavaScript the #passage fragment of citation links does the scrolling. */
(function () {
  "use strict";
  var mark = document.getElementById("passage");
  if (!mark) { return; }
  var hash = window.location.hash;
  if (hash && hash !== "#passage") { return; } // the reader asked for another place (e.g. a page anchor)
  var reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  mark.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
  mark.focus({ preventScroll: true });
})();
