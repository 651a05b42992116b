/**
 * Before the browser tests: make sure a Chromium is there, so that `npm install && npm test`
 * works on a fresh machine. Order: CHROMIUM_PATH, Debian's /usr/bin/chromium, Playwright's own
 * browser; if none is installed, Debian's package when apt is available as root (this project's
 * machines, where Playwright cannot download browsers), else Playwright's download.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function run(command: string, args: string[]): boolean {
  console.log(`$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
}

const configured = process.env['CHROMIUM_PATH'];
if (configured) {
  if (!existsSync(configured)) {
    console.error(`CHROMIUM_PATH is set to ${configured}, which does not exist.`);
    process.exit(1);
  }
} else if (!existsSync(DEBIAN_CHROMIUM) && !existsSync(chromium.executablePath())) {
  console.log('No Chromium found for the browser tests; installing one.');
  const asRoot = process.getuid?.() === 0;
  const installed =
    asRoot && existsSync('/usr/bin/apt-get')
      ? run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium'])
      : run(process.execPath, [new URL('../../node_modules/@playwright/test/cli.js', import.meta.url).pathname, 'install', 'chromium']);
  if (!installed) {
    console.error('Could not install Chromium: install Debian\'s "chromium" package or run "npx playwright install chromium".');
    process.exit(1);
  }
}
