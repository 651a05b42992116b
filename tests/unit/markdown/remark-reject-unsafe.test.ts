import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { remarkPlugins, rehypePlugins } from '../../../src/markdown/plugins.ts';

const render = async (markdown: string) => {
  const processor = await createMarkdownProcessor({ remarkPlugins, rehypePlugins });
  return (await processor.render(markdown, { fileURL: new URL('file:///content/articles/test.md') })).code;
};

describe('markdown pipeline', () => {
  it('adds heading ids with a permalink and opens external links safely', async () => {
    const html = await render('## Tier One\n\nSee [DW](https://www.dw.com/).');
    expect(html).toContain('<h2 id="tier-one">');
    expect(html).toContain('href="#tier-one"');
    expect(html).toMatch(/<a href="https:\/\/www\.dw\.com\/" rel="noopener noreferrer external" target="_blank">/);
  });

  it('rejects raw HTML such as a script, naming the file and line', async () => {
    await expect(render('Text\n\n<script>alert(1)</script>')).rejects.toThrow(/Unsafe Markdown in .*test\.md:\n\s+body, line 3 below the frontmatter: raw HTML is not allowed/);
  });

  it('rejects javascript: links', async () => {
    await expect(render('[click](javascript:alert(1))')).rejects.toThrow('link target "javascript:alert(1)" is not allowed');
  });

  it('keeps ordinary relative and mail links', async () => {
    await expect(render('[a](/map/) [b](mailto:x@example.org) [c](#top)')).resolves.toContain('href="/map/"');
  });
});
