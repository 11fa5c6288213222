/**
 * The front door holds: every relative link of README.md and docs/**\/*.md leads somewhere (the
 * file or folder exists inside the repository, and a #anchor names a heading of the page, or an
 * explicit <a id>/<a name>, as GitHub makes them), the README stays one screen (≤ 200 lines) and
 * links to every page of docs/ there is.
 *
 * GitHub's anchors (github-slugger, which github.com follows): the heading's text as shown,
 * lowercased; punctuation and symbols dropped except « - » and « _ »; letters of any script kept
 * (accents, Arabic); each space a « - »; a second heading of the same slug gets « -1 », then « -2 ».
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../src/adapters/local/package-files.js';

const ROOT = packageRoot();
const README_MAX_LINES = 200;

/** Unicode characters GitHub drops from a slug: punctuation but `-` and `_`, symbols, controls, separators but the space. */
const DROPPED =
  /(?![\p{Alphabetic} -])[\p{No}\p{Pd}\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Po}\p{S}\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Z}]/gu;

/** A heading's slug, before duplicates are numbered. */
function slugOf(text: string): string {
  return text.toLowerCase().replace(DROPPED, '').replace(/ /g, '-');
}

/** Markdown's inline marks taken away from text that is not code: its links, emphasis, HTML, escapes. */
function withoutMarks(text: string): string {
  return text
    .replace(/<[^>]*>/g, '') // HTML tags (an <a id> in the heading)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images: their text
    .replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, '$1') // reference links
    .replace(/\*+/g, '') // emphasis with asterisks
    .replace(/(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gu, '$1') // emphasis with underscores
    .replace(/\\([!-/:-@[-`{-~])/g, '$1') // backslash escapes
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text a heading shows: code spans as written, the rest without its marks. */
function shownText(source: string): string {
  const heading = source.replace(/\s+#+\s*$/, ''); // an ATX heading's closing sequence
  let shown = '';
  let last = 0;
  for (const m of heading.matchAll(/(`+)(.+?)\1(?!`)/g)) {
    shown += withoutMarks(heading.slice(last, m.index)) + m[2]!.trim();
    last = m.index! + m[0].length;
  }
  return (shown + withoutMarks(heading.slice(last))).trim();
}

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/**
 * The Markdown with its fenced code blocks and HTML comments blanked out, each character kept
 * in place (so a position still gives its line).
 */
function withoutBlocks(markdown: string): string {
  let fence: string | null = null;
  const kept = markdown.split('\n').map((line) => {
    const opening = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence === null && opening) {
      fence = opening[1]!;
      return blank(line);
    }
    if (fence !== null) {
      const closing = /^\s*(`{3,}|~{3,})\s*$/.exec(line);
      if (closing && closing[1]![0] === fence[0] && closing[1]!.length >= fence.length)
        fence = null;
      return blank(line);
    }
    return line;
  });
  return kept.join('\n').replace(/<!--[\s\S]*?-->/g, blank);
}

