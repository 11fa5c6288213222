/**
 * The example committees of other OGP members, end to end, each as its secretariat runs it:
 * one `tick` on the morning of a J-2 reminder. Their templates, emails, status page and
 * open data in their language and money; reminders on their country's working days.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import { formatDay } from '../src/core/catalogue/render.js';
import { cli } from './helpers/run-cli.js';
import { countryExampleCopy } from './helpers/example-copy.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ogp-pays-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A copy of a bundled example, without its out/. */
function copyOf(folder: string): Promise<string> {
  return countryExampleCopy(dir, folder);
}

/** Its tick at `now`, and the emails that tick wrote (those of earlier ticks left out). */
async function tickAt(copy: string, now: string) {
  const outbox = join(copy, 'out', 'outbox');
  const list = async () => (await readdir(outbox).catch(() => [] as string[])).filter((n) => n.endsWith('.eml'));
  const before = new Set(await list());
  const run = await cli('tick', '--config', join(copy, 'committee.yaml'), '--now', now, '--json');
  const names = (await list()).filter((n) => !before.has(n));
  const mails = await Promise.all(names.map(async (n) => simpleParser(await readFile(join(outbox, n)))));
  const to = (m: (typeof mails)[number]) => [m.to].flat().flatMap((a) => a?.value.map((v) => v.address) ?? []).join();
  return { copy, run, summary: JSON.parse(run.stdout), mails: mails.map((m) => ({ to: to(m), subject: m.subject ?? '', text: m.text ?? '', html: String(m.html) })).sort((a, b) => a.to.localeCompare(b.to)) };
} // prettier-ignore

/** A fresh copy of an example, ticked at `now`. */
async function tick(folder: string, now: string) {
  return tickAt(await copyOf(folder), now);
}

