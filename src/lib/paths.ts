/** Site-internal URLs that respect the deployment base path. */

/** Joins the base path ("/" or "/nk-sea/") with a site path such as "articles/x/" or "/map/". */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}
