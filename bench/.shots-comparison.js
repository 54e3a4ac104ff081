const { chromium } = require('playwright-core');
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  for (const [name, width, height, url] of [
    ['desktop', 1366, 900, process.argv[2]],
    ['phone', 390, 844, process.argv[2]],
  ]) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/comparison-${process.argv[3]}-${name}.png`, fullPage: name === 'desktop' ? false : false });
    if (name === 'desktop') {
      await page.locator('#ranking-heading').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/comparison-${process.argv[3]}-${name}-ranking.png` });
      await page.locator('#table-heading').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/comparison-${process.argv[3]}-${name}-table.png` });
      await page.locator('#province-picker summary').click();
      await page.locator('#province-picker').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/comparison-${process.argv[3]}-${name}-picker.png` });
    } else {
      await page.locator('#table-heading').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/comparison-${process.argv[3]}-${name}-table.png` });
    }
    await page.close();
  }
  await browser.close();
})();
