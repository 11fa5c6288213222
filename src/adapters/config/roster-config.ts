/**
 * The committee workbook (roster) read where it lives, at every run, cheaply: a local file only
 * when its modification time or size changed, a Google Sheet only when Drive's `modifiedTime`
 * changed (an unchanged roster costs one Drive `files.get`, no Sheets read: the Sheets quota is
 * 60 reads a minute). A version that does not pass (unreadable, a problem in a cell, a Google
 * Sheet anyone with the link may edit) never stops the committee: the last accepted version,
 * kept in the run state, is used, and the refusal is returned for the secretariat to be told.
 * Each accepted version is compared with the previous one into change records.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { isAbsolute, normalize, resolve, sep } from 'node:path';
import { render, translate } from '../../core/catalogue/render.js';
import { localDateAt } from '../../core/calendar-date.js';
import { OgpError } from '../../core/codes.js';
import { localeNamedIn } from '../../core/config-schema.js';
import type { LocaleTag } from '../../core/locale-tag.js';
import { failureReason } from '../../core/failure-message.js';
import { readRoster } from '../../core/roster/read-roster.js';
import { ROSTER_SHEET_SELECTION } from '../../core/roster/roster-sheets.js';
import { datedCells, type RosterCells } from '../../core/roster/roster-calendar.js';
import { rosterChanges, type RosterChangeRecord } from '../../core/roster/roster-changes.js';
import { keptChanges } from '../../core/roster/roster-changes-kept.js';
import type { RosterData } from '../../core/roster/roster-data.js';
import type { RunState, StoredRoster } from '../../core/run-state.js';
import { holdsStarterPlaceholders } from '../../core/starter-committee.js';
import type { ReadFailure } from '../../core/read-failure.js';
import type { SpreadsheetLocation, SpreadsheetSource } from '../../core/spreadsheet-source.js';
import {
  mergeRosterConfig,
  refuseRosterKeysInYaml,
  throwYamlProblems,
  type ConfigDocument,
  type LoadedConfig,
} from './committee-file.js';

/** Where committee.yaml says the workbook is. */
export type RosterSetting = { workbook: string } | { sheet: string };

/** What the roster brought to this run. */
export interface RosterStatus {
  /**
   * Which workbook it is: as committee.yaml names it (`roster.workbook`, relative to its folder),
   * or the Google Sheet's id; never where the folder is, so moving it forgets nothing.
   */
  source: string;
  /** The workbook as a person knows it: its name in committee.yaml, or the Google Sheet's link. */
  label: string;
  /** Whether the workbook was read this run (false: unchanged, nothing but its date was asked). */
  read: boolean;
  /** The version in use: its hash, its modification time and who made it (null: not known). */
  sha256: string;
  modifiedTime: string;
  modifiedBy: string | null;
  /** The changes this run accepted (empty when nothing changed). */
  accepted: RosterChangeRecord[];
  /** Every accepted change kept, oldest first. */
  changes: RosterChangeRecord[];
  /** Where the version in use holds each dated value: its calendar warnings name the cell. */
  cells?: RosterCells;
  /**
   * A newer version refused: its hash, every problem (at its sheet and cell), and what is
   * refused (`key`: the version in use and the problems, sorted) — the secretariat is told once
   * per key, so saving the workbook again without fixing it tells nothing new.
   */
  refused?: { sha256: string; problems: string[]; key: string };
}

/** A configuration whose people and plan came from the committee workbook. */
export interface RosterLoadedConfig extends LoadedConfig {
  roster: RosterStatus;
}

/** The run state and the spreadsheet port the roster is read with. */
export interface RosterAdapters {
  state: Pick<RunState, 'loadRoster' | 'saveRoster'>;
  sources: SpreadsheetSource;
  now: Date;
  /** The service account's address (google.serviceAccount), named in what to share with it. */
  account?: string;
}

/** Where the roster named in committee.yaml lives, its path resolved from the YAML's folder. */
export function rosterLocation(setting: RosterSetting, dir: string): SpreadsheetLocation {
  return 'workbook' in setting
    ? { kind: 'xlsx', path: resolve(dir, setting.workbook) }
    : { kind: 'google-sheet', spreadsheetId: setting.sheet };
}

/**
 * Which workbook a roster setting names, as kept in the run state: `roster.workbook` as written
 * (normalized: `./comite.xlsx` is `comite.xlsx`), or the Google Sheet's id.
 */
export function rosterSourceOf(setting: RosterSetting): string {
  return 'workbook' in setting ? normalize(setting.workbook) : setting.sheet;
}

/** The workbook as a person knows it: as committee.yaml names it, or the Google Sheet's link. */
export function rosterLabelOf(setting: RosterSetting): string {
  return 'workbook' in setting
    ? setting.workbook
    : `https://docs.google.com/spreadsheets/d/${encodeURIComponent(setting.sheet)}`;
}

