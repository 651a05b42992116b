/** Reader-facing wording for a source text's provenance. Pure. */
import type { Fidelity, Provenance, TextKind } from '../../schemas/provenance.ts';

export const TEXT_KIND_LABELS: Record<TextKind, string> = {
  original: 'Original',
  'republished-copy': 'Republished copy',
  rewrite: 'Rewrite',
  'ai-generated': 'AI-generated',
  summary: 'Summary of another document',
};

/** One sentence per kind, shown on the method page. */
export const TEXT_KIND_DESCRIPTIONS: Record<TextKind, string> = {
  original: 'First published where it was captured; it names nothing it was copied from.',
  'republished-copy': 'Another outlet’s text published again, word for word or reworded; it counts as its original.',
  rewrite: 'A new text made from one or more others; it counts as the texts it was made from.',
  'ai-generated': 'A text its page says a machine generated; it counts on its own only because it names no source.',
  summary: 'A write-up of a report or other document, relaying its findings; it counts as that document.',
};

export const FIDELITY_LABELS: Record<Fidelity, string> = {
  verbatim: 'word for word',
  reworded: 'reworded',
  'not-compared': 'not compared with the original',
};

type Derivation = Provenance['derivesFrom'][number];

/** "DW (Deutsche Welle), “North Korea eyes …”" or, for one of our sources, its title. */
export function derivationLabel(derivation: Derivation, articleTitle: (id: string) => string): string {
  if (derivation.article) return `“${articleTitle(derivation.article.id)}”`;
  const work = derivation.work!;
  return work.title ? `${work.outlet.name}, “${work.title}”` : work.outlet.name;
}

/** The provenance in one sentence: what the text is and what it derives from. */
export function provenanceSentence(provenance: Provenance, articleTitle: (id: string) => string): string {
  const sources = provenance.derivesFrom.map((derivation) => derivationLabel(derivation, articleTitle)).join('; ');
  switch (provenance.kind) {
    case 'original':
      return 'An original text: the capture shows nothing it was copied from.';
    case 'republished-copy':
      return provenance.fidelity === 'not-compared'
        ? `A republished copy of ${sources}; we have not compared it with the original.`
        : `A ${FIDELITY_LABELS[provenance.fidelity ?? 'reworded']} copy of ${sources}.`;
    case 'rewrite':
      return `A rewrite drawing on ${sources}.`;
    case 'ai-generated':
      return sources ? `An AI-generated text drawing on ${sources}.` : 'An AI-generated text that names none of the sources it drew on.';
    case 'summary':
      return `A summary of ${sources}.`;
  }
}

/** When the capture was made, as precisely as the capture allows. */
export function capturedWhen(captured: Provenance['captured'], formatDay: (day: string) => string): string {
  if (captured.on) return formatDay(captured.on);
  if (captured.notAfter) return `Undated, no later than ${formatDay(captured.notAfter)}`;
  return 'Undated';
}

/** A short line for source cards: what the text is, whose it derives from, where it was captured. */
export function provenanceShort(provenance: Provenance): string {
  const names = provenance.derivesFrom.map((derivation) => derivation.work?.outlet.name ?? 'another of our sources').join(' and ');
  const what = {
    original: 'Original text',
    'republished-copy':
      provenance.fidelity === 'verbatim' ? `Word-for-word copy of ${names}` : provenance.fidelity === 'reworded' ? `Reworded copy of ${names}` : `Republished copy of ${names}`,
    rewrite: `Rewrite drawing on ${names}`,
    'ai-generated': names ? `AI-generated from ${names}` : 'AI-generated; names no source',
    summary: `Summary of a document by ${names}`,
  }[provenance.kind];
  return provenance.page ? `${what}, captured from ${new URL(provenance.page.url).host}` : what;
}
