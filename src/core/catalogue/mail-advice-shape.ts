/**
 * What a mail failure means and what to do, for an administrator, in the language of the one
 * who runs `mail-check` (core/mail-advice.ts tells the failures apart).
 */

/** The known failures, most specific first (the order the rules test them). */
export const MAIL_ADVICE_IDS = [
  'smtp-auth-disabled',
  'basic-auth-off',
  'auth-required',
  'app-password',
  'exchange-oauth',
  'login-refused',
  'too-large',
  'entra-secret',
  'entra-unknown',
  'invalid-scope',
  'no-client-secret',
  'no-google-key',
  'no-delegation',
  'invalid-grant',
  'graph-denied',
  'no-mailbox',
  'gmail-denied',
  'token-refused',
  'port-25',
  'dns',
  'tls',
  'refused',
  'timeout',
  // The same refusals when the intake reads its mailbox: other permissions, another key.
  'graph-read-denied',
  'no-mailbox-read',
  'gmail-read-denied',
  'no-delegation-read',
] as const;
export type MailAdviceId = (typeof MAIL_ADVICE_IDS)[number];

/** The cause and the fix. */
export interface MailAdvice {
  cause: string;
  fix: string;
}

export type MailAdviceWords = Record<MailAdviceId, MailAdvice>;

/** The advice `id` names in `words`; null when it names none (a failure no rule knows). */
export function adviceIn(words: MailAdviceWords, id: string): MailAdvice | null {
  return (MAIL_ADVICE_IDS as readonly string[]).includes(id) ? words[id as MailAdviceId] : null;
}
