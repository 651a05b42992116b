/** Helpers shared by the end-to-end specs: which pages the build produced, and axe settings. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** Every page in the build as a site path: "/", "/articles/x/", "/404.html". */
export function builtPages(dist = DIST): string[] {
  return htmlFiles(dist)
    .map((file) => `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

/** WCAG 2.2 A and AA rules (axe tags include the earlier versions' rules). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
}
