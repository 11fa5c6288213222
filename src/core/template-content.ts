/**
 * What ogp-tracker pre-fills in a commitment's template, and how a submission is told apart
 * from that template left untouched: an untouched template is not a submission (it is
 * « Manquante », never « Fiche reçue »).
 *
 * The test is on content, not on row counts: the template carries, in its hidden `Listes`
 * sheet, a fingerprint of the data it was written with; a reading whose data has the same
 * fingerprint is the template as we wrote it, whatever the spreadsheet program did to the
 * file's bytes when it was opened and saved again. A copy that lost the `Listes` sheet (a
 * Google Sheet made from it, say) is compared with what the current configuration would
 * pre-fill.
 *
 * The fingerprint is SHA-256 (`node:crypto`, a computation, no I/O), written with a version
 * (`sha256:…`). Templates written before it carry a 64-bit FNV-1a in hex, with no version:
 * those are still known, by computing the old hash for them alone.
 */
import { createHash } from 'node:crypto';
import type { IsoDate } from './calendar-date.js';
import type { RawWorkbook } from './cells.js';
import type { Commitment } from './config-schema.js';
import {
  emptyEngagement,
  type EngagementInfo,
  type MilestoneRecord,
  type SubmissionReading,
} from './submission.js';
import type { LocaleTag } from './locale-tag.js';
import {
  exampleRefsEverywhere,
  prefilledRef,
  READING_TAGS,
  sheetNamesEverywhere,
} from './template-words.js';
import { normalizeKey } from './text.js';

/** The reference of the template's example row: the validator skips a row that has it. */

/** The first text of the fingerprint's cell in the `Listes` sheet. */
export const TEMPLATE_MARKER_PREFIX = 'ogp-tracker-modele:';

/** True for the reference of an example row (« Exemple », « EXEMPLE – à effacer »…). */
export function isExampleRef(ref: string): boolean {
  const key = normalizeKey(ref);
  return EXAMPLE_KEYS.some((example) => key.startsWith(example));
}

/** « Exemple », « Example », « Ejemplo », « Exemplo », « مثال »: the example row in any language. */
const EXAMPLE_KEYS = exampleRefsEverywhere().map(normalizeKey);

/** A milestone as the configuration gives it and the template pre-fills it. */
export interface PrefilledMilestone {
  ref: string;
  title: string;
  start: IsoDate | null;
  end: IsoDate;
}

/** What the template of a commitment holds before anybody fills it in. */
export interface TemplatePrefill {
  engagement: EngagementInfo;
  milestones: PrefilledMilestone[];
}

/**
 * The pre-filled data of a commitment's template (milestones J1, J2… from `milestones:`, the
 * letter of the template's language: H1 in Spanish); without one, a blank template's.
 */
export function templatePrefill(commitment?: Commitment, tag: LocaleTag = 'fr'): TemplatePrefill {
  if (!commitment) return { engagement: emptyEngagement(), milestones: [] };
  return {
    engagement: {
      commitmentId: commitment.id,
      commitmentTitle: commitment.title,
      institution: commitment.institution,
      focalPoint: commitment.focalPoint.name,
      email: commitment.focalPoint.email,
      updatedAt: null,
    },
    milestones: (commitment.milestones ?? []).map((m, index) => ({
      ref: prefilledRef(tag, index + 1),
      title: m.title,
      start: m.start ?? null,
      end: m.end,
    })),
  };
}

/** How the fingerprint is computed: its version, first in the marker. */
const FINGERPRINT_VERSION = 'sha256:';

/** The fingerprint of the data of a prefill, as written in the template. */
export function prefillFingerprint(prefill: TemplatePrefill): string {
  return fingerprintOf(prefillData(prefill), currentHash);
}

function prefillData(prefill: TemplatePrefill): FingerprintData {
  return {
    engagement: prefill.engagement,
    actions: [],
    milestones: prefill.milestones.map((m) => ({
      ref: m.ref,
      title: m.title,
      start: m.start,
      end: m.end,
      progress: null,
      completion: null,
      evidence: null,
      difficulties: null,
      comment: null,
    })),
  };
}

