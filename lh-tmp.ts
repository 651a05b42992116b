import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startStaticServer } from './src/node/static-server.ts';
const server = await startStaticServer('dist', 4397);
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
for (const path of process.argv.slice(2)) {
  const r = await lighthouse(`http://127.0.0.1:4397${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const a = r!.lhr.audits;
  console.log(path, r!.lhr.categories['performance']!.score, ['first-contentful-paint','largest-contentful-paint','total-blocking-time','cumulative-layout-shift','speed-index'].map(k => `${k}=${a[k]!.displayValue}(${a[k]!.score})`).join(' '));
  console.log('  LCP element:', JSON.stringify((a['largest-contentful-paint-element']?.details as any)?.items?.[0]?.items?.[0]?.node?.snippet ?? '').slice(0, 200));
  console.log('  dom size:', a['dom-size']?.displayValue, ' render-blocking:', a['render-blocking-resources']?.displayValue ?? a['render-blocking-insight']?.displayValue);
}
chrome.kill(); server.close();
