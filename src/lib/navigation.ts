/** The site's sections, in header order. A route is listed only once its page exists. */
export interface NavItem {
  label: string;
  /** Path relative to the base, with trailing slash. */
  path: string;
}

export const SECTIONS: readonly NavItem[] = [
  { label: 'Story', path: '' },
  { label: 'Sources', path: 'articles/' },
  { label: 'Timeline', path: 'timeline/' },
  { label: 'Map', path: 'map/' },
  { label: 'Analysis', path: 'analysis/' },
  { label: 'Method', path: 'method/' },
];

/** Whether `currentPath` (relative to base) is inside the section at `sectionPath`. */
export function isCurrentSection(sectionPath: string, currentPath: string): boolean {
  const current = currentPath.replace(/^\/+/, '');
  return sectionPath === '' ? current === '' : current.startsWith(sectionPath);
}
