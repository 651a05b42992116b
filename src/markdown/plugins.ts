/** The remark and rehype plugins of the site's Markdown pipeline, in order. */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkRejectUnsafe from './remark-reject-unsafe.ts';

export const remarkPlugins: RemarkPlugins = [remarkRejectUnsafe];

export const rehypePlugins: RehypePlugins = [
  // Sanitize first so that the ids and links added below are not stripped.
  rehypeSanitize,
  rehypeSlug,
  [
    rehypeAutolinkHeadings,
    {
      behavior: 'append',
      // Left out of the search index, so result titles and excerpts do not end in "#".
      properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1, dataPagefindIgnore: '' },
      content: { type: 'text', value: '#' },
    },
  ],
  [
    rehypeExternalLinks,
    {
      target: '_blank',
      rel: ['noopener', 'noreferrer', 'external'],
      content: { type: 'text', value: ' (opens in a new tab)' },
      contentProperties: { className: ['visually-hidden'] },
    },
  ],
];
