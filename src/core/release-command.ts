/**
 * The command that releases a message held for the secretariat, as the command line, the
 * master and the report give it: one line the secretariat copies into a terminal, shown alone
 * on its own line and never with a direction mark in it (catalogue `command` values).
 */

/**
 * What every shell takes as it is, unquoted: a POSIX shell, PowerShell and Windows' cmd.exe
 * (where `<` and `>` redirect and single quotes are no quotes). A Message-ID is most often made
 * of these alone (`CAFx+ab=c_d-e@mail.gmail.com`).
 */
const PLAIN = /^[A-Za-z0-9][A-Za-z0-9._@+=:/#-]*$/;

/**
 * The command that releases a held message: its Message-ID (or its key, `<id>#1a2b3c4d5e6f`)
 * without the angle brackets, which redirect in every shell (`intake --release` takes it with
 * or without them), quoted only when a character of it would mean something to a shell.
 */
export function releaseCommand(messageId: string): string {
  const id = messageId.trim().replace(/^<(.*)>(#[0-9a-f]{12})?$/, '$1$2');
  return `ogp-tracker intake --release ${PLAIN.test(id) ? id : `'${id.replace(/'/g, `'\\''`)}'`}`;
}
