// A date and time entered on a page is read in the reader's time zone. When they chose none under
// Settings, the page asks for the browser's: it goes into the hidden field marked data-browser-zone
// and into the sentence beside the field that states it (data-zone-sentence, "{zone}" replaced).
(function () {
  var zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (e) {
    return;
  }
  if (!zone) {
    return;
  }
  document.querySelectorAll('input[data-browser-zone]').forEach(function (field) {
    field.value = zone;
  });
  document.querySelectorAll('[data-zone-sentence]').forEach(function (sentence) {
    sentence.textContent = sentence.getAttribute('data-zone-sentence').replace('{zone}', zone);
  });
})();
