/**
 * Google's own Firestore emulator (from the Google Cloud SDK, Java 17) on a free loopback
 * port, for the tests that keep the run state in Firestore. `.ci/run` starts one and exports
 * FIRESTORE_EMULATOR_HOST; otherwise each test file starts its own and stops it (POST
 * /shutdown, then the process). A developer without the SDK gets those tests skipped, never
 * CI (CI=true).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe } from 'vitest';

const LAUNCHER = join('platform', 'cloud-firestore-emulator', 'cloud_firestore_emulator');

/** The emulator's launcher (not the gcloud wrapper, whose SIGTERM leaves Java running). */
function findLauncher(): string | null {
  const roots = ['/usr/lib/google-cloud-sdk', '/usr/share/google-cloud-sdk'];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const gcloud = join(dir, 'gcloud');
    if (existsSync(gcloud)) roots.push(join(dirname(realpathSync(gcloud)), '..'));
  }
  const found = roots.map((root) => join(root, LAUNCHER)).find((path) => existsSync(path));
  if (!found) return null;
  return spawnSync('java', ['-version']).status === 0 ? found : null;
}

const launcher = process.env.FIRESTORE_EMULATOR_HOST ? null : findLauncher();

/** True when Firestore tests can run here: an emulator is given, or one can be started. */
export const firestoreAvailable = Boolean(process.env.FIRESTORE_EMULATOR_HOST || launcher);

/** `describe` when the emulator is there; skipped on a developer's machine without it, never in CI. */
export const describeWithFirestore: typeof describe =
  firestoreAvailable || process.env.CI ? describe : (describe.skip as typeof describe);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface FirestoreEmulator {
  /** `127.0.0.1:PORT`, as FIRESTORE_EMULATOR_HOST takes it. */
  host: string;
  /** Deletes every document of a project. */
  clear(projectId: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The emulator CI started, or a new one for this file; sets FIRESTORE_EMULATOR_HOST. Null on
 * a developer's machine without the SDK (the tests are skipped there), never under CI.
 */
export async function startFirestoreEmulator(): Promise<FirestoreEmulator | null> {
  if (!firestoreAvailable && !process.env.CI) return null;
  // Google clients must never look for the cloud metadata server from a test.
  process.env.METADATA_SERVER_DETECTION = 'none';
  const given = process.env.FIRESTORE_EMULATOR_HOST;
  let child: ChildProcess | null = null;
  let host = given ?? '';
  if (!given) {
    if (!launcher) throw new Error('Émulateur Firestore introuvable : installez le Google Cloud SDK et Java 17.'); // prettier-ignore
    const port = await freePort();
    host = `127.0.0.1:${port}`;
    child = spawn(launcher, ['start', '--host=127.0.0.1', `--port=${port}`], { stdio: 'ignore' });
    const deadline = Date.now() + 30_000;
    for (;;) {
      const ready = await fetch(`http://${host}/`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) break;
      if (Date.now() > deadline || child.exitCode !== null) {
        child.kill('SIGKILL');
        throw new Error(`L'émulateur Firestore n'a pas démarré sur ${host}.`);
      }
      await sleep(200);
    }
    process.env.FIRESTORE_EMULATOR_HOST = host;
  }
  return {
    host,
    clear: async (projectId) => {
      await fetch(`http://${host}/emulator/v1/projects/${projectId}/databases/(default)/documents`, { method: 'DELETE' }); // prettier-ignore
    },
    stop: async () => {
      if (!child) return;
      await fetch(`http://${host}/shutdown`, { method: 'POST' }).catch(() => undefined);
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      const timer = setTimeout(() => child?.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
      delete process.env.FIRESTORE_EMULATOR_HOST;
    },
  };
}
