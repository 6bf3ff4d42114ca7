/* The share card's "复制链接" button (templates/public/_share.html): shown only where the clipboard works. */
(function () {
  "use strict";
  if (!navigator.clipboard) { return; }
  document.querySelectorAll("[data-copy]:not([data-wired])").forEach(function (button) {
    button.setAttribute("data-wired", "");
    button.hidden = false;
    button.addEventListener("click", function () {
      var field = document.getElementById(button.dataset.copy);
      navigator.clipboard.writeText(field.value).then(function () { button.textContent = "已复制"; });
    });
  });
})();
