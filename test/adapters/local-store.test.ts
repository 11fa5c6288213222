import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalStore } from '../../src/adapters/local-store.js';
import type { LedgerEntry } from '../../src/core/ledger.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ogp-store-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const entry = (n: number): LedgerEntry => ({
  key: `rappel|e${n}`,
  recipient: `pf${n}@example.org`,
  messageId: `<m${n}@example.org>`,
  kind: 'reminder',
  subject: `Rappel ${n}`,
  at: '2019-01-07T08:00:00.000Z',
  transport: 'smtp',
});

describe('the ledger of deliveries', () => {
  it('skips a line cut by a crash and keeps what is appended after it', async () => {
    const dir = join(root, 'torn');
    await new LocalStore(dir).appendLedger(entry(1));
    // A process killed in the middle of its next write.
    await appendFile(join(dir, 'state', 'ledger.jsonl'), JSON.stringify(entry(2)).slice(0, 40));
    const store = new LocalStore(dir);
    await store.appendLedger(entry(3));
    await store.appendLedger(entry(4));
    expect((await store.loadLedger()).map((e) => e.recipient)).toEqual(['pf1@example.org', 'pf3@example.org', 'pf4@example.org']);
    expect((await readFile(join(dir, 'state', 'ledger.jsonl'), 'utf8')).split('\n')).toHaveLength(5);
  });
}); // prettier-ignore
