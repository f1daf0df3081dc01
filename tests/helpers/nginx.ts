// Debian's nginx serving a published directory with the configuration docs/DEPLOY.md shows
// (deploy/nginx/*.conf, only the paths and the port replaced). `.ci/run` installs nginx when missing.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const DEPLOY = new URL('../../deploy/nginx/', import.meta.url);

export function nginxBinary(): string {
  for (const p of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx']) if (existsSync(p)) return p;
  const w = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  if (w.status === 0 && w.stdout.trim()) return w.stdout.trim();
  throw new Error('nginx is not installed (Debian package nginx-light; .ci/run installs it)');
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

export interface Nginx {
  url: string;
  stop(): Promise<void>;
}

/** Serves `site` as the documented mirror does; `work` holds the configuration, pid and temp files. */
export async function startNginxMirror(site: string, work: string): Promise<Nginx> {
  mkdirSync(work, { recursive: true });
  // nginx's workers run as an unprivileged user when started as root: they must be able to reach
  // and read the site (mkdtemp makes its folders private).
  for (let d = site; d.startsWith(tmpdir()) && d !== tmpdir(); d = dirname(d)) chmodSync(d, 0o755);
  chmodSync(work, 0o755);
  const port = await freePort();
  const files = readFileSync(new URL('warncheck-files.conf', DEPLOY), 'utf8').replace('root /srv/warncheck/site;', `root ${site};`);
  const mirror = readFileSync(new URL('warncheck-mirror.conf', DEPLOY), 'utf8')
    .replace('listen 127.0.0.1:8082;', `listen 127.0.0.1:${port};`)
    .replace('include /etc/nginx/warncheck-files.conf;', `include ${join(work, 'warncheck-files.conf')};`);
  writeFileSync(join(work, 'warncheck-files.conf'), files);
  writeFileSync(join(work, 'warncheck-mirror.conf'), mirror);
  const temp = (n: string) => `${n} ${join(work, n.replace(/_path$/, ''))};`;
  writeFileSync(
    join(work, 'nginx.conf'),
    `worker_processes 1;\npid ${join(work, 'nginx.pid')};\nerror_log ${join(work, 'error.log')};\nevents { worker_connections 256; }\n` +
      `http {\n  include /etc/nginx/mime.types;\n  ${['client_body_temp_path', 'proxy_temp_path', 'fastcgi_temp_path', 'uwsgi_temp_path', 'scgi_temp_path'].map(temp).join('\n  ')}\n` +
      `  include ${join(work, 'warncheck-mirror.conf')};\n}\n`,
  );
  const bin = nginxBinary();
  const check = spawnSync(bin, ['-t', '-p', work, '-c', join(work, 'nginx.conf')], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t: ${check.stderr}`);
  const proc: ChildProcess = spawn(bin, ['-p', work, '-c', join(work, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      await fetch(`${url}/log/checkpoint`);
      break;
    } catch {
      if (i > 200 || proc.exitCode !== null) throw new Error(`nginx did not start: ${readFileSync(join(work, 'error.log'), 'utf8')}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  return {
    url,
    stop: () =>
      new Promise((done) => {
        if (proc.exitCode !== null) return done();
        proc.once('exit', () => done());
        proc.kill('SIGQUIT');
      }),
  };
}
