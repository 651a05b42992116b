/**
 * Derivations over the claims collection: ordering and grouping for the matrix, where an article
 * stands apart from the others, the key-figures table and passage markers for article pages
 * (exports: `claim-exports.ts`). Pure: no astro:* imports, no I/O.
 */
import { CLAIM_TOPICS, VERDICTS, type ClaimData, type ClaimFigure, type ClaimStance, type ClaimTopic, type Stance, type Verdict } from '../schemas/claim.ts';
import type { Citation } from '../schemas/common.ts';
import { countIndependentSources, sameIndependentSource, type IndependentRoots } from './provenance/independence.ts';

/** A claim as pages and tests hold it: file id plus parsed data. */
export interface ClaimEntry {
  id: string;
  data: ClaimData;
}

export const TOPIC_LABELS: Record<ClaimTopic, string> = {
  'visits-and-delegations': 'Visits and delegations',
  'names-and-attribution': 'Names and attribution',
  tiering: 'Tiers and partners',
  'relations-and-history': 'Relations and history',
  'sanctions-and-finance': 'Sanctions and finance',
  figures: 'Figures',
  framing: 'Framing and interpretation',
};

export const STANCE_LABELS: Record<Stance, string> = {
  asserts: 'Asserts',
  contradicts: 'Contradicts',
  qualifies: 'Qualifies',
  silent: 'Silent',
};

/** Symbols shown beside the stance label, so that nothing relies on colour alone. */
export const STANCE_SYMBOLS: Record<Stance, string> = {
  asserts: '✓',
  contradicts: '✗',
  qualifies: '≈',
  silent: '–',
};

export const STANCE_DESCRIPTIONS: Record<Stance, string> = {
  asserts: 'The article states the claim.',
  contradicts: 'The article states something that cannot be true if the claim is.',
  qualifies: 'The article says part of it, hedges it, or says it vaguely (no date, no name, no source).',
  silent: 'The article does not address the claim.',
};

export const VERDICT_LABELS: Record<Verdict, string> = {
  consistent: 'Consistent',
  disputed: 'Disputed',
  'error-in-source': 'Error in a source',
  unverifiable: 'Unverifiable',
};

export const VERDICT_SYMBOLS: Record<Verdict, string> = {
  consistent: '✓',
  disputed: '⇄',
  'error-in-source': '⚠',
  unverifiable: '?',
};

export const VERDICT_DESCRIPTIONS: Record<Verdict, string> = {
  consistent: 'The sources that address the claim agree, and nothing in the records we checked contradicts them.',
  disputed: 'The sources disagree, and the evidence available does not settle it; often a matter of judgement.',
  'error-in-source':
    'One or more sources state something that is established to be wrong, by the other sources or by the public record; the erring sources are named.',
  unverifiable: 'The sources cannot settle the claim, and our check of the public record did not either; the note says what we looked for and what a reader can check.',
};

/** Each article's one short name (`shortName` in its frontmatter), by id. */
export type ShortNames = ReadonlyMap<string, string>;

export const shortNames = (articles: readonly { id: string; data: { shortName: string } }[]): ShortNames =>
  new Map(articles.map((article) => [article.id, article.data.shortName]));

/** An article's short name; the id when the article is unknown (never expected once content is checked). */
export const sourceLabel = (names: ShortNames, articleId: string): string => names.get(articleId) ?? articleId;

/** The fragment id of a claim on the analysis page; kept so old links resolve (it links on to the claim's page). */
export const claimAnchor = (claimId: string): string => `claim-${claimId}`;

/** A claim's own page, relative to the site root. */
export const claimPath = (claimId: string): string => `claims/${claimId}/`;

/** The citation a stance gives, of either kind; none for a silent stance. */
export function stanceCitation(entry: ClaimStance): Citation | undefined {
  if (entry.quote !== undefined) return { article: entry.article, quote: entry.quote, ...(entry.speaker !== undefined ? { speaker: entry.speaker } : {}) };
  if (entry.passage !== undefined) return { article: entry.article, passage: entry.passage };
  return undefined;
}

/** Stances in the order of `articleIds` (the site's source order), whatever the order in the file; unlisted articles last. */
export function inArticleOrder(stances: readonly ClaimStance[], articleIds: readonly string[]): ClaimStance[] {
  const rank = (entry: ClaimStance) => {
    const index = articleIds.indexOf(entry.article.id);
    return index === -1 ? articleIds.length : index;
  };
  return [...stances].sort((a, b) => rank(a) - rank(b));
}

