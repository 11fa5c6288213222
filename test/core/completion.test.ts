import { describe, expect, it } from 'vitest';
import { completionOf, milestoneProgress } from '../../src/core/completion.js';

describe('completion on the IRM scale', () => {
  it.each([
    ['no milestone', [], 'no-data'],
    ['milestones saying nothing', [null, null], 'no-data'],
    ['nothing started', [0, 0], 'not-started'],
    ['a little', [40, 0], 'limited'],
    ['half on average', [100, 0], 'substantial'],
    ['all but one said, the other unknown (counts as 0)', [100, null], 'substantial'],
    ['every milestone achieved', [100, 100], 'complete'],
  ] as const)('%s → %s', (_what, progress, level) => {
    expect(completionOf(progress)).toBe(level);
  });

  it('reads a milestone by its progress, else by its level', () => {
    expect(milestoneProgress({ progress: 40, completion: 'complete' })).toBe(40);
    expect(milestoneProgress({ progress: null, completion: 'substantial' })).toBe(75);
    expect(milestoneProgress({ progress: null, completion: null })).toBeNull();
  });
});
