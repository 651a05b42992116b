import { chromium } from '@playwright/test';
import { startStaticServer } from './src/node/static-server.ts';
const [path, out, selector, width = '1280'] = process.argv.slice(2);
const server = await startStaticServer('dist', 4398);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(`http://127.0.0.1:4398${path}`);
await page.locator(selector!).first().screenshot({ path: out! });
await browser.close(); server.close();
