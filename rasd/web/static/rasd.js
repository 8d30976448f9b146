// rasd UI behaviour. Loaded as a file (the Content-Security-Policy forbids inline scripts).
// Everything works without it; it adds layer toggles and panel → text jumps on the article page.
"use strict";

// Which data attribute of a highlighted span a panel item points at (a fixed list, never from the page).
var JUMP_ATTR = { entity: "data-entity", event: "data-event" };

function jumpTo(item, text) {
  var attr = JUMP_ATTR[item.dataset.jump];
  if (!attr || !text) {
    return;
  }
  var spans = text.querySelectorAll("[" + attr + '="' + CSS.escape(item.dataset.ref || "") + '"]');
  text.querySelectorAll(".flash").forEach(function (el) { el.classList.remove("flash"); });
  spans.forEach(function (el) { el.classList.add("flash"); });
  if (spans.length) {
    spans[0].scrollIntoView({ block: "center", behavior: "smooth" });
  }
}

document.addEventListener("DOMContentLoaded", function () {
  var text = document.getElementById("article-text");
  document.querySelectorAll("#layer-toggles input[data-layer]").forEach(function (box) {
    box.addEventListener("change", function () {
      // A class on the text hides one layer's highlighting (the characters stay).
      if (text) {
        text.classList.toggle("hide-" + box.dataset.layer, !box.checked);
      }
    });
  });
  document.querySelectorAll(".jump[data-jump]").forEach(function (item) {
    item.addEventListener("click", function (ev) {
      if (ev.target.closest("a")) {
        return;  // links keep working
      }
      jumpTo(item, text);
    });
    item.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter") {
        jumpTo(item, text);
      }
    });
  });
});