/** The roster setting of committee.yaml's data, or null when it names none (or not as expected). */
export function rosterSettingOf(data: Record<string, unknown>): RosterSetting | null {
  const roster = data.roster as { workbook?: unknown; sheet?: unknown } | undefined;
  if (typeof roster?.workbook === 'string') return { workbook: roster.workbook };
  if (typeof roster?.sheet === 'string') return { sheet: roster.sheet };
  return null;
}

const NO_WORKBOOK = { sheets: [], date1904: false };
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The configuration of a committee that keeps its people and plan in a workbook: committee.yaml's
 * technical settings with the workbook's current version, or with the last accepted one when the
 * current one does not pass. Throws `config-invalid` for committee.yaml's own problems (a key
 * kept in both places, a wrong setting), and for a workbook that does not pass when no version
 * was ever accepted (every problem, at its sheet and cell).
 */
export async function loadRosterConfig(
  doc: ConfigDocument,
  setting: RosterSetting,
  adapters: RosterAdapters,
): Promise<RosterLoadedConfig> {
  const location = rosterLocation(setting, doc.dir);
  const source = rosterSourceOf(setting);
  const label = rosterLabelOf(setting);
  const stored = await storedFor(adapters.state, setting, doc.dir);
  refuseRosterKeysInYaml(doc, label, tagOf(doc, stored?.accepted.data));
  const seen = await lookAt(location, stored, adapters.sources);

  // Unchanged since last looked at: the verdict then stands, nothing is read.
  if (seen.unchanged && stored) {
    const loaded = keep(doc, stored, label, false);
    const { problems } = stored.seen;
    if (problems.length === 0) return loaded;
    const refused = { sha256: stored.seen.sha256, problems, key: refusalKey(stored, problems) };
    return { ...loaded, roster: { ...loaded.roster, refused } };
  }

  const tag = tagOf(doc, stored?.accepted.data);
  // The language the workbook read now names, once read: its problems are said in it.
  let said: LocaleTag = tag;
  let problems: string[];
  let unkept = false;
  let candidate: { data: RosterData; merged: ReturnType<typeof mergeRosterConfig>; cells: RosterCells } | null = null; // prettier-ignore
  if (!seen.reading.ok) {
    const reason = render(tag, failureReason(seen.reading.failure));
    problems = [translate(tag, 'roster-load.unreadable', { workbook: label, reason })];
  } else {
    const reading = readRoster(seen.reading.workbook, tag);
    const merged = mergeRosterConfig(doc, reading.data, reading);
    if (!merged.ok && merged.yaml.length > 0) throwYamlProblems(doc.file, merged.yaml, merged.tag);
    const cells = merged.ok ? datedCells(merged.loaded.config, reading.cellOf) : {};
    candidate = { data: reading.data, merged, cells };
    problems = merged.ok ? [] : merged.roster;
    said = merged.ok ? merged.loaded.config.committee.tag : merged.tag;
    problems.push(...sharingProblems(location, seen, { workbook: label, tag: said, account: adapters.account })); // prettier-ignore
  }
  const version = {
    modifiedTime: seen.modifiedTime,
    ...(seen.size !== undefined ? { size: seen.size } : {}),
    // A workbook that cannot be read has no content hash: its failure stands for it.
    sha256: seen.reading.ok ? seen.reading.contentHash : sha256(problems.join('\n')),
  };

  if (problems.length === 0 && candidate?.merged.ok) {
    const by = seen.access?.lastModifyingUser;
    const modifiedBy = by ? (by.emailAddress ? `${by.displayName} <${by.emailAddress}>` : by.displayName) : null; // prettier-ignore
    const config = candidate.merged.loaded.config;
    const on = localDateAt(new Date(seen.modifiedTime), config.committee.timezone);
    // The history starts with the committee: what the secretariat types over init's starter
    // (« Point focal 1 », secretariat@example.org) is the workbook being filled in, not a change,
    // as long as the version in use still holds one of its placeholder people.
    const accepted: RosterChangeRecord[] =
      stored && !holdsStarterPlaceholders(stored.accepted.data)
        ? rosterChanges(stored.accepted.data, candidate.data).map((change) => ({ change, on, by: by?.displayName ?? null })) // prettier-ignore
        : [];
    const next: StoredRoster = {
      version: 1,
      source,
      accepted: { data: candidate.data, sha256: version.sha256, modifiedTime: seen.modifiedTime, modifiedBy, acceptedAt: adapters.now.toISOString(), cells: candidate.cells }, // prettier-ignore
      seen: { ...version, problems: [] },
      changes: keptChanges(stored?.changes ?? [], accepted),
    };
    const notKept = await failedSave(adapters.state, next);
    if (!notKept) {
      return {
        ...candidate.merged.loaded,
        roster: { source, label, read: true, sha256: version.sha256, modifiedTime: seen.modifiedTime, modifiedBy, accepted, changes: next.changes, cells: candidate.cells }, // prettier-ignore
      };
    }
    // A version that cannot be kept is refused: the next run would not find it (nor its
    // changes), and a save that fails at every run must not stop the committee at every run.
    problems = [translate(tag, 'roster-load.notKept', { reason: notKept.textIn(tag) })];
    unkept = true;
  }
  if (!stored) {
    // Nothing accepted yet to fall back on: the committee cannot run on a roster it never had.
    // Said in the language its workbook names, as its problems are.
    throw new OgpError(
      'config-invalid',
      translate(said, 'roster-load.invalid', { workbook: label, count: problems.length }),
      { details: problems, locale: said },
    );
  }
  // Its verdict kept, so an unchanged workbook is not read again; not when the version could
  // not be kept (the next run tries again), nor when the verdict cannot be (it is said anyway).
  if (!unkept) {
    await failedSave(adapters.state, { ...stored, seen: { ...version, problems } });
  }
  const loaded = keep(doc, stored, label, true);
  const refused = { sha256: version.sha256, problems, key: refusalKey(stored, problems) };
  return { ...loaded, roster: { ...loaded.roster, refused } };
}

