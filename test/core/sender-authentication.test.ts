/**
 * The decision table of the mailbox intake's sender authentication, cell by cell, through the
 * one function the intake calls: only the topmost Authentication-Results of a trusted
 * receiving server (intake.authservId; Gmail's and Microsoft 365's implied) decides; without
 * one, `required` holds and `when-present` files marked « non authentifié » unless a field
 * states a failure. The configuration that could never file (`required` with no server to
 * trust) is refused when the file is read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/adapters/config/committee-file.js';
import { OgpError } from '../../src/core/codes.js';
import type { InboundMessage } from '../../src/core/inbound-mail.js';
import {
  authenticationDecision,
  authenticationPolicy,
  authenticationWarnings,
  type AuthenticationSettings,
} from '../../src/core/sender-authentication.js';
import { EXAMPLE_ONE_FILE } from '../helpers/example-copy.js';

/** A message from samira@example.org with these Authentication-Results, topmost first. */
function message(...fields: string[]): InboundMessage {
  return {
    id: '1',
    messageId: '<m@example.org>',
    from: { name: 'Samira', address: 'samira@example.org' },
    subject: 'Fiche',
    receivedAt: new Date('2019-01-07T09:00:00Z'),
    inReplyTo: null,
    references: [],
    headers: [
      ...fields.map((value) => ({ name: 'authentication-results', value })),
      { name: 'received', value: 'from mail.example.net by mx.example.org' },
    ],
    contentType: 'multipart/mixed',
    size: 1000,
    attachments: [],
  };
}

const FOLDER: AuthenticationSettings = { kind: 'folder', authservId: 'mx.example.org' };
const IMAP: AuthenticationSettings = {
  kind: 'imap',
  authservId: ['mx1.example.org', 'MX.example.org'],
};
const GMAIL: AuthenticationSettings = { kind: 'gmail-api' };
const GRAPH: AuthenticationSettings = { kind: 'graph' };
const UNNAMED: AuthenticationSettings = { kind: 'imap' };
const WHEN_PRESENT: AuthenticationSettings = { ...FOLDER, authentication: 'when-present' };

const PASS = 'mx.example.org; dmarc=pass header.from=example.org';
const FAIL =
  'mx.example.org; spf=fail smtp.mailfrom=evil.example; dmarc=fail header.from=example.org';
/** Exchange Online's verdict: no authserv-id, its own syntax. */
const EXCHANGE_PASS =
  'spf=pass (sender IP is 40.107.1.1) smtp.mailfrom=example.org; dkim=pass (signature was verified) header.d=example.org;dmarc=pass action=none header.from=example.org;compauth=pass reason=100';
const EXCHANGE_FAIL =
  'spf=fail (sender IP is 192.0.2.66) smtp.mailfrom=example.org; dkim=none (message not signed) header.d=none;dmarc=fail action=oreject header.from=example.org;compauth=fail reason=000';
const FORGED_PASS = 'evil.attacker.tld; dmarc=pass header.from=example.org';

type Row = [string, AuthenticationSettings, string[], 'filed' | 'unauthenticated' | 'held', string];

