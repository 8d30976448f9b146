// rasd UI behaviour. Loaded as a file (the Content-Security-Policy forbids inline scripts).
// Everything works without it; it only adds layer toggles on the article page.
"use strict";

document.addEventListener("DOMContentLoaded", function () {
  var text = document.getElementById("article-text");
  var toggles = document.querySelectorAll("#layer-toggles input[data-layer]");
  toggles.forEach(function (box) {
    box.addEventListener("change", function () {
      // A class on the text hides one layer's highlighting (the characters stay).
      if (text) {
        text.classList.toggle("hide-" + box.dataset.layer, !box.checked);
      }
    });
  });
});
