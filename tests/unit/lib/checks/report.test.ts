import { describe, expect, it } from 'vitest';
import { formatLocatedProblems, githubAnnotations } from '../../../../src/lib/checks/report.ts';

const problems = [
  { file: 'content/events/a.yaml', field: 'sources[0].quote', message: 'The phrase "x, y" does not occur: 100%.', line: 8 },
  { file: 'content/events/B.yaml', field: '(file name)', message: 'Rename it.\nThen run the check.' },
];

describe('formatLocatedProblems', () => {
  it('prints file:line: field: message, leaving the line out where unknown', () => {
    expect(formatLocatedProblems(problems)).toBe(
      'content/events/a.yaml:8: sources[0].quote: The phrase "x, y" does not occur: 100%.\ncontent/events/B.yaml: (file name): Rename it.\nThen run the check.',
    );
  });
});

describe('githubAnnotations', () => {
  it('writes one ::error command per problem, escaped as the Actions toolkit does', () => {
    expect(githubAnnotations(problems).split('\n')).toEqual([
      '::error file=content/events/a.yaml,line=8,title=sources[0].quote::The phrase "x, y" does not occur: 100%25.',
      '::error file=content/events/B.yaml,title=(file name)::Rename it.%0AThen run the check.',
    ]);
  });
});
