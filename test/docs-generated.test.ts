/**
 * What `npm run docs` writes from the code is what is committed: committee.schema.json,
 * docs/configuration.md (committee.yaml key by key, from the zod schema) and
 * docs/validation-codes.md (the codes, from src/core/codes.ts and the catalogues). Each is
 * rendered here in memory, formatted as the script formats it, and compared with the file.
 *
 * And what the configuration page shows is true: every example a key gives is a value that key
 * accepts (checked with ajv, as an editor checks it), and the page's one-file committee.yaml
 * loads in the tool itself.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { packageRoot } from '../src/adapters/local/package-files.js';
import { libraryCountryFacts } from '../src/adapters/country/country-facts.js';
import { committeeJsonSchema, type JsonSchema } from '../src/core/config-json-schema.js';
import { parseCommitteeConfig } from '../src/core/config-schema.js';
import { generatedFiles, type GeneratedFile } from '../scripts/docs/generated-files.js';
import { ONE_FILE_EXAMPLE } from '../scripts/docs/configuration-page.js';
import { githubAnchor } from '../scripts/docs/markdown.js';

let files: GeneratedFile[] = [];

beforeAll(async () => {
  files = await generatedFiles(packageRoot());
});

describe('the files npm run docs writes', () => {
  it.each(['committee.schema.json', 'docs/configuration.md', 'docs/validation-codes.md'])(
    '%s is current (else: run npm run docs)',
    async (path) => {
      const rendered = files.find((f) => f.path === path);
      expect(rendered, `${path} is not generated`).toBeDefined();
      const committed = await readFile(join(packageRoot(), path), 'utf8').catch(() => '');
      expect(committed, `${path} is not what the code says: run npm run docs`).toBe(
        rendered?.content,
      );
    },
  );

  it('link within the page to headings it has', () => {
    for (const { path, content } of files.filter((f) => f.path.endsWith('.md'))) {
      const anchors = new Set(
        content
          .split('\n')
          .filter((line) => /^#{1,6} /.test(line))
          .map((line) => githubAnchor(line.replace(/^#+ /, '').replace(/`/g, ''))),
      );
      const linked = [...content.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1] as string);
      expect(linked.length, path).toBeGreaterThan(10);
      expect(
        linked.filter((anchor) => !anchors.has(anchor)),
        path,
      ).toEqual([]);
    }
  });
});

describe('the configuration page says what the tool accepts', () => {
  /** Every node of the schema with examples, and its path. */
  function withExamples(node: unknown, path: string, out: [string, JsonSchema][] = []) {
    if (Array.isArray(node)) {
      node.forEach((item, i) => withExamples(item, `${path}/${i}`, out));
    } else if (node && typeof node === 'object') {
      const schema = node as JsonSchema;
      if (Array.isArray(schema.examples)) out.push([path, schema]);
      for (const [key, child] of Object.entries(schema)) {
        if (key !== 'examples' && key !== 'default') withExamples(child, `${path}/${key}`, out);
      }
    }
    return out;
  }

  it('gives every key an example it accepts', () => {
    const ajv = new Ajv({ strict: false });
    const nodes = withExamples(committeeJsonSchema(), '#');
    expect(nodes.length).toBeGreaterThan(100);
    const refused = nodes.flatMap(([path, node]) => {
      const { examples, ...schema } = node;
      const validate = ajv.compile(schema);
      return (examples as unknown[])
        .filter((example) => !validate(example))
        .map((example) => `${path}: ${JSON.stringify(example)}`);
    });
    expect(refused).toEqual([]);
  });

  it('shows a one-file committee.yaml that loads, and that an editor accepts', () => {
    const data: unknown = parse(ONE_FILE_EXAMPLE);
    const loaded = parseCommitteeConfig(data, libraryCountryFacts, 'en');
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
    const validate = new Ajv({ strict: false }).compile(committeeJsonSchema());
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });
});
