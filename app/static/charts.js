/* Draw the statistics charts with Apache ECharts (served from the npm package, no CDN).
   The page embeds the chart specifications as JSON (<script type="application/json" id="stats-charts">);
   the strict Content-Security-Policy forbids inline scripts, so this file reads them and draws each one
   into its container (#chart-<id>). Every chart has its table beneath it, so nothing is lost without it. */
(function () {
  "use strict";
  var source = document.getElementById("stats-charts");
  if (!source || typeof echarts === "undefined") { return; }
  var specs = JSON.parse(source.textContent || "[]");
  var palette = ["#c0392b", "#e67e22", "#2980b9", "#27ae60", "#8e44ad", "#16a085", "#7f8c8d", "#d35400",
                 "#2c3e50", "#f1c40f", "#1abc9c", "#95a5a6"];

  function base(spec) {
    return {
      color: palette,
      animation: false,
      tooltip: { trigger: spec.type === "pie" || spec.type === "bubble" ? "item" : "axis", renderMode: "richText" },
      legend: { top: 0, type: "scroll" },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true }
    };
  }

  function options(spec) {
    var o = base(spec);
    if (spec.type === "pie") {
      o.series = [{ type: "pie", radius: ["35%", "65%"], top: 24,
                    data: spec.categories.map(function (name, i) { return { name: name, value: spec.series[0].data[i] }; }),
                    label: { formatter: "{b}: {c}" } }];
      return o;
    }
    if (spec.type === "bubble") {
      var max = Math.max.apply(null, spec.points.map(function (p) { return p.value[2]; }).concat([1]));
      o.legend = { show: false };
      o.xAxis = { type: "value", scale: true, name: "经度", axisLabel: { formatter: "{value}°" } };
      o.yAxis = { type: "value", scale: true, name: "纬度", axisLabel: { formatter: "{value}°" } };
      o.series = [{ type: "scatter", data: spec.points,
                    symbolSize: function (v) { return 6 + 40 * Math.sqrt(v[2] / max); },
                    label: { show: true, position: "right", formatter: "{b}", fontSize: 10 },
                    tooltip: { formatter: function (p) { return p.name + "：" + p.value[2]; } } }];
      return o;
    }
    var horizontal = spec.type === "hbar";
    var categoryAxis = { type: "category", data: spec.categories, axisLabel: { interval: 0, hideOverlap: true } };
    var valueAxis = { type: "value", minInterval: 1 };
    o.xAxis = horizontal ? valueAxis : categoryAxis;
    o.yAxis = horizontal ? categoryAxis : valueAxis;
    o.series = spec.series.map(function (s) {
      return { type: spec.type === "line" ? "line" : "bar", name: s.name, data: s.data };
    });
    return o;
  }

  var charts = [];
  specs.forEach(function (spec) {
    var node = document.getElementById("chart-" + spec.id);
    if (!node) { return; }
    var chart = echarts.init(node, null, { renderer: "canvas" });
    chart.setOption(options(spec));
    node.setAttribute("data-drawn", "1");
    charts.push(chart);
  });
  window.addEventListener("resize", function () { charts.forEach(function (c) { c.resize(); }); });
})();
