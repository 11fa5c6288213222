/** Debian's chromium, driven by playwright-core: the page as a person's browser shows it. */
import { existsSync } from 'node:fs';
import { describe } from 'vitest';

/** The browser: Debian's package puts it at /usr/bin/chromium. */
export const chromiumPath =
  ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path)) ?? null;

/**
 * `describe` when chromium is installed; skipped on a developer machine without it (the reason
 * in its title), always run under CI (CI=true), where `.ci/run` installs it.
 */
export const describeWithChromium: typeof describe =
  chromiumPath || process.env.CI ? describe : (describe.skip as typeof describe);
