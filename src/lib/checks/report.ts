/**
 * How `npm run check` prints problems: `file:line: field: message` for editors and terminals
 * (most editors open `file:line` on a click), and GitHub Actions annotations so that each problem
 * shows on its line of a pull request's diff.
 */
import type { ContentProblem } from '../integrity.ts';

/** A problem with the line it is on, where known. */
export interface LocatedProblem extends ContentProblem {
  line?: number | undefined;
}

/** One line per problem, file (and line) first. */
export const formatLocatedProblems = (problems: readonly LocatedProblem[]): string =>
  problems.map((problem) => `${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.field}: ${problem.message}`).join('\n');

// Escaping from the GitHub Actions toolkit (`@actions/core` command.ts).
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,title=…::…` workflow commands, one per problem. */
export const githubAnnotations = (problems: readonly LocatedProblem[]): string =>
  problems
    .map((problem) => {
      const properties = [`file=${escapeProperty(problem.file)}`, ...(problem.line ? [`line=${problem.line}`] : []), `title=${escapeProperty(problem.field)}`];
      return `::error ${properties.join(',')}::${escapeData(problem.message)}`;
    })
    .join('\n');
