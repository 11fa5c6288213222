/** Runs LibreOffice headless for round-trip tests (Debian package libreoffice-calc-nogui). */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { describe } from 'vitest';

const run = promisify(execFile);

/** The soffice binary on PATH, if any. */
export const soffice =
  (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, 'soffice'))
    .find((path) => existsSync(path)) ?? null;

/**
 * `describe` when LibreOffice is installed. Without it the block is skipped on a developer's
 * machine (with the reason in its title), but CI (CI=true) runs it so that it fails loudly:
 * `.ci/run` installs LibreOffice, and a missing install must not pass for a green run.
 */
export const describeWithLibreOffice: typeof describe =
  soffice || process.env.CI ? describe : (describe.skip as typeof describe);

/** poppler's pdftotext on PATH, if any. */
const pdftotext = (process.env.PATH ?? '')
  .split(delimiter)
  .some((dir) => existsSync(join(dir, 'pdftotext')));

/** `describe` when LibreOffice and poppler's pdftotext are installed (and always under CI). */
export const describeWithPdfTools: typeof describe =
  (soffice && pdftotext) || process.env.CI ? describe : (describe.skip as typeof describe);

/** Converts files with `soffice --headless --convert-to FORMAT` into `outDir`, one process for all. */
export async function convertWithLibreOffice(
  files: string[],
  outDir: string,
  format: string,
): Promise<void> {
  if (!soffice)
    throw new Error(
      'LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui',
    );
  // A private profile: parallel or leftover LibreOffice instances must not share a lock.
  const profile = await mkdtemp(join(tmpdir(), 'ogp-lo-profile-'));
  try {
    await run(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        format,
        '--outdir',
        outDir,
        ...files,
      ],
      { timeout: 180_000 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** One printed page as poppler reads it: its words and their heights (points). */
export interface PdfPage {
  words: string[];
  /** The median height of its words: the size the text is printed at. */
  medianHeight: number;
}

/**
 * The pages of a PDF, read with poppler's `pdftotext -bbox` (Debian package poppler-utils):
 * how a person sees them, word by word and at what size.
 */
export async function readPdfPages(path: string): Promise<PdfPage[]> {
  const { stdout } = await run('pdftotext', ['-bbox', path, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout
    .split('<page ')
    .slice(1)
    .map((page) => {
      const words: string[] = [];
      const heights: number[] = [];
      for (const m of page.matchAll(
        /yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
      )) {
        heights.push(Number(m[2]) - Number(m[1]));
        words.push(m[3]!.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')); // prettier-ignore
      }
      heights.sort((a, b) => a - b);
      return { words, medianHeight: heights[Math.floor(heights.length / 2)] ?? 0 };
    });
}
