// SPDX-License-Identifier: GPL-3.0-or-later
// Opens the HTML edition in Debian's Chromium (playwright-core), takes screenshots at phone and
// desktop widths, and runs the axe-core accessibility rules on the page. Prints the violations
// by impact; exits 1 when one is serious or critical.
// Usage: node tools/check-html.js INDEX.html OUT_DIR   (tools/check-html.sh sets it up)
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');

(async () => {
  const [index, outDir] = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage();
  await page.goto('file://' + path.resolve(index));
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(outDir, `html-${width}.png`), fullPage: false });
    // Nothing wider than the screen but the tables, which scroll inside their box
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    console.log(`${width} px: ${overflow ? 'the page scrolls sideways' : 'fits the width'}`);
  }
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(async () => await axe.run(document));
  let serious = 0;
  for (const v of result.violations) {
    console.log(`${v.impact}: ${v.id} (${v.nodes.length}): ${v.help}`);
    if (v.impact === 'serious' || v.impact === 'critical') serious++;
  }
  console.log(`${result.passes.length} rules passed, ${result.violations.length} violated, ${serious} serious or critical`);
  await browser.close();
  process.exit(serious ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(2); });
