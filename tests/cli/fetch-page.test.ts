import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchHtml } from '../../cli/fetch-page';

let server: http.Server;
let base = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    switch (req.url) {
      case '/page':
        res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
        res.end(Buffer.from([...Buffer.from('<p>caf'), 0xe9, 0x20, 0x96, ...Buffer.from('</p>')]));
        return;
      case '/pdf':
        res.writeHead(200, { 'content-type': 'application/pdf' });
        res.end('%PDF-1.7');
        return;
      case '/big':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<p>' + 'x'.repeat(5000) + '</p>');
        return;
      case '/slow':
        return; // never answers
      default:
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('nope');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

describe('fetchHtml', () => {
  it('decodes with the charset from the Content-Type header', async () => {
    expect(await fetchHtml(`${base}/page`, { timeoutMs: 2000 })).toEqual({
      ok: true,
      html: '<p>café –</p>',
      encoding: 'windows-1252',
    });
  });

  it('reports HTTP errors, non-HTML content types and oversized pages', async () => {
    expect(await fetchHtml(`${base}/missing`, { timeoutMs: 2000 })).toEqual({
      ok: false,
      error: 'HTTP 404 Not Found',
    });
    expect(await fetchHtml(`${base}/pdf`, { timeoutMs: 2000 })).toEqual({
      ok: false,
      error: 'not HTML (content-type application/pdf)',
    });
    expect(await fetchHtml(`${base}/big`, { timeoutMs: 2000, maxBytes: 1000 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^page larger than /),
    });
  });

  it('times out a server that never answers', async () => {
    expect(await fetchHtml(`${base}/slow`, { timeoutMs: 200 })).toEqual({
      ok: false,
      error: 'timed out after 200 ms',
    });
  });

  it('time the process spends blocked in analysis is not charged to a request', async () => {
    // The CLI analyzes one page (synchronously) while others download; here 300 ms of blocking
    // against a 100 ms timeout must not turn a fast answer into a timeout.
    let blocked = 0;
    const pending = fetchHtml(`${base}/page`, { timeoutMs: 100, blockedMs: () => blocked });
    const start = performance.now();
    while (performance.now() - start < 300) {
      // busy, like analyzePage on a large page
    }
    blocked += performance.now() - start;
    expect(await pending).toMatchObject({ ok: true });
  });

  it('names an unreachable host', async () => {
    const closed = http.createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    expect(await fetchHtml(`http://127.0.0.1:${port}/`, { timeoutMs: 2000 })).toEqual({
      ok: false,
      error: 'unreachable (connection refused)',
    });
  });
});
