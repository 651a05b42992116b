import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainReference } from '../../../src/node/check-content.ts';
import { CLAIM_LABEL_MAX_LENGTH, claimSchema } from '../../../src/schemas/claim.ts';
import { ARTICLE_IDS } from '../../fixtures/claims.ts';
import { PROJECT_ROOT } from '../../support/site-copy.ts';

const schema = claimSchema(plainReference);
const [dw, indiaVision, tiers, cna, rogue] = ARTICLE_IDS;
const silent = (article: string) => ({ article, stance: 'silent' });

function validClaim(overrides: Record<string, unknown> = {}) {
  return {
    claim: 'To Lam attended the anniversary.',
    label: 'To Lam attended the anniversary',
    topic: 'visits-and-delegations',
    stances: [{ article: dw, stance: 'asserts', passage: 'For To Lam' }, silent(indiaVision), silent(tiers), silent(cna), silent(rogue)],
    verdict: 'consistent',
    ...overrides,
  };
}

function problems(input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('claim schema', () => {
  it('accepts a consistent claim without a note and turns article ids into references', () => {
    const parsed = schema.parse(validClaim());
    expect(parsed.stances[0]!.article).toEqual({ id: dw, collection: 'articles' });
    expect(parsed.erroneousSources).toEqual([]);
    expect(parsed.outsideSources).toEqual([]);
  });

  it('accepts an error in a source with note, erring article and its version', () => {
    const input = validClaim({
      stances: [
        { article: dw, stance: 'asserts', passage: 'For To Lam' },
        silent(indiaVision),
        silent(tiers),
        silent(cna),
        { article: rogue, stance: 'contradicts', passage: 'Nguyen Phu Trong', version: 'Trong attended.' },
      ],
      verdict: 'error-in-source',
      erroneousSources: [rogue],
      note: 'Trong died in 2024.',
      outsideSources: [{ publisher: 'Shine (Xinhua)', title: 'To Lam elected general secretary', date: '2024-08-03', url: 'https://www.shine.cn/news/world/2408035651/', checkedOn: '2026-12-01' }],
      figure: { asGiven: '18 years', value: 18, unit: 'years', measures: 'Gap between visits.' },
    });
    expect(problems(input)).toEqual([]);
  });

  it('keeps the label, the claim’s one-line name in the matrix, up to the maximum length', () => {
    const longest = 'x'.repeat(CLAIM_LABEL_MAX_LENGTH);
    expect(schema.parse(validClaim({ label: `  ${longest}  ` })).label).toBe(longest);
  });

  it('requires a label, and rejects one too long for a line of the matrix with what to do', () => {
    const { label: _omitted, ...withoutLabel } = validClaim();
    expect(problems(withoutLabel)).toEqual([
      'label: Write a label, the claim’s one-line name in the matrix (e.g. "Indonesian foreign minister in Pyongyang was Retno Marsudi") as text.',
    ]);
    expect(problems(validClaim({ label: '   ' }))).toEqual([
      'label: Write a label, the claim’s one-line name in the matrix (e.g. "Indonesian foreign minister in Pyongyang was Retno Marsudi"); it must not be empty.',
    ]);
    expect(problems(validClaim({ label: 'x'.repeat(CLAIM_LABEL_MAX_LENGTH + 1) }))).toEqual([
      'label: Shorten label to at most 64 characters: it is the claim’s one-line name in the matrix.',
    ]);
  });

  it('rejects a non-silent stance without a citation', () => {
    const input = validClaim({ stances: [{ article: dw, stance: 'qualifies' }, silent(indiaVision), silent(tiers), silent(cna), silent(rogue)] });
    expect(problems(input)).toEqual([
      'stances.0.passage: A stance of "qualifies" needs a citation: give the passage of the article that shows it (or a quote, if the article carries the words in quotation marks), or set the stance to "silent".',
    ]);
  });

  it('accepts a stance citing a quote with its speaker', () => {
    const input = validClaim({ stances: [{ article: dw, stance: 'asserts', quote: 'It was a sign of legitimacy', speaker: 'Kogan' }, silent(indiaVision), silent(tiers), silent(cna), silent(rogue)] });
    expect(schema.parse(input).stances[0]).toMatchObject({ quote: 'It was a sign of legitimacy', speaker: 'Kogan' });
  });

  it('rejects a stance giving both a passage and a quote, with one message', () => {
    const input = validClaim({ stances: [{ article: dw, stance: 'asserts', passage: 'For To Lam', quote: 'her party' }, silent(indiaVision), silent(tiers), silent(cna), silent(rogue)] });
    expect(problems(input)).toEqual([
      'stances.0.quote: Give exactly one of passage (words of our restatement, copied from the article body) or quote (a source’s own words that the article body carries in quotation marks).',
    ]);
  });

  it('rejects a passage or quote on a silent stance, and a speaker without a quote', () => {
    const input = validClaim({ stances: [{ article: dw, stance: 'asserts', passage: 'For To Lam' }, { ...silent(indiaVision), quote: 'Pyongyang Courts' }, silent(tiers), silent(cna), silent(rogue)] });
    expect(problems(input)).toEqual(['stances.1.quote: A "silent" article has nothing to cite: remove the passage or quote, or choose asserts, contradicts or qualifies.']);
    const speaker = validClaim({ stances: [{ article: dw, stance: 'asserts', passage: 'For To Lam', speaker: 'DW' }, silent(indiaVision), silent(tiers), silent(cna), silent(rogue)] });
    expect(problems(speaker)).toEqual([
      'stances.0.speaker: Only a quote has a speaker: remove speaker, or cite the words as a quote if the article carries them in quotation marks.',
    ]);
  });

  it('accepts a claim that lacks a stance from an article: it is not yet compared (npm run check warns, see comparison/pending.ts)', () => {
    const input = validClaim({ stances: [{ article: dw, stance: 'asserts', passage: 'For To Lam' }, silent(indiaVision), silent(tiers), silent(cna)] });
    expect(problems(input)).toEqual([]);
  });

  it('accepts a stance from any article (the sources are an open set) but rejects two stances for one article', () => {
    expect(problems(validClaim({ stances: [{ article: dw, stance: 'asserts', passage: 'For To Lam' }, silent('a-sixth-article')] }))).toEqual([]);
    const input = validClaim({ stances: [{ article: dw, stance: 'asserts', passage: 'For To Lam' }, silent(dw), silent(indiaVision), silent(tiers), silent(cna), silent(rogue)] });
    expect(problems(input)).toEqual([`stances.1.article: Article "${dw}" has two stances; keep one.`]);
  });

  it('requires an erring article to have a stance at all', () => {
    const input = validClaim({ stances: [{ article: dw, stance: 'asserts', passage: 'For To Lam' }], verdict: 'error-in-source', erroneousSources: [cna], note: 'Wrong.' });
    expect(problems(input)).toEqual([
      `erroneousSources.0: Article "${cna}" is named as erring, so its stance must cite the passage and give its version of the point in your own words.`,
    ]);
  });

  it('rejects a claim that no article addresses', () => {
    const input = validClaim({ stances: ARTICLE_IDS.map(silent) });
    expect(problems(input)).toEqual(['stances: At least one article must address the claim; a claim no source makes does not belong here.']);
  });

  it('rejects an error in a source without a note', () => {
    const input = validClaim({
      stances: [{ article: dw, stance: 'asserts', passage: 'For To Lam', version: 'Lam attended.' }, silent(indiaVision), silent(tiers), silent(cna), silent(rogue)],
      verdict: 'error-in-source',
      erroneousSources: [dw],
    });
    expect(problems(input)).toEqual([
      'note: A verdict of "error-in-source" needs a note: explain the evidence, and say where it relies on facts outside the sources.',
    ]);
  });

  it('requires a note for disputed and unverifiable verdicts too', () => {
    expect(problems(validClaim({ verdict: 'disputed' }))).toEqual([
      'note: A verdict of "disputed" needs a note: explain the evidence, and say where it relies on facts outside the sources.',
    ]);
    expect(problems(validClaim({ verdict: 'unverifiable', note: 'Check the FATF list.' }))).toEqual([]);
  });

  it('requires the erring articles for an error in a source, and only then', () => {
    expect(problems(validClaim({ verdict: 'error-in-source', note: 'Wrong.' }))).toEqual([
      'erroneousSources: A verdict of "error-in-source" needs erroneousSources: list the article(s) that get it wrong.',
    ]);
    expect(problems(validClaim({ erroneousSources: [dw] }))).toEqual([
      'erroneousSources: Only a verdict of "error-in-source" names erroneousSources: remove them or change the verdict.',
    ]);
  });

  it('requires an erring article to be quoted and its version given', () => {
    const message = `erroneousSources.0: Article "${dw}" is named as erring, so its stance must cite the passage and give its version of the point in your own words.`;
    expect(problems(validClaim({ verdict: 'error-in-source', note: 'Wrong.', erroneousSources: [dw] }))).toEqual([message]);
  });

  it('rejects an unknown topic or verdict with the allowed values', () => {
    expect(problems(validClaim({ topic: 'gossip' }))[0]).toMatch(/^topic: Set topic to one of: visits-and-delegations, /);
    expect(problems(validClaim({ verdict: 'false' }))[0]).toBe('verdict: Set verdict to one of: consistent, disputed, error-in-source, unverifiable.');
  });

  it('rejects a figure whose value is not a plain number', () => {
    const input = validClaim({ figure: { asGiven: '$4 billion', value: '4 billion', unit: 'US dollars', measures: 'Laundered funds.' } });
    expect(problems(input)).toEqual(['figure.value: Give the value as a plain number, e.g. 2000000000 (no units, no commas).']);
  });

  it('rejects unknown fields', () => {
    expect(problems(validClaim({ rating: 'false' }))).toHaveLength(1);
  });
});

describe('the test fixtures', () => {
  it('name exactly the articles in content/articles', () => {
    const files = readdirSync(join(PROJECT_ROOT, 'content/articles')).map((name) => name.replace(/\.md$/, ''));
    expect([...ARTICLE_IDS].sort()).toEqual(files.sort());
  });
});
