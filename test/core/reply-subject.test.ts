import { describe, expect, it } from 'vitest';
import { replySubject } from '../../src/core/reply-subject.js';

describe('the Subject of an answer', () => {
  it.each([
    ['Rappel : fiche', 'RE: Rappel : fiche'],
    // Reply prefixes already there are not doubled, however many and however written.
    ['RE: Rappel : fiche', 'RE: Rappel : fiche'],
    ['RE: RE: Rappel', 'RE: Rappel'],
    ['Re: re:RE:  Rappel', 'RE: Rappel'],
    ['RE : Rappel', 'RE: Rappel'],
    ['Re\u00a0: Rappel', 'RE: Rappel'],
    ['RE\u202f: Rappel', 'RE: Rappel'],
    ['Re[2]: Rappel', 'RE: Rappel'],
    ['Re(3): Rappel', 'RE: Rappel'],
    ['Re^2: Rappel', 'RE: Rappel'],
    ['RES: Lembrete', 'RE: Lembrete'],
    ['Res: Lembrete', 'RE: Lembrete'],
    ['AW: Erinnerung', 'RE: Erinnerung'],
    ['SV: Påminnelse', 'RE: Påminnelse'],
    ['Antw: Herinnering', 'RE: Herinnering'],
    ['R: Promemoria', 'RE: Promemoria'],
    ['RIF: Promemoria', 'RE: Promemoria'],
    ['رد: تذكير', 'RE: تذكير'],
    ['رد: RE: تذكير', 'RE: تذكير'],
    ['回复：提醒', 'RE: 提醒'],
    // Forwards are part of the Subject answered: mail programs keep them.
    ['TR: Rappel', 'RE: TR: Rappel'],
    ['Fwd: Rappel', 'RE: Fwd: Rappel'],
    ['RV: Recordatorio', 'RE: RV: Recordatorio'],
    ['RE: TR: RE: Rappel', 'RE: TR: RE: Rappel'],
    // Words that only start like a prefix are the Subject itself.
    ['Réponse : fiche', 'RE: Réponse : fiche'],
    ['Rappel: fiche', 'RE: Rappel: fiche'],
    ['Resume: fiche', 'RE: Resume: fiche'],
    ['Re fiche', 'RE: Re fiche'],
    // Nothing to answer but prefixes, or no Subject at all: « RE: » alone, as mail programs do.
    ['', 'RE:'],
    ['  ', 'RE:'],
    ['RE:', 'RE:'],
    ['RE: RE: ', 'RE:'],
  ])('%j → %j', (original, expected) => {
    expect(replySubject(original)).toBe(expected);
  });

  it('keeps a long Subject whole (Gmail threads only when the Subjects match)', () => {
    const long = 'x'.repeat(20_000);
    expect(replySubject(`RE: ${long}`)).toBe(`RE: ${long}`);
  });
});