/** The Markdown with what is not read as links blanked out: code blocks, code spans, comments. */
function withoutCode(markdown: string): string {
  return withoutBlocks(markdown).replace(/(`+)(?:(?!\n[ \t]*\n)[\s\S])*?[^`]\1(?!`)/g, blank);
}

/** Every anchor a Markdown page offers: its headings' slugs (numbered as GitHub numbers them) and explicit ids. */
function anchorsOf(markdown: string): Set<string> {
  const text = withoutBlocks(markdown);
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  const add = (heading: string) => {
    const base = slugOf(shownText(heading));
    let slug = base;
    while (seen.has(slug)) {
      const count = seen.get(base)! + 1;
      seen.set(base, count);
      slug = `${base}-${count}`;
    }
    seen.set(slug, 0);
    anchors.add(slug);
  };
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const atx = /^ {0,3}#{1,6}(?:[ \t]+(.*)|[ \t]*)$/.exec(line);
    if (atx) return add(atx[1] ?? '');
    // A setext heading: a line of text underlined with = or -.
    const previous = lines[i - 1];
    if (
      /^ {0,3}(=+|-+)[ \t]*$/.test(line) &&
      previous !== undefined &&
      previous.trim() !== '' &&
      !/^\s*([-*+>|#]|\d+[.)])/.test(previous)
    ) {
      add(previous.trim());
    }
  });
  for (const m of withoutCode(markdown).matchAll(
    /<a\s[^>]*?\b(?:id|name)\s*=\s*["']([^"']+)["']/gi,
  )) {
    anchors.add(m[1]!);
  }
  return anchors;
}

/** A link of a page: where it points and the line it is on. */
interface Link {
  target: string;
  line: number;
}

/** Every link of a Markdown page: inline, reference definitions, and HTML href/src. */
function linksOf(markdown: string): Link[] {
  const text = withoutCode(markdown);
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const links: Link[] = [];
  // Inline links and images: [text](target "title"); the target may hold balanced parentheses.
  const inline =
    /\]\(\s*(<[^>\n]*>|(?:[^()\s]|\((?:[^()\s])*\))*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
  for (const m of text.matchAll(inline)) {
    const target = m[1]!.replace(/^<|>$/g, '');
    links.push({ target, line: lineAt(m.index!) });
  }
  for (const m of text.matchAll(/^ {0,3}\[[^\]\n]+\]:\s*(<[^>\n]*>|\S+)/gm)) {
    links.push({ target: m[1]!.replace(/^<|>$/g, ''), line: lineAt(m.index!) });
  }
  for (const m of text.matchAll(/<(?:a|img)\s[^>]*?\b(?:href|src)\s*=\s*["']([^"']*)["']/gi)) {
    links.push({ target: m[1]!, line: lineAt(m.index!) });
  }
  return links;
}

/** A link that leaves the repository's pages: a web address, mail, another scheme. */
function isExternal(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');
}

/**
 * What is wrong with each relative link of `file` (a path inside `root`), as
 * « file:line → target: why »; none: [].
 */
function brokenLinks(root: string, file: string): string[] {
  const markdown = readFileSync(join(root, file), 'utf8');
  const problems: string[] = [];
  for (const { target, line } of linksOf(markdown)) {
    if (target === '' || isExternal(target)) continue;
    const say = (why: string) => problems.push(`${file}:${line} → ${target}: ${why}`);
    const hash = target.indexOf('#');
    const pathPart = hash < 0 ? target : target.slice(0, hash);
    const anchor = hash < 0 ? null : target.slice(hash + 1);
    let decoded: string;
    try {
      decoded = decodeURI(pathPart);
    } catch {
      say('not a valid address');
      continue;
    }
    if (decoded.startsWith('/')) {
      say('an absolute path: write it relative to the page');
      continue;
    }
    const resolved = decoded === '' ? join(root, file) : resolve(root, dirname(file), decoded);
    const inside = relative(root, resolved);
    if (inside.startsWith('..') || inside.startsWith(sep)) {
      say('outside the repository');
      continue;
    }
    if (!existsSync(resolved)) {
      say('no such file');
      continue;
    }
    if (anchor === null) continue;
    if (!resolved.endsWith('.md') || statSync(resolved).isDirectory()) continue;
    let wanted: string;
    try {
      wanted = decodeURIComponent(anchor);
    } catch {
      say('not a valid anchor');
      continue;
    }
    const anchors = anchorsOf(readFileSync(resolved, 'utf8'));
    if (!anchors.has(wanted))
      say(`no heading or <a id> « ${wanted} » in ${relative(root, resolved)}`);
  }
  return problems;
}

/** The Markdown files of `dir` (relative to `root`), its subfolders' included. */
function markdownFiles(root: string, dir: string): string[] {
  const here = join(root, dir);
  if (!existsSync(here)) return [];
  return readdirSync(here, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(root, path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

/** The pages a reader enters by: README.md and every page of docs/. */
const PAGES = ['README.md', ...markdownFiles(ROOT, 'docs')].sort();

describe('GitHub anchors', () => {
  it('are the heading lowercased, punctuation dropped but - and _, spaces as -', () => {
    expect(slugOf("Loading: the functions' cold start")).toBe('loading-the-functions-cold-start');
    expect(slugOf('SMTP and IMAP with OAuth 2.0')).toBe('smtp-and-imap-with-oauth-20');
    expect(slugOf('dist/ and dist-dev/')).toBe('dist-and-dist-dev');
    expect(slugOf('A folder of .eml files, on one machine')).toBe(
      'a-folder-of-eml-files-on-one-machine',
    );
    expect(slugOf('snake_case (and «quotes») — $5 + 2 = 7?')).toBe(
      'snake_case-and-quotes--5--2--7',
    );
  });

  it('keep letters with accents and Arabic letters', () => {
    expect(slugOf('Réponses par courriel — the secretariat’s mailbox')).toBe(
      'réponses-par-courriel--the-secretariats-mailbox',
    );
    expect(slugOf('Étape 1 : créer le comité')).toBe('étape-1--créer-le-comité');
    expect(slugOf('دليل أمانة اللجنة: الخطوة ٢')).toBe('دليل-أمانة-اللجنة-الخطوة-٢');
  });

  it('are the text shown: code, links and emphasis give their text', () => {
    const anchors = anchorsOf(
      [
        '# The `tick` command',
        '## `__init__` and `<a>`',
        '## See [emails](emails.md) and **bold** _words_ of snake_case',
        '### Closed heading ###',
        'Setext heading',
        '--------------',
        '```',
        '# not a heading',
        '```',
        '<a id="explicit-anchor"></a>',
      ].join('\n'),
    );
    expect([...anchors]).toEqual([
      'the-tick-command',
      '__init__-and-a',
      'see-emails-and-bold-words-of-snake_case',
      'closed-heading',
      'setext-heading',
      'explicit-anchor',
    ]);
  });

  it('number a repeated heading -1, -2', () => {
    const anchors = anchorsOf(
      ['# Example', '## Example', '### Example', '## Example 1'].join('\n'),
    );
    expect([...anchors]).toEqual(['example', 'example-1', 'example-2', 'example-1-1']);
  });
});

