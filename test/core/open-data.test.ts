import { describe, expect, it } from 'vitest';
import { csvHeader, fieldsFor } from '../../src/core/open-data.js';

describe('the budget field', () => {
  it('names the committee’s currency: budget_mad stays Morocco’s, budget_mxn for pesos', () => {
    expect(csvHeader('actions', 'MAD')).toContain(',budget_mad,');
    expect(csvHeader('engagements', 'MXN')).toContain(',budget_mxn,');
    expect(fieldsFor('actions', 'JOD').find((f) => f.name === 'budget_jod')).toMatchObject({ title: 'Budget (JOD)', description: 'Montant en JOD (code ISO 4217)' });
  }); // prettier-ignore
});