describe('a Mexican committee (Spanish, MXN, America/Mexico_City)', () => {
  it('collects, reminds and reports in Spanish, on Mexico’s working days', async () => {
    const { copy, mails, summary } = await tick('mexico-2025', '2025-03-12T09:00');
    expect([summary.received, summary.toFix, summary.missing]).toEqual([1, 1, 1]);
    expect(mails.map((m) => [m.to, m.subject])).toEqual([
      ['ana.torres@example.org', 'Recordatorio: Ficha de acciones de comunicación — compromiso n.º 3, fecha límite: 14/03/2025'],
      ['jorge.ramirez@example.org', 'Ficha recibida, 3 errores por corregir — compromiso n.º 2, fecha límite: 14/03/2025'],
      ['lucia.hernandez@example.org', 'Ficha recibida y completa — compromiso n.º 1'],
    ]);
    expect(mails[0]!.html).toContain('<html lang="es-MX" dir="ltr">');
    // A greeting true at any hour (« Buen día », not « Buenos días »): feedback goes when a sheet comes.
    expect(mails[0]!.text).toMatch(/^Buen día, Ana Torres:/);
    expect(mails[0]!.text).toContain('Todavía no hemos recibido su ficha. El plazo vence el 14/03/2025, dentro de 2 días.');
    // The cells to correct, in Spanish, named as the Spanish template names its columns.
    expect(mails[1]!.text).toContain('- [Acciones de comunicación] H3 (Estado): «Realizadax» no es un valor admitido: se espera uno de estos valores: Prevista, En curso, Realizada, Aplazada, Cancelada. ¿Quiso decir «Realizada»?');
    // The J+3 of Friday 14/03/2025 falls on Monday 17, Benito Juárez's day (Mexico's public
    // holiday, from date-holidays): it goes on Tuesday 18.
    const schedule = JSON.parse((await cli('schedule', '--config', join(copy, 'committee.yaml'), '--from', '2025-03-01', '--to', '2025-03-31', '--json')).stdout);
    // J+1 (Saturday 15) and J+3 both land on Tuesday 18: one reminder; J+7 on Friday 21.
    expect(schedule.sends.filter((s: { kind: string }) => s.kind === 'overdue').map((s: { day: string }) => s.day)).toEqual(['2025-03-18', '2025-03-21']);
    // The secretariat's files named in Spanish, where the command line says they are.
    expect([summary.master, summary.page]).toEqual([join(copy, 'out', 'seguimiento-consolidado.xlsx'), join(copy, 'out', 'seguimiento.html')]);
    expect((await readdir(join(copy, 'out'))).filter((n) => n.startsWith('suivi'))).toEqual([]);
    const page = await readFile(join(copy, 'out', 'seguimiento.html'), 'utf8');
    expect(page).toMatch(/<html lang="es" dir="ltr">/);
    expect(page).toContain('ficha recibida');
    // Levels, statuses and labels in Spanish too: nothing of the French page left.
    expect(page).toContain('Punto focal: <bdi>Lucía Hernández</bdi>');
    expect(page).toContain('Estado de la ficha: <span class="status fix">Por corregir</span> — Nivel de cumplimiento: <strong class="level"');
    expect(page).not.toMatch(/Pas de données|Non démarré|À corriger|Manquante|Chaque jalon/);
    // The master in Spanish: its sheets, headers and values.
    const master = new ExcelJS.Workbook();
    await master.xlsx.readFile(join(copy, 'out', 'seguimiento-consolidado.xlsx'));
    expect(master.worksheets.map((ws) => ws.name)).toEqual(['Tablero', 'Acciones de comunicación', 'Hitos', 'Indicadores', 'Anomalías', 'Calendario', 'Registro', 'Autoevaluación OGP', 'Funciones']);
    const dashboard = master.getWorksheet('Tablero')!;
    expect((dashboard.getRow(2).values as unknown[]).slice(1, 11)).toEqual(['N.º', 'Título', 'Institución', 'Punto focal', 'Estado de la ficha', 'Última actualización', 'Atrasado', 'Acciones previstas', 'Acciones realizadas', 'Presupuesto (MXN)']);
    expect([dashboard.getCell('E4').value, dashboard.getCell('G4').value]).toEqual(['Por corregir', 'No']);
    expect(master.getWorksheet('Autoevaluación OGP')!.getCell('F4').value).toBe('Sin datos');
    // Its remarks too: commitment 3 sent nothing.
    expect(dashboard.getCell('O5').text).toBe('Archivo no encontrado: submissions/compromiso-03.xlsx (no se recibió ninguna ficha).');
    expect(schedule.sends[0]).toMatchObject({ description: 'Ficha de acciones de comunicación: fecha límite 14/03/2025 (7 días antes)', audience: 'Puntos focales sin ficha válida' });
    const csv = await readFile(join(copy, 'out', 'datos-abiertos', 'actions.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toContain(',budget_mxn,');
  }); // prettier-ignore
});

describe('a Brazilian local member (the city of São Paulo: Portuguese, BRL, the city’s days off)', () => {
  it('collects, reminds and reports in Portuguese, around the state’s 9 July', async () => {
    const { copy, mails } = await tick('sao-paulo-2025', '2025-07-02T09:00');
    expect(mails.map((m) => [m.to, m.subject])).toEqual([
      ['beatriz.costa@example.org', 'Lembrete: Ficha das ações de comunicação — compromisso nº 3, prazo até 04/07/2025'],
      ['mariana.souza@example.org', 'Ficha recebida e completa — compromisso nº 1'],
      ['rafael.lima@example.org', 'Ficha recebida, 3 erros a corrigir — compromisso nº 2, prazo até 04/07/2025'],
    ]);
    // The J+3 of Friday 04/07 is Monday 07/07; the J+7, Friday 11/07. 9 July, the
    // Constitutionalist Revolution, is São Paulo's holiday: the report before the meeting of
    // 15/07, two working days before, goes on Friday 11/07, not on Wednesday 9.
    const schedule = JSON.parse((await cli('schedule', '--config', join(copy, 'committee.yaml'), '--from', '2025-07-01', '--to', '2025-07-31', '--json')).stdout);
    expect(schedule.sends.find((s: { kind: string }) => s.kind === 'report-meeting').day).toBe('2025-07-11');
  }); // prettier-ignore

  it('plans nothing over 2025–2026 on 20 November, Corpus Christi or Carnival, which the city does not work', async () => {
    const copy = await copyOf('sao-paulo-2025');
    const file = join(copy, 'committee.yaml');
    // Rounds whose reminders, reports and invitations would land on those days: each J-7,
    // J-2, J-0, J+1 and report on a day off, were it worked (the state's calendar, BR-SP, lost
    // 20 November and the library's `bank` days, Carnival, were not counted).
    const rounds = [
      ['carnaval-25', '2025-03-06'], ['corpus-25', '2025-06-26'], ['consciencia-25', '2025-11-27'],
      ['carnaval-26', '2026-02-19'], ['corpus-26', '2026-06-11'], ['consciencia-26', '2026-11-27'],
      ['dia-20-25', '2025-11-20'], ['dia-19-06', '2025-06-18'], ['dia-03-03', '2025-03-03'],
    ];
    const campaigns = rounds.map(([id, due]) => `  - { id: ${id}, title: 'Ficha ${id}', due: ${due} }`).join('\n');
    const yaml = (await readFile(file, 'utf8')).replace(/campaigns:\n[^\n]*\n/, `campaigns:\n${campaigns}\n`)
      .replace(/meetings:\n[^\n]*\n/, 'meetings:\n  - { date: 2025-11-24 }\n  - { date: 2026-06-08 }\n  - { date: 2026-02-20 }\n');
    await writeFile(file, yaml);
    const run = await cli('schedule', '--config', file, '--from', '2025-01-01', '--to', '2026-12-31', '--json');
    const days = new Set(JSON.parse(run.stdout).sends.map((s: { day: string }) => s.day));
    const off = ['2025-03-03', '2025-03-04', '2025-06-19', '2025-11-20', '2026-02-16', '2026-02-17', '2026-06-04', '2026-11-20', '2025-01-25', '2025-07-09'];
    expect(off.filter((d) => days.has(d))).toEqual([]);
    // The deadlines set on a day off are warned about, by name, and only those.
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      'Atenção (calendário): Prazo “Ficha dia-03-03” de 03/03/2025: é feriado (Carnaval).',
      'Atenção (calendário): Prazo “Ficha dia-20-25” de 20/11/2025: é feriado (Dia da Consciência Negra).',
    ]);
    // Ash Wednesday, off until 14:00 only, is a working day: the J+1 of Carnival Tuesday's eve goes then.
    expect(days.has('2025-03-05')).toBe(true);
  }); // prettier-ignore
});

