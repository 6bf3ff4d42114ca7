/* The region chooser (templates/_region_picker.html). Without this file the selects are submitted
   step by step; with it, choosing a level fills the next one at once (GET /region-picker/chain) and a
   search box finds a region by its full or short name (GET /region-picker/search: 宁蒗 → 宁蒗彝族自治县).
   No inline code: the Content-Security-Policy allows scripts from this site only. */
(function () {
  "use strict";

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text) { node.textContent = text; }
    return node;
  }

  function query(url, params) {
    var search = new URLSearchParams(params);
    return fetch(url + "?" + search.toString(), { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); });
  }

  function Picker(root) {
    this.root = root;
    this.name = root.dataset.regionPicker;
    this.selects = root.querySelector(".region-picker-selects");
    this.listName = root.dataset.listName || "";
    this.anyLabel = root.dataset.anyLabel || "请选择";
    this.params = { name: this.name, deepest: root.dataset.deepest || "township" };
    if (root.dataset.roots) { this.params.roots = root.dataset.roots; }
    var step = root.querySelector(".region-picker-step");
    if (step) { step.hidden = true; }
    this.wireSelects();
    this.wireTypeahead();
    this.wireAdd();
  }

  Picker.prototype.chosenCode = function () {
    var code = "";
    this.selects.querySelectorAll("select").forEach(function (select) { if (select.value) { code = select.value; } });
    return code;
  };

  Picker.prototype.chosenLabel = function () {
    var names = [];
    this.selects.querySelectorAll("select").forEach(function (select) {
      if (select.value) { names.push(select.options[select.selectedIndex].text); }
    });
    return names.join(" ");
  };

  Picker.prototype.wireSelects = function () {
    var self = this;
    this.selects.addEventListener("change", function (event) {
      var select = event.target;
      if (!select.matches("select[data-level]")) { return; }
      var code = select.value;
      if (!code) {  // back to the level above: its choice stays, the deeper ones go
        var previous = select.closest("div").previousElementSibling;
        var above = previous && previous.querySelector("select");
        code = above ? above.value : "";
      }
      self.load(code);
    });
  };

  Picker.prototype.load = function (code) {
    var self = this;
    return query(this.root.dataset.chainUrl, Object.assign({ code: code }, this.params)).then(function (chain) {
      self.render(chain);
      return chain;
    });
  };

  Picker.prototype.render = function (chain) {
    var self = this;
    this.selects.querySelectorAll("select[data-level]").forEach(function (select) { select.closest("div").remove(); });
    var anchor = this.selects.firstChild;
    chain.levels.forEach(function (level) {
      var id = self.name + "-" + level.level;
      var column = el("div", { class: "col-6 col-lg-3" });
      column.appendChild(el("label", { class: "visually-hidden", for: id }, level.prompt));
      var select = el("select", { class: "form-select form-select-sm", id: id, name: id, "data-level": level.level });
      select.appendChild(el("option", { value: "" }, self.anyLabel + level.prompt));
      level.options.forEach(function (option) {
        var node = el("option", { value: option.code }, option.name);
        if (option.code === level.selected) { node.selected = true; }
        select.appendChild(node);
      });
      column.appendChild(select);
      self.selects.insertBefore(column, anchor);
    });
  };

  Picker.prototype.wireTypeahead = function () {
    var self = this;
    var box = this.root.querySelector(".region-picker-typeahead");
    if (!box) { return; }
    box.hidden = false;
    var input = box.querySelector("input");
    var list = box.querySelector(".region-picker-results");
    var timer = null;
    var found = [];

    function show(results) {
      found = results;
      list.replaceChildren();
      results.forEach(function (region, index) {
        var item = el("button", {
          type: "button", role: "option", class: "list-group-item list-group-item-action py-1 small",
          "data-index": String(index),
        });
        item.appendChild(el("strong", {}, region.name));
        item.appendChild(document.createTextNode("　" + region.label));
        list.appendChild(item);
      });
      if (!results.length && input.value.trim()) {
        list.appendChild(el("li", { class: "list-group-item py-1 small text-muted" }, "没有找到该地区"));
      }
    }

    function choose(region) {
      input.value = "";
      show([]);
      if (self.listName) {  // several regions: the match joins the list and the selects start again
        self.addChosen(region.code, region.label);
        self.load("");
      } else {
        self.load(region.code);
      }
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      var text = input.value.trim();
      if (!text) { show([]); return; }
      timer = setTimeout(function () {
        query(self.root.dataset.searchUrl, Object.assign({ q: text }, self.params)).then(function (data) {
          if (input.value.trim() === text) { show(data.results); }
        });
      }, 150);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {  // pick the best match instead of submitting the form
        event.preventDefault();
        if (found.length) { choose(found[0]); }
      }
    });
    list.addEventListener("click", function (event) {
      var item = event.target.closest("[data-index]");
      if (item) { choose(found[Number(item.dataset.index)]); }
    });
  };

  Picker.prototype.addChosen = function (code, label) {
    var list = this.root.querySelector(".region-picker-chosen");
    if (!list || !code) { return; }
    var none = list.querySelector(".region-picker-none");
    if (none) { none.remove(); }
    var id = this.listName + "-" + code;
    var existing = document.getElementById(id);
    if (existing) { existing.checked = true; return; }
    var item = el("li", { class: "form-check form-check-inline" });
    var box = el("input", { class: "form-check-input", type: "checkbox", id: id, name: this.listName, value: code });
    box.checked = true;
    item.appendChild(box);
    item.appendChild(document.createTextNode(" "));
    item.appendChild(el("label", { class: "form-check-label", for: id }, label));
    list.appendChild(item);
  };

  Picker.prototype.wireAdd = function () {
    var self = this;
    var add = this.root.querySelector(".region-picker-add");
    if (!add) { return; }
    add.addEventListener("click", function (event) {
      event.preventDefault();
      // The selects start again, so a region unticked in the list is not added back on saving.
      self.addChosen(self.chosenCode(), self.chosenLabel());
      self.load("");
    });
  };

  // The macro includes this file once per chooser: wire each chooser once.
  document.querySelectorAll("[data-region-picker]:not([data-wired])").forEach(function (root) {
    root.setAttribute("data-wired", "");
    new Picker(root);
  });
})();
