// The browser half of bench/run.sh: loads each page in headless Chromium (Debian's /usr/bin/chromium, 1366 px) once
// to warm up, then LOADS times (default 5), and prints one tab-separated line per page with the medians:
//   name  html_bytes  dom_elements  dom_content_loaded_ms  script_ms  load_ms
// html_bytes: the uncompressed body of the HTML answer; dom_elements: elements in the document after the load event;
// DOMContentLoaded: from the navigation's start (Navigation Timing); script: CDP Performance.getMetrics'
// ScriptDuration of the page's target, measured in a new tab per load so nothing carries over.
// Usage: node bench/browser.js BASE name=/path [name=/path ...]
const { chromium } = require('playwright-core');

const LOADS = parseInt(process.env.LOADS || '5', 10);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
};

async function loadOnce(context, url) {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const response = await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    if (!response || response.status() !== 200) {
      throw new Error(`${url}: HTTP ${response ? response.status() : 'no answer'}`);
    }
    const body = await response.body();
    await page.waitForTimeout(100); // scripts started on load (charts) finish drawing
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        dom: document.getElementsByTagName('*').length,
        dcl: nav.domContentLoadedEventEnd - nav.startTime,
        load: nav.loadEventEnd - nav.startTime,
      };
    });
    const metrics = (await cdp.send('Performance.getMetrics')).metrics;
    const script = metrics.find((m) => m.name === 'ScriptDuration');
    return { bytes: body.length, dom: timing.dom, dcl: timing.dcl, load: timing.load,
             script: script ? script.value * 1000 : NaN };
  } finally {
    await page.close();
  }
}

(async () => {
  const [base, ...pages] = process.argv.slice(2);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--disable-extensions'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
    for (const spec of pages) {
      const at = spec.indexOf('=');
      const name = spec.slice(0, at);
      const url = base + spec.slice(at + 1);
      await loadOnce(context, url); // warm-up: the page cache keeps the page, the browser its CSS and scripts
      const runs = [];
      for (let i = 0; i < LOADS; i++) runs.push(await loadOnce(context, url));
      const m = (k) => median(runs.map((r) => r[k]));
      console.log([name, m('bytes'), m('dom'), m('dcl').toFixed(0), m('script').toFixed(1), m('load').toFixed(0)].join('\t'));
    }
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
