/**
 * Arabic says one thing with one word: what the secretariat reads in the terminal, the master,
 * the report and the status page names the same thing the same way, in plain Arabic (`ar`, and
 * Jordan's `ar-JO` over it) and in Morocco's (`ar-MA`), each consistent within itself.
 */
import { describe, expect, it } from 'vitest';
import { messageText, translate } from '../../src/core/catalogue/render.js';
import { MESSAGE_FILES } from '../../src/core/catalogue/generated.js';
import type { LocaleTag } from '../../src/core/locale-tag.js';

/** Every message id of the source catalogue. */
const IDS = Object.entries(MESSAGE_FILES.fr ?? {}).flatMap(([part, messages]) =>
  Object.keys(messages).map((key) => `${part}.${key}`),
);

/** The messages a reader of `tag` reads that hold `word` (letters without vowel marks). */
function saying(tag: LocaleTag, word: RegExp): string[] {
  return IDS.filter((id) => word.test(messageText(tag, id) ?? ''));
}

describe('tracking, in Arabic', () => {
  it.each([
    ['ar', /تتبع/],
    ['ar-JO', /تتبع/],
    // Morocco's administration says التتبع, its files too (التتبع-الموحد.xlsx).
    ['ar-MA', /متابعة/],
  ] as const)('%s says it with one word', (tag, other) => {
    expect(saying(tag, other)).toEqual([]);
  });

  it.each([
    ['ar', 'مصنف المتابعة الموحد', 'صفحة المتابعة'],
    ['ar-JO', 'مصنف المتابعة الموحد', 'صفحة المتابعة'],
    ['ar-MA', 'مصنف التتبع الموحد', 'صفحة التتبع'],
  ] as const)('%s: the terminal and the report name the master and the page alike', (tag, master, page) => {
    expect(translate(tag, 'cli.master', { file: 'x' })).toContain(master);
    expect(translate(tag, 'cli.page', { file: 'x' })).toContain(page);
    expect(messageText(tag, 'cli.usage')).toContain(master);
    expect(translate(tag, 'report.attached', { file: 'x' })).toContain(master);
    expect(translate(tag, 'report.linked', { reason: 'drive', link: 'x' })).toContain(master);
    expect(translate(tag, 'report.page', { where: 'here', link: 'x', file: 'x' })).toContain(page);
  }); // prettier-ignore
});

describe('the intake, the report and the schedule, in Arabic', () => {
  it('says which messages it left aside: automatic ones, or ours', () => {
    expect(messageText('ar', 'cli.intakeLine')).toContain('(رسائل آلية أو صادرة عنا)');
  });

  it.each(['ar', 'ar-MA'] as const)('%s: a sheet filed without authentication is « registered », as the intake says it', (tag) => {
    const item = translate(tag, 'report.mailboxItem', { outcome: 'unauthenticated', from: 'a@example.org', subject: 's', received: '2027-01-11', note: 'n', messageId: '<m@example.org>' });
    expect(item).toMatch(/^مسجَّلة دون مصادقة: /);
  }); // prettier-ignore

  it.each(['ar', 'ar-MA'] as const)('%s: a received sheet has one word, in the terminal, the report and the master', (tag) => {
    const received = translate(tag, 'values.status', { status: 'received' });
    const counts = { commitments: 3, received: 1, toFix: 0, toUpdate: 0, missing: 2, late: 0 };
    expect(translate(tag, 'cli.sheets', counts)).toContain(`بطاقات ${received} 1`);
    expect(translate(tag, 'report.sheets', { ...counts, today: '2027-01-15', meeting: true, date: '2027-01-20', round: 'r' })).toContain(`البطاقات ال${received}`);
    expect(translate(tag, 'report.lateItem', { id: 1, title: 't', institution: 'i', focalPoint: 'f', status: 'received', dated: false, lastUpdate: '' })).toContain(`: ${received}`);
    expect(translate(tag, 'master.totals', { ...counts, withRound: false, round: '' })).toContain(received);
  }); // prettier-ignore

  it.each(['ar', 'ar-MA'] as const)('%s: the schedule names the secretariat as its audience column does', (tag) => {
    const secretariat = translate(tag, 'calendar.secretariat');
    expect(translate(tag, 'calendar.late', { copy: 'substitutes_secretariat' })).toContain(`، ${secretariat})`);
  }); // prettier-ignore
});
