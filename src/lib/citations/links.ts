/** Where a citation points on this site: the marked words on its article's page. */
import { citedWords, type Citation } from '../../schemas/common.ts';
import { citedWordsId } from './passage-id.ts';

/** Site path (without base) of the cited words, e.g. "articles/dw/#cited-first-time-1x8k2q". */
export const citationPath = (citation: Citation): string => `articles/${citation.article.id}/#${citedWordsId(citedWords(citation))}`;
