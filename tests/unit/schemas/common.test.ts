import { describe, expect, it } from 'vitest';
// Astro's own error map (not exported by the package), as the build applies it to every entry.
import { errorMap as astroErrorMap } from '../../../node_modules/astro/dist/core/errors/zod-error-map.js';
import { articleSchema } from '../../../src/schemas/article.ts';
import { CITATION_KIND_MESSAGE, citationSchema, citedWords, describeValue, isQuote, isoDateSchema, partialDateSchema, slugSchema, webUrl, yearSchema } from '../../../src/schemas/common.ts';
import { plainReference } from '../../fixtures/reference.ts';

describe('isoDateSchema', () => {
  it('accepts real days and rejects impossible ones', () => {
    expect(isoDateSchema.parse('2024-02-29')).toBe('2024-02-29');
    expect(isoDateSchema.safeParse('2025-02-29').success).toBe(false);
    expect(isoDateSchema.safeParse('2025-13-45').success).toBe(false);
    expect(isoDateSchema.safeParse('19/10/2025').success).toBe(false);
  });
});

describe('partialDateSchema', () => {
  it('accepts a day, a month or a year and keeps them as text', () => {
    expect(partialDateSchema.parse('2025-10-10')).toBe('2025-10-10');
    expect(partialDateSchema.parse('2024-03')).toBe('2024-03');
    expect(partialDateSchema.parse(1965)).toBe('1965');
    expect(partialDateSchema.parse('1992')).toBe('1992');
  });

  it('rejects other shapes with an instruction', () => {
    const result = partialDateSchema.safeParse('March 2024');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Write a day "YYYY-MM-DD", a month "YYYY-MM" or a year YYYY, in quotes.');
  });
});

describe('yearSchema', () => {
  it('keeps years in a plausible range', () => {
    expect(yearSchema.parse(1945)).toBe(1945);
    expect(yearSchema.safeParse(1800).success).toBe(false);
    expect(yearSchema.safeParse('20x5').success).toBe(false);
  });
});

describe('slugSchema', () => {
  it('accepts lowercase hyphenated ids only', () => {
    expect(slugSchema.safeParse('to-lam-visits-pyongyang').success).toBe(true);
    expect(slugSchema.safeParse('To Lam').success).toBe(false);
    expect(slugSchema.safeParse('double--hyphen').success).toBe(false);
  });
});

describe('webUrl', () => {
  const url = webUrl('the outlet URL');

  it('accepts https and http addresses with a host', () => {
    expect(url.parse('https://www.dw.com/en/')).toBe('https://www.dw.com/en/');
    expect(url.parse('http://example.org')).toBe('http://example.org');
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>', 'vbscript:msgbox', 'file:///etc/passwd', '//host.example/x', 'https://', 'ftp://example.org'])(
    'rejects %s with an instruction',
    (address) => {
      const result = url.safeParse(address);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/^Give the outlet URL as a full address starting with https:\/\//);
    },
  );
});

describe('citationSchema', () => {
  const schema = citationSchema(plainReference);
  const problems = (input: unknown) => {
    const result = schema.safeParse(input);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('accepts a passage of our restatement', () => {
    const citation = schema.parse({ article: 'dw', passage: '  the first time in 18 years ' });
    expect(citation).toEqual({ article: { id: 'dw', collection: 'articles' }, passage: 'the first time in 18 years' });
    expect(isQuote(citation)).toBe(false);
    expect(citedWords(citation)).toBe('the first time in 18 years');
  });

  it('accepts a quote with or without a speaker', () => {
    const citation = schema.parse({ article: 'dw', quote: 'It was a sign of legitimacy', speaker: 'Kogan' });
    expect(citation).toEqual({ article: { id: 'dw', collection: 'articles' }, quote: 'It was a sign of legitimacy', speaker: 'Kogan' });
    expect(isQuote(citation)).toBe(true);
    expect(schema.parse({ article: 'dw', quote: 'her party' })).toEqual({ article: { id: 'dw', collection: 'articles' }, quote: 'her party' });
  });

  it('gives one message for both kinds at once and for neither', () => {
    expect(problems({ article: 'dw', passage: 'first time', quote: 'her party' })).toEqual([`quote: ${CITATION_KIND_MESSAGE}`]);
    expect(problems({ article: 'dw' })).toEqual([`: ${CITATION_KIND_MESSAGE}`]);
  });

  it('rejects a speaker on a passage, a too short or too long citation, and unknown fields', () => {
    expect(problems({ article: 'dw', passage: 'first time', speaker: 'DW' })).toEqual([
      'speaker: Only a quote has a speaker: remove speaker, or cite the words as a quote if the article carries them in quotation marks.',
    ]);
    expect(problems({ article: 'dw', quote: 'ab' })).toEqual(['quote: Cite at least a few words so the quote identifies the place in the article.']);
    expect(problems({ article: 'dw', passage: 'x'.repeat(301) })).toEqual(['passage: Keep the passage under 300 characters: cite a phrase, not a paragraph.']);
    expect(problems({ article: 'dw', quotation: 'her party' })[0]).toBe(': Unknown field "quotation": check the spelling against CONTRIBUTING.md, or remove it.');
  });
});

describe('messages for a value of the wrong shape', () => {
  const schema = articleSchema(plainReference);
  const valid = {
    title: 'T',
    shortName: 'T',
    outlet: { name: 'O' },
    published: { precision: 'day', date: '2025-10-19' },
    genre: 'news-report',
    provenance: { kind: 'original', evidence: ['A byline and the outlet’s own page.'], captured: { on: '2026-11-20', note: 'Saved from the browser that day.' } },
    summary: 'S',
    countries: ['vnm'],
  };
  const messages = (input: unknown) => schema.safeParse(input, { error: astroErrorMap }).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);

  it('say what was written and what to write, under Astro\'s error map too (never "expected object, received object")', () => {
    expect(messages({ ...valid, outlet: ['DW'] })).toEqual(['outlet: Write this as fields, one "name: value" per indented line (see CONTRIBUTING.md), not as a list.']);
    expect(messages({ ...valid, outlet: 'DW' })).toEqual(['outlet: Write this as fields, one "name: value" per indented line (see CONTRIBUTING.md), not as text.']);
    expect(messages({ ...valid, people: [{ name: 'A', role: 5 }] })).toEqual(['people.0.role: Write the role as text, not as a number.']);
    expect(messages({ ...valid, disclosure: ['x'] })).toEqual(['disclosure: Write the disclosure as text, not as a list.']);
    expect(messages({ ...valid, disclosure: ' ' })).toEqual(['disclosure: Write the disclosure, or leave the field out; it must not be empty.']);
  });

  it('describe each kind of value in an editor\'s words', () => {
    expect([[1], 'x', 2, true, new Date(0), {}].map(describeValue)).toEqual(['a list', 'text', 'a number', 'true (a yes/no value)', 'an unquoted date', 'a group of fields']);
  });
});
