/**
 * The catalogues' generated module (imports and typed arguments) is as the ICU files are:
 * `npm run catalogue` rewrites it (this test, with --update). Kept apart from the other
 * checks so that it runs before the module exists.
 */
import { expect, it } from 'vitest';
import { generateCatalogueModule, GENERATED_FILE } from '../../scripts/catalogue-types.js';

it('gives the generated types as the catalogues are (npm run catalogue)', async () => {
  await expect(generateCatalogueModule()).toMatchFileSnapshot(`../../${GENERATED_FILE}`);
});