/** The stance an article takes on a claim; undefined when the article is not yet compared on it. */
export function stanceOf(claim: ClaimData, articleId: string): ClaimStance | undefined {
  return claim.stances.find((entry) => entry.article.id === articleId);
}

/** Within a topic, discrepancies come first: they are what a reader comes for. */
const VERDICT_READING_ORDER: readonly Verdict[] = ['error-in-source', 'disputed', 'unverifiable', 'consistent'];

/** Claims in reading order: by topic (order of CLAIM_TOPICS), then errors, disputes, unverifiable, consistent, then id. */
export function orderClaims<T extends ClaimEntry>(claims: readonly T[]): T[] {
  const topic = (claim: T) => CLAIM_TOPICS.indexOf(claim.data.topic);
  const verdict = (claim: T) => VERDICT_READING_ORDER.indexOf(claim.data.verdict);
  return [...claims].sort((a, b) => topic(a) - topic(b) || verdict(a) - verdict(b) || a.id.localeCompare(b.id));
}

export interface TopicGroup<T extends ClaimEntry> {
  topic: ClaimTopic;
  label: string;
  claims: T[];
}

/** Claims grouped by topic in the order of CLAIM_TOPICS; topics without claims are left out. */
export function groupClaimsByTopic<T extends ClaimEntry>(claims: readonly T[]): TopicGroup<T>[] {
  const ordered = orderClaims(claims);
  return CLAIM_TOPICS.map((topic) => ({ topic, label: TOPIC_LABELS[topic], claims: ordered.filter((claim) => claim.data.topic === topic) })).filter(
    (group) => group.claims.length > 0,
  );
}

/** How many claims carry each verdict, every verdict listed. */
export function countByVerdict(claims: readonly ClaimEntry[]): Record<Verdict, number> {
  const counts = Object.fromEntries(VERDICTS.map((verdict) => [verdict, 0])) as Record<Verdict, number>;
  for (const claim of claims) counts[claim.data.verdict] += 1;
  return counts;
}

/** Why an article stands apart on a claim. */
export type StandApartReason =
  | { kind: 'errs' }
  | { kind: 'disagrees'; with: string[] }
  | { kind: 'alone'; with?: string[] };

/**
 * The ways an article stands apart on a claim: it is named as erring; it is on the smaller side
 * (or one side of a tie) of a disagreement in which one side asserts and the other contradicts,
 * articles in error not counted; or it is the only article that asserts the claim (others may
 * qualify it). Sides are counted in independent sources (`roots`, see provenance/independence.ts):
 * copies and rewrites of one original count once, and a copy of this article is no ally.
 * An empty list means it does not stand apart.
 */
export function standApartReasons(claim: ClaimData, articleId: string, roots: IndependentRoots = new Map()): StandApartReason[] {
  const own = stanceOf(claim, articleId);
  if (!own || own.stance === 'silent') return [];
  const erring = new Set(claim.erroneousSources.map((source) => source.id));
  const others = claim.stances.filter((entry) => entry.article.id !== articleId);
  const reasons: StandApartReason[] = [];
  if (erring.has(articleId)) reasons.push({ kind: 'errs' });
  const opposite: Stance | undefined = own.stance === 'asserts' ? 'contradicts' : own.stance === 'contradicts' ? 'asserts' : undefined;
  const opponents = others.filter((entry) => entry.stance === opposite && !erring.has(entry.article.id)).map((entry) => entry.article.id);
  const sameSource = (entry: ClaimStance) => sameIndependentSource(entry.article.id, articleId, roots);
  const allies = others.filter((entry) => entry.stance === own.stance && !erring.has(entry.article.id) && !sameSource(entry)).map((entry) => entry.article.id);
  // Only the smaller side of a disagreement (or both sides of a tie) stands apart.
  if (opponents.length > 0 && countIndependentSources(opponents, roots) >= countIndependentSources(allies, roots) + 1) reasons.push({ kind: 'disagrees', with: opponents });
  const otherAsserting = others.filter((entry) => entry.stance === 'asserts');
  if (own.stance === 'asserts' && otherAsserting.every(sameSource)) {
    // Any other text asserting it derives from the same original as this one.
    reasons.push(otherAsserting.length > 0 ? { kind: 'alone', with: otherAsserting.map((entry) => entry.article.id) } : { kind: 'alone' });
  }
  return reasons;
}

