/**
 * A static server for the built site, as GitHub Pages serves it: under the base path, a folder's
 * index.html, `page` as `page.html`, the site's 404.html with status 404 for anything else.
 * Used by the browser tests and the bench; listens on 127.0.0.1 on a free port.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `npm run docs:build` writes the site, and the base it is built for. */
export const SITE_DIR = fileURLToPath(new URL('../../docs/.vitepress/dist/', import.meta.url));
export const SITE_BASE = '/zfxxgk/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
};

/** The file a URL path names in the site, or `undefined`. */
function fileFor(path: string): string | undefined {
  if (!path.startsWith(SITE_BASE)) return undefined;
  const relative = decodeURIComponent(path.slice(SITE_BASE.length));
  const file = normalize(join(SITE_DIR, relative));
  if (!file.startsWith(SITE_DIR)) return undefined;
  for (const candidate of [file, join(file, 'index.html'), `${file}.html`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

export interface SiteServer {
  /** The site's URL, ending with the base path. */
  url: string;
  /** Every path requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function serveSite(): Promise<SiteServer> {
  if (!existsSync(join(SITE_DIR, 'index.html'))) {
    throw new Error(`no built site in ${SITE_DIR}: run \`npm run docs:build\` first`);
  }
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    requests.push(path);
    const file = fileFor(path);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (!file) {
      res.writeHead(404, { 'content-type': TYPES['.html'] }).end(readFileSync(join(SITE_DIR, '404.html')));
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${SITE_BASE}`,
    requests,
    close: () => new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}
