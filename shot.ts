import { chromium } from '@playwright/test';
import { startStaticServer } from './src/node/static-server.ts';
const [path, out, width = '1280', height = '900', full = ''] = process.argv.slice(2);
const server = await startStaticServer('dist', 4398);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(`http://127.0.0.1:4398${path}`);
await page.screenshot({ path: out!, fullPage: full === 'full' });
await browser.close(); server.close();
