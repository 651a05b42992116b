import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEntryList } from '../../../src/lib/entry-list.ts';
import { correctionSchema } from '../../../src/schemas/correction.ts';
import { plainReference } from '../../fixtures/reference.ts';

const schema = correctionSchema(plainReference);
const valid = {
  id: 'indiavision-disclosure-badge',
  date: '2026-12-01',
  kind: 'correction',
  page: 'articles/',
  subject: 'IndiaVision’s disclosure badge',
  before: 'Discloses AI use',
  after: 'Discloses rewriting',
  why: 'Its note mentions rewriting, not AI.',
  articles: ['indiavision-north-korea-eyes-southeast-asia'],
};

function messages(input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('correction schema', () => {
  it('accepts a correction and fills the lists it does not give', () => {
    const data = schema.parse(valid);
    expect(data.articles).toEqual([{ id: 'indiavision-north-korea-eyes-southeast-asia', collection: 'articles' }]);
    expect(data.claims).toEqual([]);
  });

  it('accepts the log as committed, every entry', () => {
    const entries = parseEntryList(readFileSync('content/corrections.yaml', 'utf8'));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(messages(entry)).toEqual([]);
  });

  it('needs "before" for a change and forbids it for a first publication', () => {
    const { before: _omitted, ...withoutBefore } = valid;
    expect(messages(withoutBefore)).toEqual(['before: A correction needs "before": what the site said, word for word where it was one sentence.']);
    expect(messages({ ...valid, kind: 'published' })).toEqual(['before: A first publication has no "before"; remove it, or choose another kind.']);
  });

  it('names the kinds, and rejects an unquoted date, an id that is not a slug and a page that is an address', () => {
    expect(messages({ ...valid, kind: 'erratum' })).toEqual(['kind: Set kind to one of: published, correction, clarification, update.']);
    expect(messages({ ...valid, date: new Date('2026-12-01') })).toEqual([
      'date: Put the date in quotes, e.g. "2025-10-10": unquoted YAML dates are silently converted and can hide typos.',
    ]);
    expect(messages({ ...valid, id: 'Badge Fix' })[0]).toMatch(/^id: Use lowercase letters/);
    expect(messages({ ...valid, page: 'https://example.org/analysis/' })[0]).toMatch(/^page: Give the page as a path relative to the site root/);
    expect(messages({ ...valid, page: '/analysis/' })[0]).toMatch(/^page: /);
  });

  it('asks for why, and rejects unknown fields', () => {
    const { why: _omitted, ...withoutWhy } = valid;
    expect(messages(withoutWhy)).toEqual(['why: Write why the change was made, with the evidence (why) as text.']);
    expect(messages({ ...valid, reason: 'x' })).toEqual([': Unknown field "reason": check the spelling against CONTRIBUTING.md, or remove it.']);
  });
});
