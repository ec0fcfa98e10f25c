import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const url = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const context = await browser.newContext();
const bundle = readFileSync('/tmp/scalar-full/package/dist/browser/standalone.js');
await context.route('**/*', async (route) => {
  const u = route.request().url();
  if (u.startsWith('https://cdn.jsdelivr.net/npm/@scalar/api-reference@1.76.4')) return route.fulfill({ body: bundle, contentType: 'application/javascript' });
  if (u.startsWith(url)) return route.continue();
  return route.abort();
});
const page = await context.newPage();
await page.goto(url + '/docs');
await page.getByText('Orders', { exact: true }).first().waitFor();
await page.locator('button', { hasText: 'Open Group - Orders' }).first().click();
await page.waitForTimeout(500);
console.log(await page.evaluate(() => [...document.querySelectorAll('*')].filter(e=>e.children.length<3 && /List orders, newest/.test(e.textContent)).map(e=>e.tagName+' '+(e.getAttribute('role')||'')+' '+(e.getAttribute('href')||'')).slice(0,8).join('\n')));
await page.getByText('List orders, newest placed first', { exact: false }).first().click();
await page.waitForTimeout(1500);
console.log(page.url());
console.log(await page.evaluate(() => [...document.querySelectorAll('button')].filter(b=>/Test Request/.test(b.textContent)).map(b => { let n=b; let ids=[]; while(n){ if(n.id) ids.push(n.id); n=n.parentElement;} return ids.join(' < '); }).join('\n')));
console.log(await page.evaluate(() => {
  const e = document.getElementById('api-1/tag/orders/GET/v1/orders');
  let out = [];
  let n = e; for (let i=0;i<6 && n;i++){ out.push(n.tagName+' '+n.className.toString().slice(0,60)+' btns:'+[...n.querySelectorAll('button')].map(b=>b.textContent.trim().slice(0,20)).filter(t=>/Test/.test(t)).length); n=n.parentElement; }
  return out.join('\n') + '\nchildren:' + e.innerHTML.length;
}));
await browser.close();
