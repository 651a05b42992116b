import { describe, expect, it } from 'vitest';
import { countrySchema } from '../../../src/schemas/country.ts';
import { plainReference } from '../../fixtures/reference.ts';

const schema = countrySchema(plainReference);

const cite = (passage: string, article = 'north-korea-southeast-asian-diplomatic-tiers') => ({ article, passage });

const vietnam = {
  id: 'vnm',
  numeric: '704',
  name: 'Vietnam',
  region: 'Southeast Asia',
  tier: 'party-channel',
  rationale: 'Party-to-party channels put it at the top.',
  sources: [cite('a ranking with Vietnam and Laos at the top')],
  affinity: { level: 'high', rationale: 'Party channels.', sources: [cite('party-to-party channels')] },
  enforcement: { level: 'weak', rationale: 'Grey-listed.', sources: [cite('grey list')] },
};

const brunei = { id: 'brn', numeric: '096', name: 'Brunei', region: 'Southeast Asia', tier: 'not-discussed', rationale: 'No source names it.' };

const northKorea = { id: 'prk', numeric: 408, name: 'North Korea', region: 'Northeast Asia' };

/** The messages of a failed parse, as "path: message". */
function messages(input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('country schema', () => {
  it('accepts a tiered Southeast Asian state and turns citations into references', () => {
    const data = schema.parse(vietnam);
    expect(data.tier).toBe('party-channel');
    expect(data.disagreements).toEqual([]);
    expect(data.sources[0]?.article).toEqual({ id: 'north-korea-southeast-asian-diplomatic-tiers', collection: 'articles' });
    expect(data.enforcement?.sources[0]?.passage).toBe('grey list');
  });

  it('accepts a state no source discusses, with a rationale and nothing cited', () => {
    expect(messages(brunei)).toEqual([]);
    expect(schema.parse(brunei).sources).toEqual([]);
  });

  it('accepts a context state without any tier field and pads its numeric code', () => {
    expect(schema.parse(northKorea).numeric).toBe('408');
    expect(schema.parse({ ...brunei, numeric: 96 }).numeric).toBe('096');
  });

  it('accepts an assessment the sources leave open without citations', () => {
    expect(messages({ ...vietnam, enforcement: { level: 'not-described', rationale: 'No source says.' } })).toEqual([]);
  });

  it('requires tier and rationale for a Southeast Asian state, naming the state', () => {
    const { tier: _tier, rationale: _rationale, ...untiered } = vietnam;
    expect(messages(untiered)).toEqual([
      'tier: Give Vietnam a tier: one of party-channel, surface-only, pragmatic-middle, shut-out, enforcement-only, not-discussed ("not-discussed" when no source discusses it).',
      'rationale: Write why Vietnam has its tier: one or two sentences in your own words.',
    ]);
  });

  it('requires sources, affinity and enforcement for a tiered state', () => {
    const { affinity: _affinity, enforcement: _enforcement, ...bare } = vietnam;
    expect(messages({ ...bare, sources: [] })).toEqual([
      'sources: Cite at least one source for Vietnam’s tier: { article, passage } (or { article, quote } for words the article quotes).',
      'affinity: Give Vietnam’s affinity: { level, rationale, sources }.',
      'enforcement: Give Vietnam’s enforcement: { level, rationale, sources }.',
    ]);
  });

  it('rejects citations on a state marked not-discussed', () => {
    expect(messages({ ...brunei, sources: [cite('ASEAN')] })).toEqual([
      'sources: Brunei is marked "not-discussed": leave out sources, affinity, enforcement and disagreements, or choose the tier the sources support.',
    ]);
    expect(messages({ ...brunei, affinity: vietnam.affinity })).toEqual([
      'affinity: Brunei is marked "not-discussed": leave out sources, affinity, enforcement and disagreements, or choose the tier the sources support.',
    ]);
  });

  it('keeps tiers to Southeast Asia', () => {
    expect(messages({ ...northKorea, tier: 'shut-out', rationale: 'x' })).toEqual([
      'tier: Only Southeast Asian states are sorted into tiers: remove tier from North Korea (region Northeast Asia).',
      'rationale: Only Southeast Asian states are sorted into tiers: remove rationale from North Korea (region Northeast Asia).',
    ]);
  });

  it('keeps tier sources to Southeast Asia but lets any country record a disagreement', () => {
    expect(messages({ ...northKorea, sources: [cite('Kim Il Sung Square', 'rogue-state-alliance-asean')] })).toEqual([
      'sources: Only Southeast Asian states cite sources for a tier: remove sources from North Korea, or record a disagreement instead.',
    ]);
    const views = [
      { view: 'One says so.', source: cite('two parties', 'north-korea-southeast-asian-diplomatic-tiers') },
      { view: 'The other does not.', source: cite('To Lam', 'dw-north-korea-eyes-southeast-asia') },
    ];
    expect(messages({ ...northKorea, disagreements: [{ topic: 'What?', views }] })).toEqual([]);
  });

  it('names the allowed tiers and levels', () => {
    expect(messages({ ...vietnam, tier: 'Tier One' })).toEqual([
      'tier: Set tier to one of: party-channel, surface-only, pragmatic-middle, shut-out, enforcement-only, not-discussed.',
    ]);
    expect(messages({ ...vietnam, affinity: { ...vietnam.affinity, level: 'very high' } })).toEqual([
      'affinity.level: Set affinity.level to one of: none, limited, high, not-described.',
    ]);
    expect(messages({ ...vietnam, enforcement: { ...vietnam.enforcement, level: 'lax' } })).toEqual([
      'enforcement.level: Set enforcement.level to one of: weak, formal-only, strict, not-described.',
    ]);
  });

  it('requires a citation for every level the sources are said to support', () => {
    expect(messages({ ...vietnam, enforcement: { level: 'weak', rationale: 'Grey-listed.' } })).toEqual([
      'enforcement.sources: Cite at least one source for enforcement level "weak", or set the level to "not-described".',
    ]);
  });

  it('accepts a disagreement with views from two articles', () => {
    const disagreements = [
      {
        topic: 'Who came?',
        views: [
          { view: 'DW names To Lam.', source: cite('To Lam', 'dw-north-korea-eyes-southeast-asia') },
          { view: 'The summary names Trong.', source: cite('Nguyen Phu Trong', 'rogue-state-alliance-asean') },
        ],
      },
    ];
    expect(schema.parse({ ...vietnam, disagreements }).disagreements[0]?.views).toHaveLength(2);
  });

  it('rejects a one-sided disagreement and one drawn from a single article', () => {
    const view = { view: 'DW names To Lam.', source: cite('To Lam', 'dw-north-korea-eyes-southeast-asia') };
    expect(messages({ ...vietnam, disagreements: [{ topic: 'Who came?', views: [view] }] })).toEqual([
      'disagreements.0.views: Record at least two views: a disagreement needs two sides, each with its source.',
    ]);
    const sameArticle = { view: 'DW says he came.', source: cite('first time in 18 years', 'dw-north-korea-eyes-southeast-asia') };
    expect(messages({ ...vietnam, disagreements: [{ topic: 'Who came?', views: [view, sameArticle] }] })).toEqual([
      'disagreements.0.views: Take the views from at least two different articles; a single source cannot disagree with itself here.',
    ]);
  });

  it('names a misspelt field instead of dropping it', () => {
    expect(messages({ ...vietnam, teir: 'shut-out' })).toEqual([
      ': Unknown field "teir": check the spelling against CONTRIBUTING.md, or remove it.',
    ]);
  });

  it('rejects a code that is not ISO 3166-1, or not the code of its alpha-3 id', () => {
    expect(messages({ ...northKorea, id: 'xtw', numeric: '158' })).toEqual(['id: "xtw" is not an ISO 3166-1 alpha-3 code; use the country\'s code in lowercase, e.g. "vnm" for Vietnam.']);
    expect(messages({ ...northKorea, numeric: '410' })).toEqual(['numeric: "410" is not the ISO 3166-1 numeric code of prk; it is "408".']);
  });

  it('asks for an ISO code as the id', () => {
    expect(messages({ ...northKorea, id: 'NK' })).toEqual(['id: Use the ISO 3166-1 alpha-3 code in lowercase, e.g. "vnm" for Vietnam.']);
  });
});