/**
 * The fingerprint of the data a reading holds (not where it sits, nor how it is formatted),
 * computed as the marker it is compared with was (a template written before the versioned
 * marker has the old hash); null when something typed could not be read.
 */
export function readingFingerprint(
  reading: SubmissionReading,
  marker: string | null = null,
): string | null {
  // Something typed that could not be read is something typed: not our template.
  if ([...reading.actions, ...reading.milestones].some((r) => Object.keys(r.invalid).length > 0)) {
    return null;
  }
  const data = {
    engagement: reading.engagement,
    actions: reading.actions.map(({ row: _row, invalid: _invalid, ...fields }) => fields),
    milestones: reading.milestones.map(({ row: _row, invalid: _invalid, ...fields }) => fields),
  };
  return fingerprintOf(data, marker && isLegacyMarker(marker) ? legacyHash : currentHash);
}

/** The hidden lists' sheet in every language the template is written in. */
const LISTS_SHEETS = new Set(sheetNamesEverywhere('lists').map(normalizeKey));

/** The fingerprint the template carries in its `Listes` sheet, if it has one. */
export function templateMarker(workbook: RawWorkbook): string | null {
  for (const sheet of workbook.sheets) {
    if (!LISTS_SHEETS.has(normalizeKey(sheet.name))) continue;
    for (const row of sheet.rows) {
      for (const cell of row ?? []) {
        const value = cell?.value;
        if (typeof value === 'string' && value.startsWith(TEMPLATE_MARKER_PREFIX)) {
          return value.slice(TEMPLATE_MARKER_PREFIX.length);
        }
      }
    }
  }
  return null;
}

/**
 * True when a reading is a template nobody filled in: its data is exactly what the template
 * was written with (its marker), or what the configuration pre-fills for the commitment.
 */
export function isUntouchedTemplate(
  reading: SubmissionReading,
  marker: string | null,
  commitment: Commitment,
): boolean {
  // The template is written without a single action (its example row is not read): a sheet
  // with one is not the template, and hashing its rows would cost the run for nothing.
  if (reading.actions.length > 0) return false;
  if (marker !== null && readingFingerprint(reading, marker) === marker) return true;
  // A copy without its marker (a Google Sheet made from it): what the configuration pre-fills,
  // in whichever language it was written (its milestones J1… or H1…).
  const fingerprint = readingFingerprint(reading);
  return READING_TAGS.some(
    (tag) => fingerprint === prefillFingerprint(templatePrefill(commitment, tag)),
  );
}

type Canonical = string | number | boolean | null | Canonical[] | { [key: string]: Canonical };

interface FingerprintData {
  engagement: EngagementInfo;
  actions: Record<string, unknown>[];
  milestones: Omit<MilestoneRecord, 'row' | 'invalid'>[];
}

/** A stable fingerprint of data: texts compared as a person reads them (case, spaces). */
function fingerprintOf(data: FingerprintData, hash: (text: string) => string): string {
  return hash(JSON.stringify(canonical(data as unknown as Canonical)));
}

function canonical(value: Canonical): Canonical {
  if (typeof value === 'string') return normalizeKey(value);
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, Canonical>)[key] ?? null)]),
    );
  }
  return value;
}

/** Today's fingerprint: SHA-256 of the canonical JSON, with its version. */
function currentHash(text: string): string {
  return FINGERPRINT_VERSION + createHash('sha256').update(text).digest('hex');
}

/** A marker written before the fingerprint had a version: 16 hex digits of FNV-1a. */
function isLegacyMarker(marker: string): boolean {
  return /^[0-9a-f]{16}$/.test(marker);
}

/**
 * The fingerprint of templates written before the versioned marker: 64 bits of FNV-1a, as
 * hex. Slow (BigInt, byte by byte), so computed only for a reading that carries such a marker.
 */
function legacyHash(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const unit of new TextEncoder().encode(text)) {
    h ^= BigInt(unit);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}
