import { describe, expect, it } from 'vitest';
import { checkContentRoot, checkEntryFolder, type ContentFile } from '../../../../src/lib/checks/file-names.ts';

const file = (name: string, extra: Partial<ContentFile> = {}): ContentFile => ({ path: `content/events/${name}`, name, type: 'file', ...extra });
const problems = (...files: ContentFile[]) =>
  checkEntryFolder({ path: 'content/events', extension: '.yaml', files }).map((problem) => `${problem.file}: ${problem.field}: ${problem.message}`);

describe('checkEntryFolder', () => {
  it('accepts lowercase hyphenated names with the folder\'s extension', () => {
    expect(problems(file('to-lam-visits-pyongyang.yaml'), file('wpk-80th-anniversary-parade.yaml'))).toEqual([]);
  });

  it.each([
    ['visit.yml', 'Only .yaml files are read here, so this file is skipped: rename it to visit.yaml.'],
    ['visit.YAML', 'Only .yaml files are read here, so this file is skipped: rename it to visit.yaml.'],
    ['notes.txt', 'Only .yaml files are read in content/events; move this file out of content/ or delete it.'],
    ['README', 'Only .yaml files are read in content/events; move this file out of content/ or delete it.'],
    ['.visit.yaml.swp', "Hidden files are not read; content/events holds only content. Delete it (an editor's backup or system file), or rename it without the leading dot."],
    ['To Lam Visit.yaml', "File names are lowercase words and hyphens (the name is the entry's id and address): rename it to to-lam-visit.yaml."],
    ['hà-nội.yaml', "File names are lowercase words and hyphens (the name is the entry's id and address): rename it to ha-noi.yaml."],
  ])('rejects %s, saying what to do', (name, message) => {
    expect(problems(file(name))).toEqual([`content/events/${name}: (file name): ${message}`]);
  });

  it('rejects a folder, a symlink leaving the repository or a broken one, and keeps a link inside it', () => {
    expect(problems(file('old', { type: 'directory' }))).toEqual([
      'content/events/old: (file name): Folders inside content/events are not read; move the files up into content/events or delete the folder.',
    ]);
    expect(problems(file('passwd.yaml', { type: 'symlink', targetInsideRepository: false }))).toEqual([
      expect.stringContaining('content/events/passwd.yaml: (file name): This is a symbolic link to a file outside the repository'),
    ]);
    expect(problems(file('shared.yaml', { type: 'symlink', targetInsideRepository: true }))).toEqual([]);
  });

  it('rejects the second of two names that differ only in case, once', () => {
    expect(problems(file('visit.yaml'), file('Visit.yaml'))).toEqual([
      'content/events/Visit.yaml: (file name): This name differs from visit.yaml only in case; on macOS and Windows they are one file. Keep one of them.',
    ]);
  });
});

describe('checkContentRoot', () => {
  const root = (...files: ContentFile[]) =>
    checkContentRoot({ path: 'content', folders: ['articles', 'events'], files: files.map((item) => ({ ...item, path: `content/${item.name}` })) }).map(
      (problem) => `${problem.file}: ${problem.message}`,
    );

  it('accepts the collection folders and YAML files', () => {
    expect(root(file('articles', { type: 'directory' }), file('events', { type: 'directory' }), file('countries.yaml'))).toEqual([]);
  });

  it('rejects a misspelt list file, a stray file, a hidden file and an unknown folder', () => {
    expect(root(file('countries.yml'), file('notes.md'), file('.DS_Store'), file('drafts', { type: 'directory' }))).toEqual([
      'content/countries.yml: Only .yaml files are read here, so this file is skipped: rename it to countries.yaml.',
      'content/notes.md: Only collection folders and .yaml files belong in content; move this file elsewhere or delete it.',
      "content/.DS_Store: Hidden files are not read; content holds only content. Delete it (an editor's backup or system file), or rename it without the leading dot.",
      'content/drafts: Folders inside content are not read; move the files up into content or delete the folder.',
    ]);
  });
});
