/**
 * The command that releases a message held for the secretariat, as the command line, the
 * master and the report give it: one line the secretariat copies into a terminal, shown alone
 * on its own line and never with a direction mark in it (catalogue `command` values).
 */

/** The command that releases a held message, quoted for a shell. */
export function releaseCommand(messageId: string): string {
  return `ogp-tracker intake --release '${messageId}'`;
}
