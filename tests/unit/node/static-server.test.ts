import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../../src/node/static-server.ts';

const root = mkdtempSync(join(tmpdir(), 'static-server-'));
mkdirSync(join(root, 'page'));
writeFileSync(join(root, 'page', 'index.html'), '<!doctype html><title>Page</title><p>Hello</p>');
writeFileSync(join(root, '404.html'), '<!doctype html><title>Missing</title>');
writeFileSync(join(root, 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));

let server: Server;
let port: number;

function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
    request({ host: '127.0.0.1', port, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });
}

beforeAll(async () => {
  server = await startStaticServer(root, 0);
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.close();
});

describe('static server', () => {
  it('gzips HTML for a browser that accepts gzip, as static hosts do', async () => {
    const response = await get('/page/', { 'accept-encoding': 'gzip, deflate, br' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['vary']).toBe('accept-encoding');
    expect(gunzipSync(response.body).toString()).toContain('<p>Hello</p>');
  });

  it('sends plain bytes to a client that does not accept gzip', async () => {
    const response = await get('/page/');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.toString()).toContain('<p>Hello</p>');
  });

  it('does not gzip fonts, which are compressed already', async () => {
    const response = await get('/font.woff2', { 'accept-encoding': 'gzip' });
    expect(response.headers['content-type']).toBe('font/woff2');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.length).toBe(4);
  });

  it('serves 404.html with status 404, compressed too', async () => {
    const response = await get('/nowhere/', { 'accept-encoding': 'gzip' });
    expect(response.status).toBe(404);
    expect(gunzipSync(response.body).toString()).toContain('Missing');
  });
});
