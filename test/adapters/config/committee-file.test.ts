import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfigFile, parseConfigText } from '../../../src/adapters/config/committee-file.js';
import { exampleConfigPath } from '../../../src/adapters/local/package-files.js';
import { EXAMPLE_ONE_FILE } from '../../helpers/example-copy.js';
import { OgpError } from '../../../src/core/codes.js';

const MINIMAL = `
committee: { name: Comité test }
secretariat: { name: MRAFP, emails: [secretariat@example.org] }
plan: { name: Plan, start: 2018-09-01, end: 2020-08-31 }
commitments:
  - id: 3
    title: Archives
    institution: Archives du Maroc
    focalPoint: { name: Leila Tazi, email: leila@example.org }
    source: { kind: xlsx, path: fiches/e3.xlsx }
charter:
  actionTypes:
    - { name: Atelier, indicator: Nombre de participants }
`;

function problems(text: string): string[] {
  try {
    parseConfigText(text, '/cfg/committee.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(OgpError);
    expect((error as OgpError).code).toBe('config-invalid');
    return [...(error as OgpError).details];
  }
  throw new Error('expected a config-invalid error');
}

describe('committee.yaml', () => {
  it('loads the bundled example with its workbook: 18 commitments, 5 meetings and a workshop, a charter of 11 types', async () => {
    const { config, dir } = await loadConfigFile(exampleConfigPath());
    expect(config.commitments.map((c) => c.id)).toEqual(
      Array.from({ length: 18 }, (_, i) => i + 1),
    );
    expect(config.meetings.map((m) => m.date)).toEqual([
      '2019-02-13',
      '2019-03-07',
      '2019-05-02',
      '2019-07-04',
      '2019-09-05',
      '2019-10-31',
    ]);
    // Morocco's lunar holidays of 2019 as the Ministry of Habous and Islamic Affairs announced
    // them (moon sighting): Eid al-Fitr Wednesday 5 June, Eid al-Adha Monday 12 August, each
    // two days; 1 Muharram 1441 Sunday 1 September; the Prophet's birthday Sunday 10 November,
    // two days (https://www.lesiteinfo.com/maroc/aid-al-adha-2019-bonne-nouvelle-pour-les-fonctionnaires-marocains/).
    // date-holidays 3.37 puts each a day early: the example removes its estimates.
    const lunar = config.calendar
      .holidaysBetween('2019-01-01', '2019-12-31')
      .filter(
        (h) =>
          ![
            '01-01',
            '01-11',
            '05-01',
            '07-30',
            '08-14',
            '08-20',
            '08-21',
            '11-06',
            '11-18',
          ].includes(h.date.slice(5)),
      );
    expect(lunar.map((h) => [h.date, h.estimate])).toEqual([
      ['2019-06-05', false],
      ['2019-06-06', false],
      ['2019-08-12', false],
      ['2019-08-13', false],
      ['2019-09-01', false],
      ['2019-11-10', false],
      ['2019-11-11', false],
    ]);
    expect(config.campaigns[0]).toEqual({
      id: 'fiche-communication',
      title: 'Fiche des actions de communication',
      due: '2019-01-09',
    });
    // Flow-style YAML splits an unquoted name at its comma: pin what the example really says.
    expect(config.charter.actionTypes.map((t) => t.name)).toEqual([
      'Atelier',
      'Séminaire / conférence',
      'Formation',
      'Publication réseaux sociaux',
      'Communiqué de presse',
      'Article sur site web',
      'Vidéo / capsule',
      'Caravane de sensibilisation',
      'Consultation publique',
      'Support imprimé',
      'Passage média (radio, TV)',
    ]);
    expect(config.meetings[1]).toEqual({
      kind: 'meeting',
      invite: ['focal-points', 'substitutes', 'communication-officers'],
      date: '2019-03-07',
      time: '10:00',
      place: 'MRAFP, Rabat',
      agenda: ['Plan de communication détaillé', "État d'avancement des engagements"],
    });
    expect(config.commitments[2]?.source).toEqual({
      kind: 'xlsx',
      path: join(dir, 'submissions', 'engagement-03.xlsx'),
    });
    expect(config.storage).toEqual({
      state: { kind: 'local', dir: join(dir, 'out') },
      output: { kind: 'local', dir: join(dir, 'out'), keepHistory: 10 },
    });
    expect(config.tracking).toEqual({ submissionDate: 'declared' });
  });

  it('applies defaults and resolves relative paths from the file folder', () => {
    const { config } = parseConfigText(MINIMAL, '/cfg/committee.yaml');
    // Morocco by default, as the time zone: the committees that wrote no country are Moroccan.
    expect(config.committee).toEqual({
      name: 'Comité test',
      country: 'MA',
      timezone: 'Africa/Casablanca',
      locale: 'fr',
      currency: 'MAD',
      weekend: [6, 7],
      digits: 'latn',
      tag: 'fr-MA',
    });
    expect(config.reminders).toEqual({
      before: [7, 2, 0],
      after: [1, 3, 7],
      escalateAfter: 3,
      sendAt: '09:00',
    });
    expect(config.reports).toEqual({ beforeMeeting: 2, afterDeadline: 1 });
    expect(config.charter.actionTypes[0]).toEqual({
      name: 'Atelier',
      indicator: 'Nombre de participants',
      hashtags: false,
      logo: true,
    });
    expect(config.commitments[0]?.source).toEqual({ kind: 'xlsx', path: '/cfg/fiches/e3.xlsx' });
    expect(config.storage).toEqual({
      state: { kind: 'local', dir: '/cfg/out' },
      output: { kind: 'local', dir: '/cfg/out', keepHistory: 10 },
    });
    expect(config.tracking).toEqual({ submissionDate: 'modified' });
  });

  it.each([
    ['state in Firestore, output in a shared drive', 'storage: { state: { kind: firestore, prefix: maroc-2019 }, output: { kind: drive, folderId: PARTAGE } }',
      { state: { kind: 'firestore', prefix: 'maroc-2019' }, output: { kind: 'drive', folderId: 'PARTAGE', keepRevisions: 10 } }],
    ['state in Firestore of a named project, output on this machine', 'storage: { state: { kind: firestore, projectId: comite-ogp, prefix: m19 }, output: { kind: local, dir: ./sortie, keepHistory: 3 } }',
      { state: { kind: 'firestore', projectId: 'comite-ogp', prefix: 'm19' }, output: { kind: 'local', dir: '/cfg/sortie', keepHistory: 3 } }],
    ['one local folder for both (the embedded default)', 'storage: { kind: local, dir: ./etat }',
      { state: { kind: 'local', dir: '/cfg/etat' }, output: { kind: 'local', dir: '/cfg/etat', keepHistory: 10 } }],
  ])('reads storage: %s', (_, line, expected) => {
    expect(parseConfigText(`${MINIMAL}\n${line}\n`, '/cfg/committee.yaml').config.storage).toEqual(expected);
  }); // prettier-ignore

  it('refuses the Drive folder as a place for the run state, with why and the form to use', () => {
    expect(() => parseConfigText(`${MINIMAL}\nstorage: { kind: drive, folderId: STOCKAGE }\n`, '/cfg/committee.yaml')).toThrow(
      expect.objectContaining({
        code: 'config-invalid',
        details: [expect.stringMatching(/^\/cfg\/committee\.yaml:\d+:\d+ : storage — storage: \{ kind: drive \} n'est plus accepté : un compte de service n'a pas d'espace de stockage Drive .*storage: \{ state: \{ kind: firestore, prefix: … \}, output: \{ kind: drive, folderId: … \} \} \(dossier d’un Drive partagé, prefix nommant le comité, par exemple mon-comite\)/)],
      }),
    );
  }); // prettier-ignore

  // The schema is strict: a key we do not know is a mistake to point at, never guessed.
  it.each([
    ['meeting: at the root', (t: string) => `${t}\nmeeting: []\n`, /^\/cfg\/committee\.yaml:\d+:1 : meeting — clé inconnue : vouliez-vous dire meetings \?$/],
    ['timzone: in committee', (t: string) => t.replace('{ name: Comité test }', '{ name: Comité test, timzone: Africa/Casablanca }'), /^\/cfg\/committee\.yaml:2:\d+ : committee\.timzone — clé inconnue : vouliez-vous dire timezone \?$/],
    ['focalpoint: in a commitment', (t: string) => t.replace('focalPoint:', 'focalpoint:'), /commitments\[0\]\.focalpoint — clé inconnue : vouliez-vous dire focalPoint \?$/],
    ['a key like nothing we know', (t: string) => `${t}\nextraTool: { colour: blue }\n`, /extraTool — clé inconnue$/],
  ])('refuses an unknown key with its line and the key meant: %s', (_, edit, detail) => {
    expect(() => parseConfigText(edit(MINIMAL), '/cfg/committee.yaml')).toThrow(
      expect.objectContaining({ code: 'config-invalid', details: expect.arrayContaining([expect.stringMatching(detail)]) }),
    );
  }); // prettier-ignore

  it.each([
    ['timezone: Africa/Casablanca', 'timezone: Mars/Olympus', '/cfg/committee.yaml:2:43 : committee.timezone — fuseau horaire IANA inconnu'],
    ['start: 2018-09-01', 'start: 2018-02-30', '/cfg/committee.yaml:4:28 : plan.start — date attendue au format AAAA-MM-JJ'],
    ['email: leila@example.org', 'email: leila-at-example', 'commitments[0].focalPoint.email — adresse email attendue'],
    ['    title: Archives\n', '', '/cfg/committee.yaml:6:5 : commitments[0].title — clé obligatoire absente (texte attendu)'],
    ['id: 3', 'id: trois', 'commitments[0].id — numéro d\'engagement attendu (entier)'],
    ['kind: xlsx, path', 'kind: csv, path', 'commitments[0].source'],
    ['end: 2020-08-31', 'end: 2017-08-31', 'plan.end — la fin du plan précède son début'],
    // Header injection: CR/LF in what goes into email headers.
    ['email: leila@example.org', 'email: "leila@example.org\\r\\nBcc: tous@example.net"', 'commitments[0].focalPoint.email — adresse email attendue'],
    ['name: Leila Tazi', 'name: "Leila Tazi\\r\\nBcc: tous@example.net"', 'commitments[0].focalPoint.name — texte sur une seule ligne attendu'],
    ['charter:', 'mail: { from: "OGP <ogp@example.org>\\nBcc: tous@example.net" }\ncharter:', 'mail.from — texte sur une seule ligne attendu'],
    ['charter:', 'mail: { from: "Secrétariat OGP ogp-at-example" }\ncharter:', 'mail.from — expéditeur attendu : adresse@domaine ou Nom <adresse@domaine>'],
  ])('names the YAML path and the expectation (%s → %s)', (from, to, expected) => {
    const text = MINIMAL.replace('committee: { name: Comité test }', 'committee: { name: Comité test, timezone: Africa/Casablanca }').replace(from, to);
    expect(problems(text).join('\n')).toContain(expected);
  }); // prettier-ignore

  // Arabic's digits: Latin by default, Arabic-Indic when asked; anything else said with both.
  it.each([
    ['fr', '/cfg/committee.yaml:2:43 : committee.digits — chiffres attendus : latn (0123456789, par défaut) ou arab (٠١٢٣٤٥٦٧٨٩), par exemple digits: arab'],
    ['en', '/cfg/committee.yaml:2:43: committee.digits — expected digits: latn (0123456789, the default) or arab (٠١٢٣٤٥٦٧٨٩), for example digits: arab'],
    // In Arabic, the Latin file, path and message are isolated (FSI … PDI): they keep their order.
    ['ar', '\u2068/cfg/committee.yaml:2:43\u2069: \u2068committee.digits\u2069 — \u2068طريقة كتابة الأرقام المطلوبة: latn (0123456789، وهي الافتراضية) أو arab (٠١٢٣٤٥٦٧٨٩)، مثلًا digits: arab\u2069'],
  ])('says what committee.digits takes, in the language the file names (%s)', (locale, expected) => {
    const text = MINIMAL.replace('committee: { name: Comité test }', `committee: { name: C, locale: ${locale}, digits: hindi }`);
    expect(problems(text)).toEqual([expected]);
  }); // prettier-ignore

  // Zod's own checks (a number too large, a list too short, a value of the wrong type) are said
  // from their code and bounds, in the reader's language: never zod's English.
  it.each([
    ['fr', 'reminders: { escalateAfter: -1 }', 'reminders.escalateAfter — nombre ≥ 0 attendu'],
    ['fr', 'intake: { kind: folder, answersPerHour: 61 }', 'intake.answersPerHour — nombre ≤ 60 attendu'],
    ['fr', 'intake: { kind: folder, maxMessageMiB: 0 }', 'intake.maxMessageMiB — nombre > 0 attendu'],
    ['fr', 'meetings: [{ date: 2019-03-07, agenda: [1] }]', 'meetings[0].agenda[0] — texte attendu'],
    ['fr', 'reminders: { before: {} }', 'reminders.before — liste attendue'],
    ['en', 'intake: { kind: folder, answersPerHour: 61 }', 'intake.answersPerHour — a number ≤ 60 is expected'],
    ['es', 'reminders: { escalateAfter: 1.5 }', 'reminders.escalateAfter — se espera un número entero'],
    ['pt', 'reminders: { escalateAfter: -1 }', 'reminders.escalateAfter — espera-se um número ≥ 0'],
    ['ar', 'intake: { kind: folder, answersPerHour: 61 }', 'intake.answersPerHour\u2069 — المطلوب عدد ≤ 60'],
    ['es', 'meetinsg: []', 'meetinsg — clave desconocida: ¿quiso decir meetings?'],
    ['es', 'reminders: { sendAt: 9h }', 'reminders.sendAt — se espera una hora con el formato HH:MM, por ejemplo 09:00'],
  ])('says zod’s own checks in the reader’s language (%s: %s)', (locale, line, expected) => {
    const text = MINIMAL.replace('committee: { name: Comité test }', `committee: { name: C, locale: ${locale} }`);
    const found = problems(`${text}\n${line}\n`);
    expect(found).toEqual([expect.stringContaining(expected)]);
    expect(found.join('\n')).not.toMatch(/Invalid|Too (small|big)|expected (string|number)/);
  }); // prettier-ignore

  it('reports duplicate commitment numbers', () => {
    const text = MINIMAL.replace(
      'charter:',
      `  - { id: 3, title: Bis, institution: X, focalPoint: { name: Y, email: y@example.org } }\ncharter:`,
    );
    expect(problems(text)).toEqual([
      expect.stringMatching(/commitments\[1\]\.id — numéro 3 déjà utilisé par commitments\[0\]/),
    ]);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(problems('committee: [a\n  b: c')[0]).toMatch(
      /^\/cfg\/committee\.yaml:1:\d+ : YAML illisible/,
    );
  });

  // In French, with what to do; one message a line (the parser's echoes left out).
  it.each([
    ['an unclosed list', 'plan: [1, 2\n', '2:1', 'indentation incorrecte : les éléments d’une même liste ou d’un même objet commencent à la même colonne, et une liste entre crochets se ferme par ]'],
    ['a key twice', 'plan: a\nplan: b\n', '2:1', 'cette clé est déjà donnée plus haut au même niveau : gardez-en une seule'],
    ['a tab as indentation', 'plan:\n\t- x\n', '2:1', 'une tabulation sert d’indentation : indentez avec des espaces'],
    ['two colons on a line', 'mail: from: OGP\n', '1:7', 'deux « : » sur une même ligne : mettez la valeur entre guillemets si elle contient « : »'],
    ['an unclosed quote', 'committee: { name: "Comité\n', '2:1', 'un guillemet, un crochet ou une accolade n’est pas refermé'],
    ['a list and a map mixed', '- a\nplan: c\n', '2:1', 'contenu inattendu à cet endroit (indentation, ou « - » et « : » mélangés)'],
  ])('says a YAML error in French: %s', (_, yaml, at, message) => {
    expect(problems(yaml)).toEqual([`/cfg/committee.yaml:${at} : YAML illisible — ${message}`]);
  }); // prettier-ignore

  it('says when the file is missing', async () => {
    await expect(loadConfigFile('/nonexistent/committee.yaml')).rejects.toMatchObject({
      code: 'config-not-found',
    });
  });

  it('ships an example whose comments are French and whose emails are placeholders', async () => {
    // Its people are in its workbook: the one-file form holds them all (test/examples-workbook.test.ts).
    const text = await readFile(EXAMPLE_ONE_FILE, 'utf8');
    const emails = text.match(/[\w.-]+@[\w.-]+/g) ?? [];
    expect(emails.length).toBeGreaterThan(30);
    expect(emails.every((e) => e.endsWith('@example.org'))).toBe(true);
  });
});
