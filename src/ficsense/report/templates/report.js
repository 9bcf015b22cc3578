// Click (or Enter on) a highlighted finding to see its message and suggestion; untick a category to hide it;
// follow a link to a passage and the whole passage is lit.
// The popover shows a copy of the finding's entry in the findings list, already escaped by the renderer.
(function () {
  "use strict";
  var popover = document.getElementById("popover");
  if (!popover) {
    return;
  }
  function show(mark) {
    var detail = document.getElementById("fd-" + mark.getAttribute("data-f"));
    if (!detail) {
      return;
    }
    var copy = detail.cloneNode(true);
    copy.removeAttribute("id");
    popover.replaceChildren(copy);
    popover.hidden = false;
    var box = mark.getBoundingClientRect();
    var width = document.documentElement.clientWidth;
    popover.style.top = (window.scrollY + box.bottom + 6) + "px";
    popover.style.left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + width - popover.offsetWidth - 8)) + "px";
  }
  document.addEventListener("click", function (event) {
    var mark = event.target.closest("mark.f");
    if (mark && !document.body.classList.contains("hide-" + mark.className.split("f-")[1])) {
      show(mark);
    } else if (!popover.contains(event.target)) {
      popover.hidden = true;
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      popover.hidden = true;
    } else if (event.key === "Enter" && event.target.matches && event.target.matches("mark.f")) {
      show(event.target);
    }
  });
  // A passage cut into several elements (by dialogue or findings inside it) lights up whole when linked to.
  function light() {
    document.querySelectorAll(".lit").forEach(function (element) {
      element.classList.remove("lit");
    });
    var anchor = decodeURIComponent(window.location.hash.slice(1));
    if (anchor) {
      document.querySelectorAll('[data-ev="' + CSS.escape(anchor) + '"]').forEach(function (element) {
        element.classList.add("lit");
      });
    }
  }
  window.addEventListener("hashchange", light);
  light();
  document.querySelectorAll("input[data-category]").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + box.getAttribute("data-category"), !box.checked);
    });
  });
})();