describe('required (the default wherever the receiving server is known) with a trusted server', () => {
  it.each<Row>([
    ['dmarc=pass', FOLDER, [PASS], 'filed', 'dmarc=pass'],
    ['dmarc=none, SPF passing aligned (a subdomain sends)', FOLDER, ['mx.example.org; spf=pass smtp.mailfrom=bounce.example.org; dmarc=none'], 'filed', 'spf=pass, aligné'],
    ['dmarc=none, DKIM passing aligned', IMAP, ['mx.example.org; spf=fail smtp.mailfrom=example.org; dkim=pass header.d=example.org; dmarc=none'], 'filed', 'dkim=pass, aligné'],
    ['one of several named receiving hosts, in capitals', IMAP, ['MX1.Example.Org; dmarc=pass header.from=example.org'], 'filed', 'dmarc=pass'],
    ['Gmail, implied for gmail-api', GMAIL, ['mx.google.com; dkim=pass header.i=@example.org header.s=s1 header.b=Ab/c+d=; spf=pass (google.com: domain of x@example.org designates 192.0.2.1 as permitted sender) smtp.mailfrom=x@example.org; dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.org'], 'filed', 'dmarc=pass'],
    ['Exchange Online’s topmost field, implied for graph', GRAPH, [EXCHANGE_PASS], 'filed', 'dmarc=pass'],
  ])('filed: %s', (_, intake, fields, outcome, note) => {
    expect(authenticationPolicy(intake)).toBe('required');
    const decision = authenticationDecision(message(...fields), intake);
    expect(decision.outcome).toBe(outcome);
    expect(decision.note).toContain(note);
  }); // prettier-ignore

  it.each<Row>([
    ['dmarc=fail', FOLDER, [FAIL], 'held', 'dmarc=fail pour example.org'],
    ['dmarc=pass for another domain', FOLDER, ['mx.example.org; dmarc=pass header.from=evil.example'], 'held', 'dmarc=pass pour evil.example, pas pour example.org'],
    ['dmarc=none, SPF passing for another domain only', FOLDER, ['mx.example.org; spf=pass smtp.mailfrom=mailer.example; dmarc=none'], 'held', 'ni SPF ni DKIM alignés'],
    ['no DMARC result at all', FOLDER, ['mx.example.org; spf=pass smtp.mailfrom=example.org'], 'held', 'aucun résultat DMARC pour example.org'],
    ['none: the server checked nothing', FOLDER, ['mx.example.org 1; none'], 'held', 'aucun résultat DMARC'],
    ['absent: no field at all', FOLDER, [], 'held', 'aucun en-tête Authentication-Results de mx.example.org'],
    ['absent: a forged dmarc=pass, the only field (evil.attacker.tld)', FOLDER, [FORGED_PASS], 'held', 'aucun en-tête Authentication-Results de mx.example.org'],
    ['absent: another server wrote the topmost field, named as the one to give if it is ours', FOLDER, ['mx.autre-serveur.net; dmarc=pass header.from=example.org'], 'held', "le premier est de mx.autre-serveur.net : si c'est le serveur de réception du secrétariat, écrivez « authservId: mx.autre-serveur.net »"],
    ['a forged dmarc=pass above the real dmarc=fail', FOLDER, [FORGED_PASS, FAIL], 'held', "l'en-tête Authentication-Results de mx.example.org est sous un autre, de evil.attacker.tld"],
    ['two fields claiming the trusted server', FOLDER, [PASS, FAIL], 'held', 'plusieurs en-têtes Authentication-Results se disent de mx.example.org'],
    ['two fields claiming two named hosts', IMAP, ['mx1.example.org; dmarc=pass header.from=example.org', 'mx.example.org; dmarc=fail header.from=example.org'], 'held', 'plusieurs en-têtes'],
    ['a `;` in a quoted local-part (smtp.mailfrom)', FOLDER, ['mx.example.org; spf=pass smtp.mailfrom="x;dmarc=pass"@attacker.tld; dmarc=fail header.from=example.org'], 'held', 'dmarc=fail pour example.org'],
    ['a `;` in a quoted local-part (header.i)', FOLDER, ['mx.example.org; dkim=pass header.i="a;dmarc=pass"@attacker.tld; dmarc=fail header.from=example.org'], 'held', 'dmarc=fail pour example.org'],
    ['a quoted local-part copied into a comment', FOLDER, ['mx.example.org; spf=pass (domain of "x);dmarc=pass header.from=example.org;spf=pass (y"@attacker.tld) smtp.mailfrom=attacker.tld; dmarc=none'], 'held', 'en-tête Authentication-Results de mx.example.org illisible'],
    ['a second DMARC result in the trusted field', FOLDER, ['mx.example.org; dmarc=pass header.from=example.org; dmarc=none header.from=example.org'], 'held', 'plusieurs résultats DMARC'],
    ['Gmail: a forged mx.google.com field below Gmail’s own', GMAIL, ['mx.google.com; dmarc=pass header.from=example.org', 'mx.google.com; dmarc=pass header.from=example.org'], 'held', 'plusieurs en-têtes Authentication-Results se disent de mx.google.com'],
    ['Gmail: another server’s verdict only', GMAIL, [PASS], 'held', 'aucun en-tête Authentication-Results de mx.google.com'],
    ['Graph: Exchange Online’s dmarc=fail', GRAPH, [EXCHANGE_FAIL], 'held', 'dmarc=fail pour example.org'],
    ['Graph: a field in Exchange Online’s form below the topmost one', GRAPH, [FORGED_PASS, EXCHANGE_PASS], 'held', 'aucun en-tête Authentication-Results de Exchange Online'],
    ['Graph: no field (Exchange Online always writes one)', GRAPH, [], 'held', 'aucun en-tête Authentication-Results de Exchange Online'],
  ])('held: %s', (_, intake, fields, outcome, note) => {
    expect(authenticationPolicy(intake)).toBe('required');
    const decision = authenticationDecision(message(...fields), intake);
    expect(decision).toEqual({ outcome, note: expect.stringContaining(note) });
    expect(decision.note).toMatch(/^non authentifié par le serveur du secrétariat : /);
  }); // prettier-ignore
});

