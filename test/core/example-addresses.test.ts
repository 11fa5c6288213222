/**
 * The examples a message gives of an address, a link or a server are no country's:
 * example.org's, in every language (Morocco's own variant, ar-MA, keeps its readers' domain).
 */
import { describe, expect, it } from 'vitest';
import { render, translate } from '../../src/core/catalogue/render.js';
import { MESSAGE_FILES } from '../../src/core/catalogue/generated.js';
import type { LocaleTag } from '../../src/core/locale-tag.js';
import { authenticationWarnings } from '../../src/core/sender-authentication.js';

const TAGS = Object.keys(MESSAGE_FILES) as LocaleTag[];
/** Every catalogue but Morocco's own variant, whose readers are Moroccan. */
const NEUTRAL_TAGS = TAGS.filter((tag) => tag !== 'ar-MA');

describe('the examples of an address or a server', () => {
  it('are example.org’s in every language', () => {
    for (const tag of NEUTRAL_TAGS) {
      const texts = [
        render(tag, { id: 'cells.notAnEmail', values: { value: 'x@' } }),
        render(tag, { id: 'cells.notAUrl', values: { value: 'x' } }),
        translate(tag, 'config.emailExample'),
        translate(tag, 'roster.emailError'),
        translate(tag, 'intake.exampleServer'),
        authenticationWarnings({ kind: 'folder' }, tag).join(),
      ];
      for (const text of texts) {
        expect(text, tag).toMatch(/example\.org/);
        expect(text, tag).not.toMatch(
          /\.(ma|mx|br|jo|gov)\b|institution\.org|ministere|prefeitura/,
        );
      }
    }
  });

  it('are example.org’s in the note of the committee workbook’s email column', () => {
    for (const tag of NEUTRAL_TAGS) {
      const note = render(tag, { id: 'roster.columnNote', values: { column: 'email', sheet: '' } });
      expect(note, tag).toMatch(/@example\.org/);
      expect(note, tag).not.toMatch(/\.(ma|mx|br|jo)\b/);
    }
  });
});
