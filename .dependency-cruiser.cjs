/**
 * The house rules, checked by `npm run lint` (dependency-cruiser): which folder may import
 * which, and no circle of imports, type-only imports included. docs/architecture.md (« What
 * may import what ») says the same in words.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Files that import each other, even through `import type`: move what both need to where both can import it.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'template-is-a-leaf',
      severity: 'error',
      comment:
        'sheets-templates/ is the template as data: core reads it, it imports nothing of ours.',
      from: { path: '^sheets-templates/' },
      to: { path: '^(src|functions|scripts|test)/' },
    },
    {
      name: 'core-imports-core',
      severity: 'error',
      comment:
        'core/ is the pure domain and its ports: it imports only core/, the template, zod and the FormatJS message formatter (no I/O, no vendor types); node:crypto computes hashes.',
      from: { path: '^src/core/' },
      to: {
        pathNot: [
          '^src/core/',
          '^sheets-templates/',
          '^node_modules/zod/',
          // Messages are ICU data, formatted by FormatJS (pure: no I/O, no vendor types leave it).
          '^node_modules/intl-messageformat/',
          '^node_modules/@formatjs/',
          '^node:stream$',
          '^stream$',
          '^node:crypto$',
          '^crypto$',
        ],
      },
    },
    {
      name: 'adapters-import-no-jobs',
      severity: 'error',
      comment:
        'An adapter implements a port of core/; it imports core/ and, where it must, another adapter folder, never what uses it.',
      from: { path: '^src/adapters/' },
      to: { path: '^(src/jobs/|src/cli\\.ts|src/cli/|functions/|scripts/|test/)' },
    },
    {
      name: 'jobs-import-no-entry-points',
      severity: 'error',
      comment:
        'Jobs wire ports to core; the command line and the functions call them, not the reverse.',
      from: { path: '^src/jobs/' },
      to: { path: '^(src/cli\\.ts|src/cli/|functions/|scripts/|test/)' },
    },
    {
      name: 'src-imports-no-tools',
      severity: 'error',
      comment: 'The product never imports the scripts, the functions or the tests.',
      from: { path: '^(src|functions)/' },
      to: { path: '^(scripts|test)/' },
    },
    {
      name: 'functions-are-not-the-cli',
      severity: 'error',
      comment: 'The functions and the command line are two thin entry points side by side.',
      from: { path: '^functions/' },
      to: { path: '^src/cli(\\.ts$|/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|dist-dev|node_modules|coverage)/' },
    // Type-only imports count: a circle closed through `import type` is still a circle.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['es6', 'cjs'],
  },
};