describe('required without a server to trust (imap, folder)', () => {
  const example = readFileSync(EXAMPLE_ONE_FILE, 'utf8');
  const problems = (intake: string, locale?: 'en') => {
    const text = example.replace(/^intake: .*$/m, `intake: ${intake}`);
    try {
      parseConfigText(text, '/cfg/committee.yaml', locale);
      return [];
    } catch (error) {
      expect(error).toBeInstanceOf(OgpError);
      return [...(error as OgpError).details];
    }
  };

  it('is a configuration error that names the receiving server to give', () => {
    expect(problems('{ kind: imap, authentication: required }')).toEqual([
      expect.stringMatching(/^\/cfg\/committee\.yaml:\d+:\d+ : intake\.authservId — avec authentication: required, nommez le serveur de réception du secrétariat \(authservId/),
    ]);
    expect(problems('{ kind: folder, dir: inbox, authentication: required }', 'en')).toEqual([
      expect.stringContaining("intake.authservId — with authentication: required, name the secretariat's receiving server"),
    ]);
    // Named, it loads; Gmail and Microsoft 365 need none; a misspelt key is pointed at.
    expect(problems('{ kind: imap, authentication: required, authservId: mx.example.org }')).toEqual([]);
    expect(problems('{ kind: folder, authservId: [mx1.example.org, mx2.example.org] }')).toEqual([]);
    expect(problems('{ kind: gmail-api, mailbox: ogp@example.org, authentication: required }')).toEqual([]);
    expect(problems('{ kind: folder, authservid: mx.example.org }')).toEqual([
      expect.stringContaining('intake.authservid — clé inconnue : vouliez-vous dire authservId ?'),
    ]);
    expect(problems("{ kind: folder, authservId: 'mx.example.org; dmarc=pass' }")).toEqual([
      expect.stringContaining('intake.authservId — nom du serveur de réception attendu'),
    ]);
    expect(problems('{ kind: folder, authservId: [] }')).toEqual([
      expect.stringContaining('intake.authservId — nom du serveur de réception attendu'),
    ]);
  }); // prettier-ignore
});

describe('when-present with a trusted server', () => {
  it.each<Row>([
    ['present: dmarc=pass, as required', WHEN_PRESENT, [PASS], 'filed', 'dmarc=pass'],
    ['present: dmarc=fail, as required', WHEN_PRESENT, [FAIL], 'held', 'dmarc=fail pour example.org'],
    ['present: below a forged field, as required', WHEN_PRESENT, [FORGED_PASS, PASS], 'held', 'est sous un autre'],
    ['present: twice, as required', WHEN_PRESENT, [PASS, PASS], 'held', 'plusieurs en-têtes'],
    ['absent: no field', WHEN_PRESENT, [], 'unauthenticated', 'non authentifié : aucun en-tête Authentication-Results de mx.example.org'],
    ['absent: a pass from an untrusted server proves nothing', WHEN_PRESENT, [FORGED_PASS], 'unauthenticated', 'non authentifié : aucun en-tête Authentication-Results de mx.example.org'],
    ['absent: a failure in an untrusted field holds it', WHEN_PRESENT, ['relay.example.net; dmarc=fail header.from=example.org'], 'held', 'dmarc=fail pour example.org, selon un en-tête de relay.example.net, serveur non reconnu'],
    ['absent: an aligned SPF failure in an untrusted field holds it', WHEN_PRESENT, ['relay.example.net; spf=fail smtp.mailfrom=example.org; dmarc=none'], 'held', 'selon un en-tête de relay.example.net'],
  ])('%s', (_, intake, fields, outcome, note) => {
    expect(authenticationPolicy(intake)).toBe('when-present');
    expect(authenticationDecision(message(...fields), intake)).toEqual({ outcome, note: expect.stringContaining(note) });
    expect(authenticationWarnings(intake)).toEqual([]);
  }); // prettier-ignore
});

describe('when-present without a server to trust (imap, folder: the default there)', () => {
  it.each<Row>([
    ['no field', UNNAMED, [], 'unauthenticated', 'non authentifié : aucun serveur de réception nommé (intake.authservId)'],
    ['a dmarc=pass proves nothing', UNNAMED, [PASS], 'unauthenticated', 'non authentifié : aucun serveur de réception nommé'],
    ['dmarc=none with nothing aligned says nothing', UNNAMED, ['mx.example.org; spf=pass smtp.mailfrom=mailer.example; dmarc=none'], 'unauthenticated', 'non authentifié'],
    ['a failure in any field holds it (the topmost)', UNNAMED, [FAIL, FORGED_PASS], 'held', 'dmarc=fail pour example.org, selon un en-tête de mx.example.org'],
    ['a failure in any field holds it (a lower one)', UNNAMED, [FORGED_PASS, FAIL], 'held', 'selon un en-tête de mx.example.org'],
    ['a failure in Exchange Online’s form holds it (Microsoft 365 over IMAP)', UNNAMED, [EXCHANGE_FAIL], 'held', 'dmarc=fail pour example.org, selon un en-tête de Exchange Online'],
    ['a failure inside a quoted local-part is no failure', UNNAMED, ['mx.example.org; spf=pass smtp.mailfrom="x;dmarc=fail"@example.net; dmarc=none'], 'unauthenticated', 'non authentifié'],
  ])('%s', (_, intake, fields, outcome, note) => {
    expect(authenticationPolicy(intake)).toBe('when-present');
    expect(authenticationDecision(message(...fields), intake)).toEqual({ outcome, note: expect.stringContaining(note) });
  }); // prettier-ignore

  it('is said on every run and by mail-check: forged senders cannot be told apart', () => {
    expect(authenticationWarnings(UNNAMED)).toEqual([
      expect.stringContaining("un expéditeur contrefait ne se distingue pas d'un vrai"),
    ]);
    expect(authenticationWarnings({ kind: 'folder' }, 'en')).toEqual([
      expect.stringContaining('a forged sender cannot be told apart'),
    ]);
    for (const named of [FOLDER, IMAP, GMAIL, GRAPH]) expect(authenticationWarnings(named)).toEqual([]);
  }); // prettier-ignore

  it('gives the key to add beside the committee’s own mailbox kind, never a line that would change it', () => {
    const [folder] = authenticationWarnings({ kind: 'folder' });
    expect(folder).toContain('Écrivez-le dans committee.yaml, sous intake:, à côté de « kind: folder », par exemple « authservId: mx.example.org ».');
    expect(folder).not.toMatch(/kind: imap|intake: \{/);
    const [imap] = authenticationWarnings({ kind: 'imap' }, 'en');
    expect(imap).toContain('Write it in committee.yaml, under intake:, next to “kind: imap”, for example “authservId: ');
  }); // prettier-ignore
});

it('says why in the committee’s language', () => {
  const decision = authenticationDecision(
    message('mx.example.org; spf=fail smtp.mailfrom=example.org; dmarc=none'),
    FOLDER,
    'es',
  );
  expect(decision).toEqual({
    outcome: 'held',
    note: 'no autenticado por el servidor de la secretaría: example.org sin DMARC, y ni SPF ni DKIM alineados (spf=fail, dmarc=none)',
  });
});