/**
 * Saves the roster's state; the `write-failed` error when the store refused it (too large for
 * a Firestore document, Firestore unreachable), said in the refusal instead of stopping the run.
 */
async function failedSave(
  state: RosterAdapters['state'],
  roster: StoredRoster,
): Promise<OgpError | null> {
  try {
    await state.saveRoster(roster);
    return null;
  } catch (error) {
    if (error instanceof OgpError && error.code === 'write-failed') return error;
    throw error;
  }
}

/**
 * What a refusal is about: the version still in use (as accepted then: a version accepted again
 * later, even with the same bytes, is another) and the problems found, in any order. Not the
 * refused file's bytes: each save of the workbook changes them, and the same mistakes saved
 * again are no news; a version accepted in between makes the same mistake news again.
 */
function refusalKey(stored: StoredRoster, problems: readonly string[]): string {
  const { sha256: version, acceptedAt } = stored.accepted;
  return sha256([version, acceptedAt, ...[...problems].sort()].join('\n'));
}

/**
 * Who may change the roster decides who is a known sender: a Google Sheet is accepted only when
 * Drive shows this account its sharing and nobody with the link may edit it. Drive shows it to
 * an account that may share the file (files.get `permissions`: « only available if the
 * requesting user can share the file. Not populated for items in shared drives »), or, in a
 * shared drive, through `permissions.list`; a reader or commenter may do neither (Drive's
 * roles, developers.google.com/workspace/drive/api/guides/ref-roles: « Share items from the My
 * Drive folder » and « Can access detailed file permissions » are the writer's, not the
 * commenter's or the reader's). Not knowing is refused, not accepted: anyone might edit it.
 * Sharing a file does not change its `modifiedTime`, so a refused sheet is read again at each
 * run (see {@link lookAt}) and accepted once the secretariat has fixed it.
 */
function sharingProblems(
  location: SpreadsheetLocation,
  seen: Seen,
  said: { workbook: string; tag: LocaleTag; account: string | undefined },
): string[] {
  const { workbook, tag, account } = said;
  if (location.kind === 'xlsx') return [];
  if (seen.access?.anyoneCanEdit === true) return [translate(tag, 'roster-load.linkEditable')];
  if (seen.access?.anyoneCanEdit === false) return [];
  // Drive answered without the sharing (null), or the question about it failed.
  if (seen.accessFailure) {
    const reason = render(tag, failureReason(seen.accessFailure));
    return [translate(tag, 'roster-load.unreadable', { workbook, reason })];
  }
  return [
    translate(tag, 'roster-load.sharingUnknown', {
      named: Boolean(account),
      account: account ?? '',
    }),
  ];
}

/**
 * The roster kept for this workbook, or null (none yet, or one of another workbook). One kept by
 * an earlier version of this tool under the workbook's absolute path is this workbook's when that
 * path ends with the name committee.yaml gives it (the folder may have moved since): it is kept
 * again under that name at once, so it is found wherever the folder goes next.
 */
async function storedFor(
  state: RosterAdapters['state'],
  setting: RosterSetting,
  dir: string,
): Promise<StoredRoster | null> {
  const stored = await state.loadRoster();
  if (!stored) return null;
  const source = rosterSourceOf(setting);
  if (stored.source === source) return stored;
  if (!('workbook' in setting) || !isAbsolute(stored.source)) return null;
  const kept = normalize(stored.source);
  const same = isAbsolute(source)
    ? kept === source
    : kept === resolve(dir, source) || kept.endsWith(`${sep}${source}`);
  if (!same) return null;
  const migrated = { ...stored, source };
  await state.saveRoster(migrated);
  return migrated;
}

