// Progressive enhancement only: every form works without this file.
// Drag-and-drop onto the upload area fills its file input.
(function () {
  "use strict";
  var zone = document.getElementById("drop-zone");
  var input = document.getElementById("files");
  var hint = document.getElementById("drop-hint");
  if (!zone || !input || typeof DataTransfer === "undefined") {
    return;
  }
  function show() {
    var count = input.files ? input.files.length : 0;
    hint.textContent = count ? count + " file(s) chosen." : "You can also drop files here.";
  }
  ["dragenter", "dragover"].forEach(function (name) {
    zone.addEventListener(name, function (event) {
      event.preventDefault();
      zone.classList.add("over");
    });
  });
  ["dragleave", "drop"].forEach(function (name) {
    zone.addEventListener(name, function () {
      zone.classList.remove("over");
    });
  });
  zone.addEventListener("drop", function (event) {
    event.preventDefault();
    var dropped = event.dataTransfer ? event.dataTransfer.files : null;
    if (!dropped || !dropped.length) {
      return;
    }
    var all = new DataTransfer();
    Array.prototype.forEach.call(input.files || [], function (file) { all.items.add(file); });
    Array.prototype.forEach.call(dropped, function (file) { all.items.add(file); });
    input.files = all.files;
    show();
  });
  input.addEventListener("change", show);
})();
