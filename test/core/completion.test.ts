import { describe, expect, it } from 'vitest';
import { completionOf, milestoneProgress } from '../../src/core/completion.js';

describe('completion on the IRM scale', () => {
  it.each([
    ['no milestone', [], 'Pas de données'],
    ['milestones saying nothing', [null, null], 'Pas de données'],
    ['nothing started', [0, 0], 'Non démarré'],
    ['a little', [40, 0], 'Limité'],
    ['half on average', [100, 0], 'Substantiel'],
    ['all but one said, the other unknown (counts as 0)', [100, null], 'Substantiel'],
    ['every milestone achieved', [100, 100], 'Achevé'],
  ] as const)('%s → %s', (_what, progress, level) => {
    expect(completionOf(progress)).toBe(level);
  });

  it('reads a milestone by its progress, else by its level', () => {
    expect(milestoneProgress({ progress: 40, completion: 'Achevé' })).toBe(40);
    expect(milestoneProgress({ progress: null, completion: 'Substantiel' })).toBe(75);
    expect(milestoneProgress({ progress: null, completion: null })).toBeNull();
  });
});
