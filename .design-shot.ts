import { chromium } from '@playwright/test';
const [path, width, out, selector, scheme, js] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: (scheme as 'light' | 'dark') ?? 'light', javaScriptEnabled: js !== 'nojs' });
await page.goto(`http://127.0.0.1:4346${path}`);
if (selector) await page.locator(selector).first().screenshot({ path: out });
else await page.screenshot({ path: out });
await browser.close();
