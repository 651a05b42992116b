/**
 * The home page's key findings, in the project's own words, each pointing at the entries that
 * carry its evidence. The home page resolves every pointer and fails the build on one that no
 * longer exists, so a renamed claim or event cannot leave a finding without its evidence.
 */
export type EvidenceKind = 'claim' | 'event' | 'country';

export interface Evidence {
  kind: EvidenceKind;
  id: string;
}

export interface Finding {
  text: string;
  evidence: readonly Evidence[];
}

export const KEY_FINDINGS: readonly Finding[] = [
  {
    text: 'In October 2025 To Lam became the first leader of Vietnam’s Communist Party to visit Pyongyang since 2007, and Laos’s President Thongloun Sisoulith came too; the tiers page reads this as courtship through party-to-party channels.',
    evidence: [
      { kind: 'claim', id: 'vietnam-and-laos-are-pyongyangs-closest-partners' },
      { kind: 'event', id: 'to-lam-visits-pyongyang' },
      { kind: 'country', id: 'lao' },
    ],
  },
  {
    text: 'In the tiers analysis, Indonesia holds a pragmatic middle place while Malaysia, without relations since North Korea broke them off in 2021, and Singapore, a strict enforcer, are shut out; another source recalls that Singapore hosted a US–North Korea summit and sees ASEAN as a possible mediator.',
    evidence: [
      { kind: 'claim', id: 'indonesia-holds-a-middle-place' },
      { kind: 'event', id: 'malaysia-north-korea-diplomatic-rupture' },
      { kind: 'country', id: 'sgp' },
    ],
  },
  {
    text: 'The tiers analysis argues that enforcement runs apart from friendship and names Thailand and Cambodia as laundering nodes without ideological ties; FinCEN’s case against Cambodia’s Huione Group bears out laundering there, though of the roughly $4 billion US officials say the group laundered from August 2021 to January 2025 they traced at least $37 million to North Korean heists.',
    evidence: [
      { kind: 'claim', id: 'thailand-is-a-hub-for-north-korean-finance' },
      { kind: 'event', id: 'fincen-designates-huione-group' },
      { kind: 'country', id: 'tha' },
    ],
  },
  {
    text: 'The sources disagree and sometimes err: one names a Vietnamese leader who died in 2024 as a guest in 2025, another puts Cambodia and Thailand on a money-laundering grey list that neither is on as of October 2025.',
    evidence: [
      { kind: 'claim', id: 'to-lam-led-vietnams-delegation' },
      { kind: 'claim', id: 'cambodia-and-thailand-are-on-the-fatf-grey-list' },
    ],
  },
];

/** Where a piece of evidence lives on the site, relative to the base path. */
export function evidencePath({ kind, id }: Evidence): string {
  switch (kind) {
    case 'claim':
      return `analysis/#claim-${id}`;
    case 'event':
      return `timeline/#event-${id}`;
    case 'country':
      return `countries/${id}/`;
  }
}

/** Evidence pointers that name no existing entry; the home page refuses to build with any. */
export function missingEvidence(findings: readonly Finding[], known: Record<EvidenceKind, ReadonlySet<string>>): Evidence[] {
  return findings.flatMap((finding) => finding.evidence.filter((evidence) => !known[evidence.kind].has(evidence.id)));
}
