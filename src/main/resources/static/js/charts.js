// Dashboard pages: draws the Chart.js charts described by JSON data blocks, and wires the print buttons.
// Data come from <script type="application/json" id="…"> blocks (never executed), so pages keep a strict
// Content-Security-Policy: no inline script, no inline style. Every chart also has a text alternative and a table.
(function () {
  'use strict';

  // The same palette as the .swatch-N classes in dashboard.css: a province keeps its colour everywhere.
  var PALETTE = ['#0b5394', '#b03a2e', '#1e8449', '#7d3c98', '#b9770e', '#117a8b', '#5d6d7e', '#a04000'];
  var GRID = '#e3e6ea';
  var TEXT = '#3a4350';
  var BAND = '#b8c2cc';
  var BAND_FILL = 'rgba(138, 147, 158, 0.28)';
  var BAND_LINE = '#5c636a';

  function colour(index) {
    return PALETTE[index % PALETTE.length];
  }

  function dataset(line) {
    var c = colour(line.color);
    var ds = {
      label: line.label,
      role: line.role,
      data: line.points.map(function (p) { return { x: p.x, y: Number(p.y), text: p.text }; }),
      borderColor: c,
      backgroundColor: c,
      tension: 0,
      spanGaps: true
    };
    if (line.role === 'measured') {
      ds.borderWidth = 2.5;
      ds.pointRadius = 4;
      ds.pointHoverRadius = 6;
    } else if (line.role === 'target') {
      ds.showLine = false;
      ds.pointStyle = 'rectRot';
      ds.pointRadius = 8;
      ds.pointHoverRadius = 10;
      ds.borderWidth = 2.5;
      ds.backgroundColor = '#ffffff';
    } else if (line.role === 'projection') {
      ds.borderDash = [6, 4];
      ds.borderWidth = 2;
      ds.pointRadius = 3;
      ds.backgroundColor = '#ffffff';
    } else if (line.role.indexOf('national-') === 0) {
      // the national distribution behind the provinces: the interquartile range filled, the median dashed, the best
      // and worst dotted; drawn beneath the provinces (a higher order is drawn first)
      ds.order = 10;
      ds.borderColor = BAND;
      ds.backgroundColor = BAND_FILL;
      ds.borderWidth = 1;
      ds.pointRadius = 0;
      ds.pointHitRadius = 6;
      ds.fill = false;
      if (line.role === 'national-q3') {
        ds.fill = '-1'; // to the lower quartile, the dataset just before
      } else if (line.role === 'national-median') {
        ds.borderColor = BAND_LINE;
        ds.borderWidth = 2;
        ds.borderDash = [6, 3];
      } else if (line.role === 'national-best' || line.role === 'national-worst') {
        ds.borderColor = BAND_LINE;
        ds.borderDash = [1, 3];
      }
    } else if (line.role === 'threshold') {
      ds.borderDash = [2, 4];
      ds.borderWidth = 1.5;
      ds.pointRadius = 0;
      ds.pointHitRadius = 0;
      ds.borderColor = '#6c757d';
    }
    return ds;
  }

  function yScale(spec, numbers) {
    var scale = {
      title: { display: true, text: spec.yTitle, color: TEXT },
      grid: { color: GRID },
      ticks: { color: TEXT }
    };
    if (spec.scale === 'rank') {
      // rank 1 is the best, so it goes at the top
      scale.reverse = true;
      scale.min = Number(spec.yMin);
      if (spec.yMax !== null) { scale.max = Number(spec.yMax); }
      scale.ticks.precision = 0;
      scale.ticks.callback = function (v) { return numbers.format(v); };
    } else if (spec.scale === 'group') {
      // ordered levels: position 1 (lowest) at the bottom, each level one step
      scale.min = 0.5;
      scale.max = spec.levels.length + 0.5;
      scale.ticks.stepSize = 1;
      scale.ticks.autoSkip = false;
      scale.ticks.callback = function (v) {
        return Number.isInteger(v) && v >= 1 && v <= spec.levels.length ? spec.levels[v - 1] : '';
      };
      scale.afterBuildTicks = function (axis) {
        axis.ticks = spec.levels.map(function (name, i) { return { value: i + 1 }; });
      };
    } else {
      scale.grace = '10%';
      if (spec.yMin !== null) { scale.min = Number(spec.yMin); }
      if (spec.yMax !== null) { scale.max = Number(spec.yMax); }
      scale.ticks.callback = function (v) { return numbers.format(v) + (spec.unit || ''); };
    }
    return scale;
  }

  // A change of method (PAPI 2018, SIPAS 2022, PAR Index 2024): a dashed vertical line just before its first year,
  // marked with the year, so nobody compares across it unwarned. The notes themselves are listed under the table.
  function methodBreaks(spec) {
    return {
      id: 'methodBreaks',
      afterDatasetsDraw: function (chart) {
        var breaks = spec.breaks || [];
        if (!breaks.length) { return; }
        var ctx = chart.ctx;
        var area = chart.chartArea;
        ctx.save();
        breaks.forEach(function (b) {
          var x = chart.scales.x.getPixelForValue(b.year - 0.5);
          ctx.strokeStyle = '#b9770e';
          ctx.lineWidth = 1.5;
          ctx.setLineDash([5, 4]);
          ctx.beginPath();
          ctx.moveTo(x, area.top);
          ctx.lineTo(x, area.bottom);
          ctx.stroke();
          ctx.setLineDash([]);
          ctx.fillStyle = '#8a5a00';
          ctx.font = '12px system-ui, sans-serif';
          ctx.textAlign = 'left';
          ctx.fillText('\u26A0 ' + b.year, x + 4, area.top + 12);
        });
        ctx.restore();
      }
    };
  }

  function draw(canvas) {
    var block = document.getElementById(canvas.getAttribute('data-chart'));
    if (!block || typeof window.Chart === 'undefined') {
      return;
    }
    var spec = JSON.parse(block.textContent);
    var numbers = new Intl.NumberFormat(spec.lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 2 });
    var reduced = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    new window.Chart(canvas, {
      type: 'line',
      plugins: [methodBreaks(spec)],
      data: { datasets: spec.lines.map(dataset) },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reduced ? false : { duration: 300 },
        interaction: { mode: 'nearest', intersect: true },
        scales: {
          x: {
            type: 'linear',
            min: spec.xMin - 0.3,
            max: spec.xMax + 0.3,
            grid: { color: GRID },
            ticks: {
              color: TEXT,
              stepSize: 1,
              maxRotation: 0,
              // years are labels, not quantities: never "2.024" or "2,024"
              callback: function (v) { return Number.isInteger(v) ? String(v) : ''; }
            },
            afterBuildTicks: function (axis) {
              var ticks = [];
              for (var y = spec.xMin; y <= spec.xMax; y++) { ticks.push({ value: y }); }
              axis.ticks = ticks;
            }
          },
          y: yScale(spec, numbers)
        },
        plugins: {
          legend: {
            position: 'bottom',
            labels: {
              usePointStyle: true,
              color: TEXT,
              filter: function (item, data) {
                var role = data.datasets[item.datasetIndex].role;
                return item.text !== '' && role !== 'national-q1';
              }
            }
          },
          tooltip: {
            filter: function (item) { return item.dataset.role !== 'threshold'; },
            callbacks: {
              title: function (items) { return items.length ? String(items[0].raw.x) : ''; },
              label: function (item) { return item.dataset.label + ': ' + item.raw.text; }
            }
          }
        }
      }
    });
  }

  // Filter forms marked data-compact-query leave empty choices out of the address, so shared links stay short
  // (/provinces/67?year=2024&area=DIRECTION). Runs in the capture phase, before app.js submits on change.
  function compact(form) {
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.name && field.value === '') { field.disabled = true; }
    });
  }
  document.addEventListener('change', function (event) {
    var form = event.target.form;
    if (form && form.hasAttribute('data-compact-query')) { compact(form); }
  }, true);
  document.addEventListener('submit', function (event) {
    if (event.target.hasAttribute && event.target.hasAttribute('data-compact-query')) { compact(event.target); }
  }, true);
  // a page restored from the back-forward cache gets its fields back
  window.addEventListener('pageshow', function () {
    Array.prototype.forEach.call(document.querySelectorAll('form[data-compact-query] [disabled]'), function (field) {
      field.disabled = false;
    });
  });

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll('canvas[data-chart]'), draw);
    Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), function (button) {
      button.addEventListener('click', function () { window.print(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
