import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const url of ['http://127.0.0.1:4450/', 'http://127.0.0.1:4450/?lang=es', 'http://127.0.0.1:4450/?sea=pacific']) {
  const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
  await p.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const h = document.querySelector('#precedents p');
      if (h) h.setAttribute('data-probe', '1');
      window.__firstVis = getComputedStyle(document.getElementById('root')).visibility;
      window.__firstText = document.querySelector('h1')?.textContent;
    });
  });
  await p.goto(url, { waitUntil: 'load' });
  await p.waitForTimeout(3000);
  console.log(url, await p.evaluate(() => [window.__firstVis, window.__firstText, !!document.querySelector('[data-probe]'), document.documentElement.lang, document.documentElement.dataset.langPending, document.querySelector('.lede')?.textContent?.slice(0,60)]));
  await p.close();
}
await b.close();
