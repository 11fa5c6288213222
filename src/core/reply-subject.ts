/**
 * The Subject of an answer: « RE: » and the Subject answered, as mail programs write it, so
 * that Gmail (which threads a message only when the Subjects match) and Outlook's
 * conversations show the answer with the message it answers. What we have to say goes in
 * the body's first line, never in the Subject.
 */

/**
 * The reply prefixes mail programs write, by language (matched whatever the case): `Re`
 * (English, French, Spanish…), `RES` (Brazilian Outlook), `AW` (German), `SV` (Swedish,
 * Danish, Norwegian), `Antw` (Dutch), `R` and `RIF` (Italian), `Odp` (Polish), `YNT`
 * (Turkish), `رد` (Arabic Outlook), `回复`, `答复`, `回覆` (Chinese). Forward prefixes (`TR`,
 * `Fwd`, `FW`, `RV`, `ENC`, `WG`…) are part of the Subject answered, as every mail program
 * keeps them (« RE: TR: Rappel »): taking them off would change the Subject that threads.
 * `VS` is left out: a reply in Finnish, a forward in Danish and Norwegian.
 */
export const REPLY_PREFIXES = [
  're',
  'res',
  'aw',
  'sv',
  'antw',
  'r',
  'rif',
  'odp',
  'ynt',
  'رد',
  '回复',
  '答复',
  '回覆',
] as const;

/** The prefix an answer gets. */
export const REPLY_PREFIX = 'RE:';

/**
 * One reply prefix at the start: its word, an optional count (`Re[2]:`, `Re(2):`, `Re^2:`),
 * spaces before the colon (French « RE : », with a no-break space too), the colon (or the
 * full-width one), then spaces.
 */
const LEADING_PREFIX = new RegExp(
  `^(?:${REPLY_PREFIXES.join('|')})(?:\\[\\d+\\]|\\(\\d+\\)|\\^\\d+)?\\s*[:：]\\s*`,
  'iu',
);

/**
 * The Subject of an answer to a message whose Subject is `original`: « RE: » and the
 * original without the reply prefixes it already starts with (« RE: RE: Rappel » →
 * « RE: Rappel »), kept whole otherwise: Gmail threads an answer only when its Subject
 * matches. A message without a Subject gets « RE: » alone, as mail programs answer it (the
 * same empty Subject, so the same thread).
 */
export function replySubject(original: string): string {
  let rest = original.trim();
  for (let match = LEADING_PREFIX.exec(rest); match; match = LEADING_PREFIX.exec(rest)) {
    rest = rest.slice(match[0].length);
  }
  return rest ? `${REPLY_PREFIX} ${rest}` : REPLY_PREFIX;
}
