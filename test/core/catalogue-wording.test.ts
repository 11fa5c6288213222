/**
 * Words as a native reader writes them, checked over every message: Portuguese names a
 * workbook's sheet « aba » and the committee workbook « pasta de trabalho »; a completion level
 * has one name in the committee workbook, the fiche and the status page; the committee's name
 * is never given an article that assumes its gender (« del Comisión »); Spanish emails open as
 * an administration's do.
 */
import { describe, expect, it } from 'vitest';
import { messageText, translate } from '../../src/core/catalogue/render.js';
import { MESSAGE_FILES } from '../../src/core/catalogue/generated.js';
import type { LocaleTag } from '../../src/core/locale-tag.js';
import { IRM_LEVELS } from '../../src/core/completion.js';
import { choiceId, choiceWord } from '../../src/core/roster/roster-words.js';

/** Every message id of the source catalogue. */
const IDS = Object.entries(MESSAGE_FILES.fr ?? {}).flatMap(([part, messages]) =>
  Object.keys(messages).map((key) => `${part}.${key}`),
);

/** The messages a reader of `tag` reads that hold `words`, with what is around them. */
function saying(tag: LocaleTag, words: RegExp): string[] {
  return IDS.flatMap((id) => {
    const text = messageText(tag, id) ?? '';
    return [...text.matchAll(new RegExp(words, 'g'))].map(
      (m) => `${id}: …${text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 20)}…`,
    );
  });
}

describe('Portuguese', () => {
  it('names a workbook’s sheet « aba »; « planilha » is a Google Sheet (or any spreadsheet)', () => {
    const planilha = saying('pt', /[Pp]lanilha(?! Google)/).filter(
      (said) =>
        // A Google Sheet named again (« a planilha »), and a spreadsheet in general.
        !/^(roster-load\.sharingUnknown|cli\.configPushRosterWorkbook|open-data\.formulas):/.test(said),
    );
    expect(planilha).toEqual([]);
    expect(saying('pt', /planilha do comitê/)).toEqual([]);
    expect(translate('pt', 'template.step1', { sheet: 'Compromisso' })).toMatch(/^1\. Aba “Compromisso”: /);
  }); // prettier-ignore

  it('says what is to be done with « para », not the French-built « a adaptar »', () => {
    expect(saying('pt', /\ba (adaptar|completar)\b/)).toEqual([]);
    expect(translate('pt', 'cli.configWritten', { file: 'committee.yaml' })).toBe('Configuração escrita: committee.yaml (para adaptar ao seu comitê).');
  }); // prettier-ignore

  it('names a country without the article it may need (« Brasil: comitê inicial … »)', () => {
    expect(translate('pt', 'starter.intro', { place: 'Brasil' })).toMatch(/^Brasil: comitê inicial /);
  }); // prettier-ignore

  it('agrees the report’s unauthenticated sheets with their number, and its held messages with the intake’s', () => {
    expect(translate('pt', 'report.mailboxFiled', { count: 2 })).toMatch(/devem ser confirmadas com cada remetente\.$/);
    expect(translate('pt', 'report.mailboxFiled', { count: 1 })).toMatch(/deve ser confirmada com o remetente\.$/);
    const item = (outcome: 'held' | 'unauthenticated') => translate('pt', 'report.mailboxItem', { outcome, from: 'a@example.org', subject: 's', received: '2027-01-11', note: 'n', messageId: '<m@example.org>' });
    expect([item('held'), item('unauthenticated')].map((t) => t.split(':')[0])).toEqual(['retida', 'registrada']);
    expect(translate('pt', 'cli.intakeDetail', { outcome: 'held', commitments: 0, ids: '', from: 'a', subject: 's', noted: false, note: '' })).toMatch(/^Retida /);
  }); // prettier-ignore
});

describe('a completion level', () => {
  it.each(['fr', 'en', 'es', 'pt', 'ar'] as const)('%s: has one name in the committee workbook, the fiche and the status page', (tag) => {
    for (const level of IRM_LEVELS.filter((l) => l !== 'no-data')) {
      const value = level.replace('-', '_') as 'not_started';
      expect(choiceWord(tag, 'levels', level), level).toBe(translate(tag, 'template-sheet.completion', { value }));
    }
  }); // prettier-ignore

  it('written as an earlier Portuguese workbook wrote it, still reads', () => {
    expect(choiceId('levels', 'Concluído')).toBe('complete');
    expect(choiceId('levels', 'Completo')).toBe('complete');
  });
});

describe('the committee’s name', () => {
  it.each([
    ['fr', /\b(du|le|au) \{committee\}/],
    ['es', /\b(del|el|al) \{committee\}/],
    ['pt', /\b(do|o|pelo|ao|para o) \{committee\}/],
  ] as const)('%s: never follows an article that assumes it is masculine (a Comisión, a Commission)', (tag, article) => {
    expect(saying(tag, article)).toEqual([]);
    expect(translate(tag, 'email.signature', { committee: 'Comisión Nacional' }).split('\n')[1]).toBe('Comisión Nacional');
  }); // prettier-ignore
});

describe('a Spanish email', () => {
  it('opens as an administration’s does, at any hour', () => {
    expect(translate('es', 'email.hello', { name: 'Ana Torres' })).toBe('Buen día, Ana Torres:');
    expect(saying('es', /\bHola\b/)).toEqual([]);
  });
});
