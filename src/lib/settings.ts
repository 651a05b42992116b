/** Deployment settings read from the environment (documented in README.md). */

/** Placeholder origin used when SITE_URL is not set; canonical URLs then point here. */
export const PLACEHOLDER_SITE_URL = 'https://nk-sea.example.org';

export interface SiteSettings {
  /** Absolute origin for canonical URLs, feeds and the sitemap. */
  site: string;
  /** Sub-path the site is served under, always with leading and trailing slash. */
  base: string;
  /** Repository web URL for "Edit this page" links, if any. */
  repoUrl: string | undefined;
}

/** Normalises a base path: "nk-sea" and "/nk-sea" become "/nk-sea/"; empty becomes "/". */
export function normaliseBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export function siteSettings(env: Record<string, string | undefined>): SiteSettings {
  const site = env['SITE_URL']?.trim() || PLACEHOLDER_SITE_URL;
  if (!/^https?:\/\/[^/]+/.test(site)) {
    throw new Error(`SITE_URL must be an absolute http(s) origin such as https://example.org, got "${site}".`);
  }
  const repoUrl = env['REPO_URL']?.trim().replace(/\/+$/, '') || undefined;
  return { site: site.replace(/\/+$/, ''), base: normaliseBasePath(env['BASE_PATH']), repoUrl };
}

/**
 * The "Edit this page" address for a content file (GitHub-style URLs), or a folder view when the
 * page shows a whole folder of entries (path ending in "/"). Undefined without a repository URL.
 */
export function editUrl(repoUrl: string | undefined, sourcePath: string | undefined, branch = 'main'): string | undefined {
  if (!repoUrl || !sourcePath) return undefined;
  const path = sourcePath.replace(/^\/+/, '');
  return path.endsWith('/') ? `${repoUrl}/tree/${branch}/${path}` : `${repoUrl}/edit/${branch}/${path}`;
}
