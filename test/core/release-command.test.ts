/**
 * The release command the secretariat copies works in any terminal: the held message's
 * Message-ID without its angle brackets (`<` and `>` redirect in a POSIX shell, PowerShell and
 * Windows' cmd.exe alike, and cmd.exe takes single quotes as text), quoted only when a character
 * of it would mean something to a shell; `intake --release` takes it back, with or without them.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { releaseCommand } from '../../src/core/release-command.js';
import { heldKey } from '../../src/jobs/intake.js';

/** The argument a POSIX shell passes after `--release` when the command is pasted into it. */
function asTheShellReadsIt(command: string): string {
  const args = command.replace(/^ogp-tracker /, '');
  return execFileSync('sh', ['-c', `f() { printf '%s' "$3"; }; f ${args}`], { encoding: 'utf8' });
}

describe('the release command', () => {
  it.each([
    ['<reply-otieno-2027-01-14@example.org>', 'ogp-tracker intake --release reply-otieno-2027-01-14@example.org'],
    ['<CAFx+ab=c_d-e.f@mail.gmail.com>', 'ogp-tracker intake --release CAFx+ab=c_d-e.f@mail.gmail.com'],
    ['<AM0PR07MB1234.eurprd07.prod.outlook.com>#1a2b3c4d5e6f', 'ogp-tracker intake --release AM0PR07MB1234.eurprd07.prod.outlook.com#1a2b3c4d5e6f'],
    ['<a$b!c@example.org>', "ogp-tracker intake --release 'a$b!c@example.org'"],
    ["<o'neil@example.org>", "ogp-tracker intake --release 'o'\\''neil@example.org'"],
  ])('for %s is %s, and gives the held message back', (key, command) => {
    expect(releaseCommand(key)).toBe(command);
    expect(command).not.toMatch(/[<>]/);
    // Pasted into a shell, then read by intake --release: the very key the message is held under.
    expect(heldKey(asTheShellReadsIt(command))).toBe(key);
  }); // prettier-ignore

  it('is taken with or without its angle brackets', () => {
    expect(heldKey('reply@example.org')).toBe('<reply@example.org>');
    expect(heldKey(' <reply@example.org> ')).toBe('<reply@example.org>');
    expect(heldKey('reply@example.org#1a2b3c4d5e6f')).toBe('<reply@example.org>#1a2b3c4d5e6f');
    expect(heldKey('<reply@example.org>#1a2b3c4d5e6f')).toBe('<reply@example.org>#1a2b3c4d5e6f');
  });
});
