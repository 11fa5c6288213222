/**
 * The template's funding sources are no country's: they name the ministry that coordinates
 * the plan, not Morocco's, in every language; a sheet filled with the words of an earlier
 * template (« MRAFP ») still reads.
 */
import { describe, expect, it } from 'vitest';
import { MESSAGE_FILES } from '../../src/core/catalogue/generated.js';
import type { LocaleTag } from '../../src/core/locale-tag.js';
import { choiceTranslations, templateWords } from '../../src/core/template-words.js';
import { validateSubmission } from '../../src/core/validate-submission.js';
import { setCell, TEST_CONTEXT, validWorkbook } from '../helpers/raw-workbook.js';

const TAGS = Object.keys(MESSAGE_FILES) as LocaleTag[];

describe('the funding sources of the template', () => {
  it('name the coordinating ministry, not Morocco’s, in every language', () => {
    expect(templateWords('fr').choices.funding).toEqual([
      "Budget de l'institution",
      'Ministère coordinateur',
      'Partenaire technique et financier',
      'Sans coût',
      'À rechercher',
    ]);
    for (const tag of TAGS) expect(templateWords(tag).choices.funding.join(), tag).not.toMatch(/MRAFP/);
  }); // prettier-ignore

  it('still read « MRAFP », as earlier French templates wrote it, as the coordinating ministry', () => {
    expect(choiceTranslations('funding').get('coordinating-ministry')).toContain('MRAFP');
    const workbook = validWorkbook();
    setCell(workbook, 'Actions de communication', 'J2', 'MRAFP');
    for (const locale of ['fr', 'en'] as const) {
      const reading = validateSubmission(workbook, { ...TEST_CONTEXT, locale });
      expect(reading.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(reading.actions[0]?.funding).toBe('coordinating-ministry');
    }
  });
});