/** The committee's language: the workbook's last accepted one, else French. */
function tagOf(doc: ConfigDocument, data: RosterData | undefined): LocaleTag {
  return localeNamedIn({ ...doc.data, ...data });
}

/** What was seen of the workbook now: unchanged since last time, or read (or why not). */
interface Seen {
  unchanged: boolean;
  modifiedTime: string;
  size?: number;
  reading: Awaited<ReturnType<SpreadsheetSource['read']>>;
  access?: { lastModifyingUser?: { displayName: string; emailAddress?: string }; anyoneCanEdit: boolean | null }; // prettier-ignore
  /** Why Drive could not be asked who may edit it (a Google Sheet read anew). */
  accessFailure?: ReadFailure;
}

/**
 * Looks at the workbook as cheaply as it can be: a local file's modification time and size
 * (a `stat`), a Google Sheet's Drive modification time (one `files.get`); read in full only
 * when they changed. A Google Sheet read anew is then asked who changed it last and who may
 * edit it (one `files.get` more, and a `permissions.list` where Drive leaves permissions out).
 */
async function lookAt(
  location: SpreadsheetLocation,
  stored: StoredRoster | null,
  sources: SpreadsheetSource,
): Promise<Seen> {
  const last = stored?.seen;
  if (location.kind === 'xlsx') {
    const info = await stat(location.path).catch(() => null);
    const modifiedTime = info ? info.mtime.toISOString() : '';
    if (info && last && last.modifiedTime === modifiedTime && last.size === info.size) {
      // Nothing read: the reading stands for « not read », never looked at.
      return { unchanged: true, modifiedTime, size: info.size, reading: { ok: false, failure: { kind: 'missing' } } }; // prettier-ignore
    }
    const reading = await sources.read(location, { sheets: ROSTER_SHEET_SELECTION });
    return {
      unchanged: false,
      modifiedTime: reading.ok ? reading.modifiedAt.toISOString() : modifiedTime,
      ...(info ? { size: info.size } : {}),
      reading,
    };
  }
  // A version refused is looked at in full again: its sharing may have been fixed since, and
  // sharing a file leaves its modifiedTime as it was (one Sheets read a run while refused).
  const previous =
    last && last.problems.length === 0
      ? { modifiedAt: last.modifiedTime, contentHash: last.sha256, workbook: NO_WORKBOOK }
      : undefined;
  const reading = await sources.read(location, {
    sheets: ROSTER_SHEET_SELECTION,
    ...(previous ? { previous } : {}),
  });
  if (reading.ok && reading.unchanged) {
    return { unchanged: true, modifiedTime: reading.modifiedAt.toISOString(), reading };
  }
  if (!reading.ok) return { unchanged: false, modifiedTime: '', reading };
  // Read anew: who changed it and who may, asked of Drive without reading Sheets again.
  const now = { modifiedAt: reading.modifiedAt.toISOString(), contentHash: reading.contentHash, workbook: NO_WORKBOOK }; // prettier-ignore
  const access = await sources.read(location, {
    sheets: ROSTER_SHEET_SELECTION,
    previous: now,
    access: true,
  });
  return {
    unchanged: false,
    modifiedTime: reading.modifiedAt.toISOString(),
    reading,
    ...(access.ok && access.access ? { access: access.access } : {}),
    ...(!access.ok ? { accessFailure: access.failure } : {}),
  };
}

/** The configuration with the last accepted roster. */
function keep(
  doc: ConfigDocument,
  stored: StoredRoster,
  label: string,
  read: boolean,
): RosterLoadedConfig {
  const merged = mergeRosterConfig(doc, stored.accepted.data, null);
  if (!merged.ok) {
    // The version accepted once no longer passes with today's committee.yaml: said at its lines.
    if (merged.yaml.length > 0) throwYamlProblems(doc.file, merged.yaml, merged.tag);
    throw new OgpError(
      'config-invalid',
      translate(merged.tag, 'roster-load.invalid', { workbook: label, count: merged.roster.length }), // prettier-ignore
      { details: merged.roster, locale: merged.tag },
    );
  }
  const { sha256: hash, modifiedTime, modifiedBy, cells } = stored.accepted;
  return {
    ...merged.loaded,
    roster: { source: stored.source, label, read, sha256: hash, modifiedTime, modifiedBy, accepted: [], changes: stored.changes, ...(cells ? { cells } : {}) }, // prettier-ignore
  };
}
