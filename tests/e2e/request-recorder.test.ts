import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRequestRecorder, type RequestRecorder } from './harness/request-recorder';

/** The recorder is what makes "no request left 127.0.0.1" mean something: it must see and refuse both kinds. */
describe('request recorder', () => {
  let recorder: RequestRecorder;
  let local: http.Server;
  let localPort: number;

  beforeAll(async () => {
    recorder = await startRequestRecorder();
    local = http.createServer((_request, response) => response.end('local ok'));
    await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', () => resolve()));
    localPort = (local.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await recorder.close();
    await new Promise<void>((resolve) => local.close(() => resolve()));
  });

  /** Sends a request through the proxy the way a browser does; resolves with the status code. */
  function viaProxy(options: http.RequestOptions): Promise<number> {
    return new Promise((resolve, reject) => {
      const request = http.request({ host: '127.0.0.1', port: recorder.port, ...options });
      request.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('connect', (response, socket) => {
        socket.destroy();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
      request.end();
    });
  }

  it('records and refuses a plain HTTP request for another host', async () => {
    recorder.clear();
    expect(await viaProxy({ method: 'GET', path: 'http://example.invalid/script.js' })).toBe(403);
    expect(recorder.leaks()).toEqual([{ method: 'GET', host: 'example.invalid', port: 80, target: 'http://example.invalid/script.js' }]);
  });

  it('records and refuses an HTTPS tunnel', async () => {
    recorder.clear();
    expect(await viaProxy({ method: 'CONNECT', path: 'cdn.jsdelivr.net:443' })).toBe(403);
    expect(recorder.leaks().map((entry) => entry.target)).toEqual(['cdn.jsdelivr.net:443']);
  });

  it('forwards loopback requests without recording them', async () => {
    recorder.clear();
    expect(await viaProxy({ method: 'GET', path: `http://127.0.0.1:${localPort}/` })).toBe(200);
    expect(recorder.requests()).toEqual([]);
  });
});
