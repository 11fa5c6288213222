/**
 * Latin text written into a right-to-left message keeps its order on screen: a file extension
 * (.xlsx) or a folder (inbox/) whose punctuation touches the Arabic carries a LEFT-TO-RIGHT MARK
 * there (docs/translating.md), or an RTL mail client shows « (xlsx.) » and « /inbox ».
 */
import { describe, expect, it } from 'vitest';
import { MESSAGE_FILES } from '../../src/core/catalogue/generated.js';
import { translate } from '../../src/core/catalogue/render.js';
import { directionOf, type LocaleTag } from '../../src/core/locale-tag.js';

const LRM = '\u200e';

/** The right-to-left catalogues, each message with its id. */
const RTL_MESSAGES = Object.entries(MESSAGE_FILES)
  .filter(([file]) => directionOf(file as LocaleTag) === 'rtl')
  .flatMap(([file, parts]) =>
    Object.entries(parts ?? {}).flatMap(([part, messages]) =>
      Object.entries(messages).map(([key, text]) => ({ at: `${file}: ${part}.${key}`, text })),
    ),
  );

describe('Latin words in right-to-left messages', () => {
  it('mark a file extension or a path written in the text before its dot or slash', () => {
    // A word beginning with its punctuation, after a space, a bracket or a quotation mark
    // (.xlsx, /.default); not the end of a file's name ({day}.ics).
    const unmarked = RTL_MESSAGES.flatMap(({ at, text }) =>
      [...text.matchAll(/(?<=^|[\s(«])[./]+[A-Za-z][\w.]*/g)].map((m) => `${at}: ${m[0]}`),
    );
    expect(unmarked).toEqual([]);
  });

  it('mark a folder written in the text after its slash', () => {
    // A folder's name ending with its slash before Arabic or punctuation; not an address (https://…/).
    const unmarked = RTL_MESSAGES.flatMap(({ at, text }) =>
      [...text.matchAll(/(?<=^|[\s(«])(?![a-z]+:\/\/)[\w.-]+\/(?=[\s)»؛،.:]|$)/g)].map((m) => `${at}: ${m[0]}`),
    ); // prettier-ignore
    expect(unmarked).toEqual([]);
  });

  it.each(['ar', 'ar-MA'] as const)('%s: the emails ask for the sheet « (‎.xlsx) »', (tag) => {
    expect(translate(tag, 'email.refusalExpected', { deadline: 'other', due: '2027-01-14', round: 'r' })).toContain(`(${LRM}.xlsx)`);
    expect(translate(tag, 'template.returnText', { hasReplyTo: false, replyTo: '' })).toContain(`(${LRM}.xlsx)`);
  }); // prettier-ignore
});
