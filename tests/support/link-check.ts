/**
 * Crawls a build folder the way a visitor's browser would resolve links: every internal
 * href/src must name a file in the build and every #fragment an element id on the target page.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';

const LINK_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  image: ['href'],
  use: ['href'],
  source: ['src'],
  iframe: ['src'],
  form: ['action'],
};

export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

async function htmlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return htmlFiles(path);
      return Promise.resolve(entry.name.endsWith('.html') ? [path] : []);
    }),
  );
  return nested.flat();
}

const isFile = (path: string) => stat(path).then((info) => info.isFile(), () => false);

interface PageInfo {
  ids: Set<string>;
  links: string[];
}

function readPage(html: string): PageInfo {
  const ids = new Set<string>();
  const links: string[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    const id = node.properties['id'];
    if (typeof id === 'string') ids.add(id);
    for (const attribute of LINK_ATTRIBUTES[node.tagName] ?? []) {
      const value = node.properties[attribute === 'href' ? 'href' : attribute];
      if (typeof value === 'string' && value !== '') links.push(value);
    }
  });
  return { ids, links };
}

/**
 * Checks every page under `dist`, served at `origin` + `base`. Links to other origins,
 * `mailto:` and `data:` are not followed.
 */
export async function findBrokenLinks(dist: string, base = '/', origin = 'http://site.invalid'): Promise<BrokenLink[]> {
  const files = await htmlFiles(dist);
  const pages = new Map<string, PageInfo>();
  for (const file of files) pages.set(file, readPage(await readFile(file, 'utf8')));

  const broken: BrokenLink[] = [];
  for (const [file, info] of pages) {
    const pagePath = `${base}${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    const pageUrl = new URL(pagePath, origin);
    for (const link of info.links) {
      const url = new URL(link, pageUrl);
      if (url.origin !== origin || !/^https?:$/.test(url.protocol)) continue;
      const page = pagePath;
      if (!url.pathname.startsWith(base)) {
        broken.push({ page, link, reason: `outside the base path ${base}` });
        continue;
      }
      const local = join(dist, decodeURIComponent(url.pathname.slice(base.length)));
      const target = url.pathname.endsWith('/') ? join(local, 'index.html') : local;
      if (!(await isFile(target))) {
        broken.push({ page, link, reason: 'no such file in the build' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !pages.get(target)?.ids.has(fragment)) {
        broken.push({ page, link, reason: `no element with id "${fragment}" on the target page` });
      }
    }
  }
  return broken;
}
