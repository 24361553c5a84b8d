import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';

/**
 * A real back-office address on this machine: an HTTPS server on 127.0.0.1 with a certificate made for the run,
 * forwarding every request to a local server (the demo platform). Chromium is pointed at it with
 * `--host-resolver-rules`, Firefox with its network prefs, so the **store build**, which knows only Back Market's own
 * hosts, runs on pages served at `https://www.backmarket.co.uk/bo-seller/...` exactly as it would on the live site.
 * Nothing leaves the machine.
 */
export interface LiveHost {
  host: string;
  origin: string;
  /** Chromium switches that send `host` to this server and accept its certificate. */
  chromiumArgs: string[];
  /**
   * Firefox prefs that send `host` to this server (Firefox has no host rules: the name resolves to the loopback
   * interface and port 443 is remapped to this server's); the certificate is accepted with `acceptInsecureCerts`.
   */
  firefoxPrefs: Record<string, string>;
  close(): Promise<void>;
}

export async function startLiveHost(host: string, upstreamOrigin: string): Promise<LiveHost> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'returndesk-live-host-'));
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      `/CN=${host}`,
      '-addext',
      `subjectAltName=DNS:${host}`,
    ],
    { stdio: 'ignore' },
  );
  const upstream = new URL(upstreamOrigin);
  const server = https.createServer({ key: await fs.readFile(key), cert: await fs.readFile(cert) }, (request, response) => {
    const forwarded = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, host: upstream.host },
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    forwarded.on('error', () => response.writeHead(502).end());
    request.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    host,
    origin: `https://${host}`,
    chromiumArgs: [
      `--host-resolver-rules=MAP ${host} 127.0.0.1:${port}`,
      // The request recorder is the browser's proxy: this host must go straight to the rule above.
      `--proxy-bypass-list=${host}`,
      '--ignore-certificate-errors',
    ],
    firefoxPrefs: {
      'network.dns.localDomains': host,
      // Every connection to port 443 goes to this server; all other hosts go through the request recorder (the
      // browser's proxy) and are refused there, so no other https connection is made directly.
      'network.socket.forcePort': `443=${port}`,
      // The request recorder is the browser's proxy: this host must go straight to the server.
      'network.proxy.no_proxies_on': `localhost, 127.0.0.1, ${host}`,
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
