import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { rehypePlugins, remarkPlugins } from './src/markdown/plugins.ts';
import { siteSettings } from './src/lib/settings.ts';

const { site, base } = siteSettings(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') })],
  // No inline scripts or styles: the Content Security Policy allows only files from the site.
  // One stylesheet for the whole site: a single render-blocking request, cached across pages.
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false } },
  markdown: {
    processor: unified({ remarkPlugins, rehypePlugins }),
  },
});
