/* Small behaviours of the portal. The Content-Security-Policy forbids inline handlers, so pages mark
   elements with data attributes and this file (served from this site) wires them up. */
document.addEventListener("change", function (event) {
  var el = event.target;
  if (el && el.matches && el.matches("[data-autosubmit]") && el.form) {
    el.form.submit();
  }
});
