/**
 * An unknown sender is said as what it is not: every role a known sender may hold (focal point,
 * substitute, communication officer, secretariat — `senderRole`), in every language.
 */
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/core/catalogue/render.js';

describe('an unknown sender', () => {
  it.each([
    ['fr', "x@example.org n'est ni point focal, ni suppléant, ni responsable communication, ni du secrétariat"],
    ['en', 'x@example.org is not a focal point, a substitute, a communication officer or a member of the secretariat'],
    ['es', 'x@example.org no es punto focal, ni suplente, ni responsable de comunicación, ni de la secretaría'],
    ['pt', 'x@example.org não é ponto focal, nem suplente, nem responsável pela comunicação, nem da secretaria'],
    ['ar', 'مسؤول تواصل'],
    ['ar-MA', 'مسؤول تواصل'],
  ] as const)('%s: is none of the roles a known sender holds', (tag, said) => {
    expect(translate(tag, 'intake.unknownSender', { from: 'x@example.org' })).toContain(said);
  }); // prettier-ignore
});
