import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { remarkPlugins, rehypePlugins } from '../../../src/markdown/plugins.ts';
import { findMissingImages, findUnsafeMarkdown } from '../../../src/markdown/remark-reject-unsafe.ts';

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

describe('findUnsafeMarkdown', () => {
  const problems = (markdown: string) => findUnsafeMarkdown(fromMarkdown(markdown)).map((problem) => `${problem.line}: ${problem.message}`);

  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    ['java&#x09;script:alert(1)', 'javascript'],
    ['&#x20;javascript:alert(1)', 'javascript'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'data'],
    ['VBScript:msgbox(1)', 'vbscript'],
    ['file:///etc/passwd', 'file'],
  ])('rejects the link %s, naming its scheme', (url, scheme) => {
    expect(problems(`Text\n\n[x](${url})`)).toEqual([expect.stringMatching(new RegExp(`^3: link target ".*" is not allowed: ${scheme}: links`))]);
  });

  it('rejects a scripting link given as a reference definition', () => {
    expect(problems('[x][a]\n\n[a]: data:text/html,hi')).toEqual([expect.stringContaining('data: links can run code')]);
  });

  it('keeps https, mailto, fragment and relative links', () => {
    expect(problems('[a](https://www.dw.com/) [b](mailto:x@example.org) [c](#top) [d](/map/) [e](../x/)')).toEqual([]);
  });

  it.each(['https://example.org/map.png', '//example.org/map.png', '/\\example.org/map.png', 'HTTP://example.org/x.png'])(
    'rejects the remote image %s',
    (url) => {
      expect(problems(`![a map](${url})`)).toEqual([expect.stringContaining('is not a file of this repository')]);
    },
  );

  it('rejects a remote image given through a reference, even though the link itself would be fine', () => {
    expect(problems('![a map][m]\n\n[m]: https://example.org/map.png')).toEqual(['1: image "https://example.org/map.png" is not a file of this repository: readers\' browsers would fetch it from another site. Save the image next to the article and use a relative path.']);
  });

  it('accepts a local image path', () => {
    expect(problems('![a map](./map.png)')).toEqual([]);
  });
});

describe('findMissingImages', () => {
  const asked: string[] = [];
  const exists = (path: string) => {
    asked.push(path);
    return path === './map.png';
  };

  it('reports a local image that does not exist, with its line, and asks the injected file check', () => {
    const missing = findMissingImages(fromMarkdown('![a](./map.png)\n\n![b](./Map%20old.png?x=1)\n\n![c](https://example.org/x.png)'), exists);
    expect(missing).toEqual([{ line: 3, message: 'image "./Map%20old.png?x=1" does not exist; check the file name (case matters) or add the file next to the article.' }]);
    expect(asked).toEqual(['./map.png', './Map old.png']);
  });
});
