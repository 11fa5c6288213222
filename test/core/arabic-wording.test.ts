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
