// The reporting dashboard's charts (ECharts from the webjar); the data comes from /reports/dashboard/data.
document.addEventListener('DOMContentLoaded', function () {
  var flow = document.getElementById('chart-flow');
  if (!flow || typeof echarts === 'undefined') {
    return;
  }
  fetch(flow.dataset.src, { headers: { 'Accept': 'application/json' } })
    .then(function (r) { return r.json(); })
    .then(function (d) {
      var received = flow.dataset.receivedLabel, finished = flow.dataset.finishedLabel, rate = flow.dataset.rateLabel;
      echarts.init(flow).setOption({
        tooltip: { trigger: 'axis' },
        legend: { data: [received, finished] },
        xAxis: { type: 'category', data: d.days },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: received, type: 'line', data: d.received },
          { name: finished, type: 'line', data: d.finished }
        ]
      });
      var ranking = document.getElementById('chart-ranking');
      echarts.init(ranking).setOption({
        tooltip: {},
        xAxis: { type: 'value', max: 100 },
        yAxis: { type: 'category', data: d.units.slice().reverse() },
        series: [{ name: rate, type: 'bar', data: d.rates.slice().reverse() }]
      });
      flow.setAttribute('data-ready', 'true');
    });
});