describe('a Jordanian committee (Arabic, JOD, a Friday–Saturday weekend, holidays of its own)', () => {
  it('reminds on Sunday, not on the Friday before, in Arabic from the right and in English to the one who asked', async () => {
    const copy = await copyOf('jordanie-2025');
    // Friday 02/05: the sheets read are answered (an answer goes any day); no reminder.
    const friday = await tickAt(copy, '2025-05-02T09:00');
    expect(friday.mails.map((m) => [m.to, m.subject])).toEqual([
      ['layla.khatib@example.org', 'تلقّينا البطاقة وهي كاملة — الالتزام رقم 1'],
      ['omar.hassan@example.org', 'تلقّينا البطاقة، 3 أخطاء للتصحيح — الالتزام رقم 2'],
    ]);
    expect(friday.mails[1]!.html).toContain('<html lang="ar-JO" dir="rtl">');
    // Plain Arabic, not Morocco's words; the deadline day itself allowed (« no later than »).
    const due = formatDay('ar-JO', '2025-05-06');
    expect(friday.mails[1]!.text).toContain(`يرجى تصحيح ما يلي في موعد أقصاه ${due} (بطاقة أنشطة التواصل):`);
    expect(friday.mails[1]!.text).toContain('- [أنشطة التواصل] \u2068M4\u2069 (القيمة المحققة): حالة النشاط «منجزة»: اذكروا القيمة التي بلغها المؤشر (عدد المشاركين).');
    // Sunday 04/05, a working day in Jordan, two working days before Tuesday's deadline.
    const sunday = await tickAt(copy, '2025-05-04T09:00');
    expect(sunday.mails.map((m) => [m.to, m.subject])).toEqual([
      ['omar.hassan@example.org', `تذكير: بطاقة أنشطة التواصل — الالتزام رقم 2، الموعد النهائي ${due}`],
      // The Arabic title isolated in English (FSI … PDI), the date as English writes it.
      ['sara.haddad@example.org', 'Reminder: \u2068بطاقة أنشطة التواصل\u2069 — commitment no. 3, due 06/05/2025'],
    ]);
    expect(sunday.mails[0]!.text).toContain('3 أخطاء يجب تصحيحها، خلية بخلية:');
  }); // prettier-ignore

  it('warns on every command that 2026, a year of its plan, has no day off, and asks the secretariat a month ahead', async () => {
    const copy = await copyOf('jordanie-2025');
    const file = join(copy, 'committee.yaml');
    // A meeting on Thursday 26/03/2026, before the expected Eid al-Fitr (about 20/03/2026).
    await writeFile(file, (await readFile(file, 'utf8')).replace("meetings:\n", "meetings:\n  - { date: 2026-03-26, time: '11:00', place: 'عمّان' }\n").replace('campaigns:\n', 'campaigns:\n  - { id: tahdith, title: تحديث, dueBeforeEachMeeting: 3 }\n'));
    const warning = 'تنبيه (الرزنامة): لا عطلة رسمية في 2026: لا تعرف الأداة قائمة العطل الرسمية في \u2068JO\u2069 ولا تتضمن holidays.add أي يوم من 2026، فلا تتجنب تذكيرات تلك السنة إلا نهاية الأسبوع. اذكروها في holidays.add (مثلًا - 2026-05-01).\n';
    const schedule = await cli('schedule', '--config', file, '--from', '2026-01-01', '--to', '2026-12-31', '--json');
    expect(schedule.stderr).toBe(warning);
    expect((await cli('validate', '--config', file, join(copy, 'submissions', 'commitment-01.xlsx'))).stderr).toBe(warning);
    // The secretariat's ask, a month before 2026: on Tuesday 02/12/2025 (a working day in Jordan).
    const asks = JSON.parse((await cli('schedule', '--config', file, '--from', '2025-11-01', '--to', '2025-12-31', '--json')).stdout).sends;
    expect(asks).toEqual([expect.objectContaining({ day: '2025-12-02', kind: 'holiday-check', audience: 'أمانة اللجنة', description: 'العطل الرسمية لسنة 2026 يجب ذكرها في holidays.add: لا توجد فيها أي عطلة' })]);
    // (The focal points' sheets, read for the first time, are answered too.)
    const tick = await tickAt(copy, '2025-12-02T09:00');
    const secretariat = tick.mails.filter((m) => m.to === 'open.gov@example.org');
    expect(secretariat.map((m) => m.subject)).toEqual(['العطل الرسمية لسنة 2026 يجب ذكرها: لا يتضمن تقويم اللجنة أي عطلة']);
    expect(secretariat[0]!.text).toContain('لا تعرف الأداة العطل الرسمية في الأردن');
    expect(secretariat[0]!.text).toContain(`قبل ${formatDay('ar-JO', '2026-01-01')}`);
    // Asked once: the next day's tick does not ask again.
    expect((await tickAt(copy, '2025-12-03T09:00')).mails.filter((m) => m.to === 'open.gov@example.org')).toEqual([]);
    // Once 2026's days off are listed, nothing is said.
    await writeFile(file, (await readFile(file, 'utf8')).replace('holidays:\n  add:\n', "holidays:\n  add:\n    - { date: 2026-03-20/2026-03-23, name: 'عيد الفطر' }\n"));
    const listed = await cli('schedule', '--config', file, '--from', '2026-03-01', '--to', '2026-03-31', '--json');
    expect(listed.stderr).toBe('');
    // And the report before the meeting no longer falls during Eid al-Fitr.
    expect(JSON.parse(listed.stdout).sends.map((s: { day: string }) => s.day)).not.toContain('2026-03-22');
  }); // prettier-ignore
});
