import { describe, expect, it } from 'vitest';
import { withBase } from '../../../src/lib/paths.ts';
import { editUrl, normaliseBasePath, PLACEHOLDER_SITE_URL, siteSettings } from '../../../src/lib/settings.ts';
import { isCurrentSection } from '../../../src/lib/navigation.ts';

describe('siteSettings', () => {
  it('defaults to the placeholder origin and the root path', () => {
    expect(siteSettings({})).toEqual({ site: PLACEHOLDER_SITE_URL, base: '/', repoUrl: undefined });
  });

  it('reads SITE_URL, BASE_PATH and REPO_URL and normalises slashes', () => {
    expect(siteSettings({ SITE_URL: 'https://example.org/', BASE_PATH: 'nk-sea', REPO_URL: 'https://github.com/o/r/' })).toEqual({
      site: 'https://example.org',
      base: '/nk-sea/',
      repoUrl: 'https://github.com/o/r',
    });
  });

  it('refuses a SITE_URL that is not an absolute origin', () => {
    expect(() => siteSettings({ SITE_URL: 'example.org' })).toThrow('SITE_URL must be an absolute http(s) origin');
  });
});

describe('normaliseBasePath and withBase', () => {
  it('always yields leading and trailing slashes', () => {
    expect(normaliseBasePath('/nk-sea')).toBe('/nk-sea/');
    expect(normaliseBasePath('//')).toBe('/');
    expect(normaliseBasePath(undefined)).toBe('/');
  });

  it('joins base and path without doubling slashes', () => {
    expect(withBase('/', 'articles/')).toBe('/articles/');
    expect(withBase('/nk-sea/', '/articles/x/')).toBe('/nk-sea/articles/x/');
    expect(withBase('/nk-sea', '')).toBe('/nk-sea/');
  });
});

describe('isCurrentSection', () => {
  it('marks a section current on its pages only; the story only on the home page', () => {
    expect(isCurrentSection('articles/', 'articles/dw/')).toBe(true);
    expect(isCurrentSection('', 'articles/')).toBe(false);
    expect(isCurrentSection('', '')).toBe(true);
  });
});

describe('editUrl', () => {
  it('edits a file and browses a folder, and gives nothing without a repository', () => {
    expect(editUrl('https://github.com/o/r', 'content/articles/x.md')).toBe('https://github.com/o/r/edit/main/content/articles/x.md');
    expect(editUrl('https://github.com/o/r', 'content/events/')).toBe('https://github.com/o/r/tree/main/content/events/');
    expect(editUrl(undefined, 'content/articles/x.md')).toBeUndefined();
    expect(editUrl('https://github.com/o/r', undefined)).toBeUndefined();
  });
});
