// Parts of a page that htmx loads after the page is shown (fragments/case :: part) say so plainly
// when their route answers an error — a module that has not landed yet answers 404 — instead of
// "Loading…" for ever: the part shows the sentence in its data-unavailable attribute.
(function () {
  "use strict";

  function unavailable(event) {
    const part = event.detail && event.detail.elt ? event.detail.elt.closest("[data-unavailable]") : null;
    if (!part) {
      return;
    }
    const sentence = document.createElement("p");
    sentence.className = "help unavailable";
    sentence.textContent = part.dataset.unavailable;
    part.replaceChildren(sentence);
  }

  document.addEventListener("htmx:responseError", unavailable);
  document.addEventListener("htmx:sendError", unavailable);
})();
