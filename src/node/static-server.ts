/**
 * A minimal static file server for the built site, used by Playwright and the benchmark.
 * It serves `root` under `base` (e.g. "/nk-sea/") the way static hosts do: directory index
 * files, 404.html for missing paths, gzip for text when the browser accepts it, and nothing
 * outside the base. Compression matters for the benchmark: Lighthouse simulates slow 4G from
 * the bytes on the wire, and every common static host compresses HTML, CSS and JS.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pf_meta': 'application/octet-stream',
};

/** Types a static host compresses; images other than SVG, fonts and wasm are already compressed. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt', '.csv', '.webmanifest']);

async function fileFor(root: string, urlPath: string): Promise<string | undefined> {
  const candidate = resolve(join(root, normalize(decodeURIComponent(urlPath))));
  if (!candidate.startsWith(resolve(root))) return undefined;
  try {
    const info = await stat(candidate);
    if (info.isFile()) return candidate;
    if (info.isDirectory()) {
      const index = join(candidate, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

export function startStaticServer(root: string, port: number, base = '/'): Promise<Server> {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const inBase = path.startsWith(base) || `${path}/` === base;
    const file = inBase ? await fileFor(root, path.slice(base.length - 1) || '/') : undefined;
    if (file && !path.endsWith('/') && file.endsWith('index.html') && !path.endsWith('index.html')) {
      response.writeHead(301, { location: `${path}/` }).end();
      return;
    }
    const target = file ?? (await fileFor(root, '/404.html'));
    const type = extname(target ?? '');
    const gzip = COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(file ? 200 : 404, {
      'content-type': TYPES[type] ?? 'application/octet-stream',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    if (!target) {
      response.end('Not found');
      return;
    }
    // A file removed while it is being served (a test's temporary build) ends the response, not the server.
    const source = createReadStream(target).on('error', () => response.destroy());
    if (gzip) source.pipe(createGzip()).pipe(response);
    else source.pipe(response);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

// Run directly: node src/node/static-server.ts <root> <port> [base]
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '4321', base = '/'] = process.argv.slice(2);
  await startStaticServer(root, Number(port), base);
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`);
}
