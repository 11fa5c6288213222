/**
 * What the command line prints, in each committee's language (the `cli` part of messages/<language>.json):
 * counts agreed as the language agrees them (Portuguese says « 0 avisos », French « 0 erreur »),
 * dates as the committee's country writes them, the schedule's five headings, and the help in
 * the committee's language whatever went wrong on the command line. Run through the command
 * line in-process on copies of the country examples; the formatters alone where a run cannot
 * reach a case (one sheet kept by init, a message filed for two commitments).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../src/adapters/local/package-files.js';
import { formatInit, formatIntake } from '../src/cli/format.js';
import type { IntakeSummary } from '../src/jobs/intake-run.js';
import { cli } from './helpers/run-cli.js';
import { countryExampleCopy } from './helpers/example-copy.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ogp-cli-words-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A copy of a bundled example, without its out/. */
async function copyOf(folder: string): Promise<string> {
  const copy = await countryExampleCopy(dir, folder);
  return join(copy, 'committee.yaml');
}

const MEXICO = join(packageRoot(), 'examples', 'mexico-2025', 'committee.yaml');

describe('counts', () => {
  it('agree in Portuguese, zero in the plural (CLDR puts 0 in « one »: the catalogue says =0)', async () => {
    const config = await copyOf('sao-paulo-2025');
    const now = ['--now', '2025-03-12T09:00'];
    const consolidated = await cli('consolidate', '--config', config, ...now);
    const lines = consolidated.stdout.split('\n');
    expect(lines).toContain('3 compromissos: 1 ficha recebida, 1 a corrigir, 0 a atualizar, 1 faltante; 0 atrasadas.');
    expect(lines).toContain('5 ações de comunicação, 2 marcos; 3 erros, 0 avisos (aba “Anomalias”).');
    const sheet = join(config, '..', 'submissions', 'compromisso-01.xlsx');
    const validated = await cli('validate', '--config', config, ...now, sheet);
    expect(validated.stdout).toMatch(/compromisso-01\.xlsx — compromisso nº 1: válido\n1 arquivo: 1 válido, 0 a corrigir — 0 erros, 0 avisos\.\n$/);
  }); // prettier-ignore

  it('agree with the sheets they count, one or many, in every language', () => {
    const kept = { config: 'committee.yaml', configWritten: false, written: [], kept: ['submissions/engagement-03.xlsx'], stale: [] };
    expect(formatInit(kept, false, 'fr')).toContain('Aucune fiche écrite, 1 fiche existante conservée (--force pour la réécrire : son contenu serait perdu).');
    expect(formatInit(kept, false, 'es-MX')).toContain('Ninguna ficha escrita, 1 ficha existente conservada (--force para reescribirla: se perdería su contenido).');
    expect(formatInit(kept, false, 'pt-BR')).toContain('Nenhuma ficha escrita, 1 ficha existente mantida (--force para reescrevê-la: seu conteúdo seria perdido).');
    expect(formatInit(kept, false, 'en')).toContain('No sheet written, 1 existing sheet kept (--force to rewrite it: its content would be lost).');
  }); // prettier-ignore

  it('say a mailbox’s run with each count agreed, and the commitments a message was filed for', () => {
    const summary: IntakeSummary = {
      mailbox: 'imap:secretaria@example.org', skipped: null, messages: 1, filed: 1, refused: 0, ignored: 0, held: 0,
      unknownSenders: 0, questions: 0, setAside: 0, answers: 1, outbox: null, sheetFeedback: 0, master: null, warnings: [],
      details: [{ messageId: '<a@example.org>', from: 'rafael.lima@example.org', subject: 'Fichas', outcome: 'filed', filed: [2, 3] }],
      waiting: [],
    }; // prettier-ignore
    expect(formatIntake(summary, false, 'pt-BR').split('\n').slice(0, 2)).toEqual([
      'Caixa imap:secretaria@example.org: 1 mensagem nova — 1 registrada, 0 recusadas, 0 retidas, 0 remetentes desconhecidos, 0 ignoradas (automáticas ou nossas), 0 perguntas; 1 resposta enviada.',
      '  Registrada (compromissos nº 2 e 3) — rafael.lima@example.org: “Fichas”',
    ]);
    expect(formatIntake(summary, false, 'fr').split('\n')[1]).toBe('  Enregistré (engagements n° 2 et 3) — rafael.lima@example.org : « Fichas »');
    // Latin text inside Arabic isolated (FSI … PDI), the two commitments in the dual.
    expect(formatIntake(summary, false, 'ar-JO').split('\n')[1]).toBe('  سُجلت (الالتزامان رقم 2 و3) — \u2068rafael.lima@example.org\u2069: «\u2068Fichas\u2069»');
    const none = formatIntake({ ...summary, messages: 0, filed: 0, answers: 0, details: [] }, false, 'pt-BR');
    expect(none).toBe('Caixa imap:secretaria@example.org: 0 mensagens novas.\n');
  }); // prettier-ignore
});

describe('the schedule', () => {
  it.each([
    ['fr', ['Date', 'Heure', 'Envoi', 'Objet', 'Destinataires'], 'Envois prévus du 01/03/2025 au 15/04/2025 : 14'],
    ['en', ['Date', 'Time', 'Send', 'Subject', 'Recipients'], 'Sends planned from 01/03/2025 to 15/04/2025: 14'],
    ['es', ['Fecha', 'Hora', 'Envío', 'Asunto', 'Destinatarios'], 'Envíos previstos del 01/03/2025 al 15/04/2025: 14'],
    ['pt', ['Data', 'Hora', 'Envio', 'Assunto', 'Destinatários'], 'Envios previstos de 01/03/2025 a 15/04/2025: 14'],
    ['ar', ['التاريخ', 'الساعة', 'الإرسال', 'الموضوع', 'المرسل إليهم'], 'الإرسالات المرتقبة من 01\u200f/03\u200f/2025 إلى 15\u200f/04\u200f/2025: 14'],
  ] as const)('has its five headings and its dates as the reader writes them: %s', async (locale, headings, title) => {
    const run = await cli('schedule', '--config', MEXICO, '--from', '2025-03-01', '--to', '2025-04-15', '--locale', locale);
    const [first, head, rule] = run.stdout.split('\n');
    expect(first).toBe(title);
    expect(head?.split(/ {2,}/)).toEqual(headings);
    expect(rule?.split('  ')).toHaveLength(5);
  }); // prettier-ignore
});

describe('the help', () => {
  it('is in the committee’s language after an unknown command, option or missing argument', async () => {
    const unknown = await cli('frobnicate', '--config', MEXICO);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^Comando desconocido: frobnicate\n\nUso: ogp-tracker <comando> \[opciones\]\n/);
    const option = await cli('validate', '--bogus', '--config', MEXICO);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('\n\nUso: ogp-tracker <comando> [opciones]\n');
    // A command's own usage too, before the configuration is checked.
    const noOut = await cli('template', '--config', MEXICO);
    const page = join(packageRoot(), 'docs', 'command-line.md');
    expect([noOut.code, noOut.stderr]).toEqual([2, `Error (usage): template: indique el archivo que se debe escribir con --out ARCHIVO.xlsx.\nConsulte: ${page}\n`]);
    const asked = await cli('validate', '--bogus', '--locale', 'pt');
    expect(asked.stderr).toContain('\n\nUso: ogp-tracker <comando> [opções]\n');
  }); // prettier-ignore
});
