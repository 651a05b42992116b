/** The stable ids of one article's words among a list of citations (see citations/passage-id.ts). */
import { citedWords, type Citation } from '../../schemas/common.ts';
import { citedWordsId } from '../citations/passage-id.ts';

/** Each distinct passage or quote of `articleId` that the citations point to, in order. */
export const articlePassageIds = (citations: readonly Citation[], articleId: string): string[] => [
  ...new Set(citations.filter((citation) => citation.article.id === articleId).map((citation) => citedWordsId(citedWords(citation)))),
];
