import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Azurite's well-known development account (public, documented by Microsoft; not a secret). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const LISTENING = /successfully listens on (http:\/\/127\.0\.0\.1:\d+)/;

/** An Azurite blob service started for a test, on a free loopback port, with its data in a temporary folder. */
export interface Azurite {
  connectionString: string;
  stop(): Promise<void>;
}

/** Starts Azurite's blob service (from node_modules) and waits until it listens. */
export async function startAzurite(): Promise<Azurite> {
  const location = await mkdtemp(path.join(tmpdir(), 'azurite-'));
  const child = spawn(
    process.execPath,
    [
      require.resolve('azurite/dist/src/blob/main.js'),
      ...['--blobHost', '127.0.0.1', '--blobPort', '0', '--location', location],
      ...['--skipApiVersionCheck', '--loose', '--disableTelemetry', '--silent'],
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Azurite did not start:\n${output}`)), 15_000);
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = LISTENING.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited with ${code}:\n${output}`));
    });
  });
  return {
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};BlobEndpoint=${url}/${DEV_ACCOUNT};`,
    stop: async () => {
      child.kill();
      await exited;
      await rm(location, { recursive: true, force: true });
    },
  };
}
