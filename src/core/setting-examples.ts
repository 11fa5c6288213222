/**
 * Settings quoted in messages as a person types them in committee.yaml: the same in every
 * language, so passed to the message as values (an ICU message cannot hold a brace of its
 * own, and a translator has nothing to translate in them).
 */
export const SETTING_EXAMPLES = {
  intakeFolder: 'intake: { kind: folder }',
  intakeImap: 'intake: { kind: imap }',
  imapOAuth: 'intake: { kind: imap, host, user, provider: … }',
  mailFrom: 'mail: { from: … }',
  localOutput: 'storage.output: { kind: local, dir: … }',
} as const;