describe('the link checker', () => {
  it('finds a missing file, a missing anchor and a link out of the repository, not a good one', () => {
    const root = mkdtempSync(join(tmpdir(), 'docs-links-'));
    try {
      mkdirSync(join(root, 'docs'));
      writeFileSync(join(root, 'docs', 'a.md'), '# Page A\n\n## Café : prêt ?\n');
      writeFileSync(
        join(root, 'README.md'),
        [
          '[good](docs/a.md#café--prêt-) [self](#title) [folder](docs/)',
          '# Title',
          '[gone](docs/b.md) [no anchor](docs/a.md#cafe)',
          '[out](../elsewhere.md) ![picture](docs/missing.png) [web](https://example.org/x.md)',
          '`[in code](nowhere.md)`',
        ].join('\n'),
      );
      expect(brokenLinks(root, 'README.md')).toEqual([
        'README.md:3 → docs/b.md: no such file',
        `README.md:3 → docs/a.md#cafe: no heading or <a id> « cafe » in ${join('docs', 'a.md')}`,
        'README.md:4 → ../elsewhere.md: outside the repository',
        'README.md:4 → docs/missing.png: no such file',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('README.md and docs/', () => {
  it.each(PAGES)('%s: every relative link and anchor resolves', (page) => {
    expect(brokenLinks(ROOT, page)).toEqual([]);
  });

  it(`README.md is one screen: at most ${README_MAX_LINES} lines`, () => {
    const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\n$/, '').split('\n');
    expect(lines.length).toBeLessThanOrEqual(README_MAX_LINES);
  });

  it('README.md links to every page of docs/ and of docs/guide/', () => {
    const pages = [
      ...markdownFiles(ROOT, 'docs').filter((p) => dirname(p) === 'docs'),
      ...markdownFiles(ROOT, join('docs', 'guide')).filter(
        (p) => dirname(p) === join('docs', 'guide'),
      ),
    ];
    const linked = new Set(
      linksOf(readFileSync(join(ROOT, 'README.md'), 'utf8'))
        .map(({ target }) => target.split('#')[0]!)
        .filter((target) => target !== '' && !isExternal(target))
        .map((target) => relative(ROOT, resolve(ROOT, decodeURI(target)))),
    );
    expect(pages.filter((page) => !linked.has(page))).toEqual([]);
  });
});