export interface StandApartItem<T extends ClaimEntry> {
  claim: T;
  reasons: StandApartReason[];
}

/** The claims on which an article stands apart, errors first, then disagreements, then the rest. */
export function claimsWhereArticleStandsApart<T extends ClaimEntry>(claims: readonly T[], articleId: string, roots?: IndependentRoots): StandApartItem<T>[] {
  const weight = (reasons: StandApartReason[]) => Math.min(...reasons.map((reason) => ['errs', 'disagrees', 'alone'].indexOf(reason.kind)));
  return orderClaims(claims)
    .map((claim) => ({ claim, reasons: standApartReasons(claim.data, articleId, roots) }))
    .filter((item) => item.reasons.length > 0)
    .sort((a, b) => weight(a.reasons) - weight(b.reasons));
}

/** One sentence for a reason, naming the other articles by their short names. */
export function describeReason(reason: StandApartReason, names: ShortNames): string {
  const list = (ids: readonly string[]) => ids.map((id) => sourceLabel(names, id)).join(', ');
  switch (reason.kind) {
    case 'errs':
      return 'Error in this source';
    case 'disagrees':
      return `Disagrees with ${list(reason.with)}`;
    case 'alone':
      return !reason.with
        ? 'Only this source asserts it'
        : `Only this source asserts it, with ${list(reason.with)}, which derive${reason.with.length === 1 ? 's' : ''} from the same original`;
  }
}

export interface KeyFigure {
  claimId: string;
  claim: string;
  verdict: Verdict;
  figure: ClaimFigure;
  /** The articles that assert the figure, with their citation. */
  sources: { articleId: string; citation: Citation }[];
}

/** Every figure the claims record, in claim order, with the articles that give it. */
export function keyFigures(claims: readonly ClaimEntry[]): KeyFigure[] {
  return orderClaims(claims).flatMap(({ id, data }) =>
    data.figure
      ? [
          {
            claimId: id,
            claim: data.claim,
            verdict: data.verdict,
            figure: data.figure,
            sources: data.stances.flatMap((entry) => {
              const citation = entry.stance === 'asserts' ? stanceCitation(entry) : undefined;
              return citation ? [{ articleId: entry.article.id, citation }] : [];
            }),
          },
        ]
      : [],
  );
}

/** The words of one article a claim cites (a passage or a quote), for inline markers. */
export interface CitedPassage {
  citation: Citation;
  claimId: string;
  claim: string;
  verdict: Verdict;
  stance: Stance;
  /** Whether this article is named as erring on the claim. */
  errs: boolean;
  standsApart: boolean;
}

/** The passages of an article cited by claims, in claim order. */
export function citedPassages(claims: readonly ClaimEntry[], articleId: string, roots?: IndependentRoots): CitedPassage[] {
  return orderClaims(claims).flatMap(({ id, data }) => {
    const own = stanceOf(data, articleId);
    const citation = own ? stanceCitation(own) : undefined;
    if (!own || own.stance === 'silent' || !citation) return [];
    return [
      {
        citation,
        claimId: id,
        claim: data.claim,
        verdict: data.verdict,
        stance: own.stance,
        errs: data.erroneousSources.some((source) => source.id === articleId),
        standsApart: standApartReasons(data, articleId, roots).length > 0,
      },
    ];
  });
}

/**
 * The marker text beside a cited passage, from the point of view of the article being read: an
 * error elsewhere must not look like an error in this article.
 */
export function passageMarkerText(passage: Pick<CitedPassage, 'verdict' | 'errs'>): string {
  if (passage.errs) return '⚠ Error in this source';
  if (passage.verdict === 'error-in-source') return '✓ Another source errs';
  return `${VERDICT_SYMBOLS[passage.verdict]} ${VERDICT_LABELS[passage.verdict]}`;
}

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** A figure's value for the table: "2,000,000,000 US dollars". */
export function formatFigureValue(figure: Pick<ClaimFigure, 'value' | 'unit'>): string {
  return `${numberFormat.format(figure.value)} ${figure.unit}`;
}
