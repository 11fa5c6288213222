/** Arabic counts the catalogues share, agreed in number (`Intl.PluralRules`' six forms). */
import { plural } from '../text.js';

/** Errors: « خطأ واحد، خطآن، 3 أخطاء، 11 خطأً ». */
export function arErrors(n: number): string {
  return plural('ar', n, {
    zero: 'لا أخطاء',
    one: 'خطأ واحد',
    two: 'خطآن',
    few: '# أخطاء',
    many: '# خطأً',
    other: '# خطأ',
  });
}
