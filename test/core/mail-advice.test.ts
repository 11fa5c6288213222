/**
 * What `mail-check` and the intake advise when Microsoft Graph answers 403: for sending as for
 * reading, Exchange Online's RBAC for Applications role on the secretariat's mailbox alone
 * (docs/mail-setup.md), never a tenant-wide Entra ID permission, in every language.
 */
import { describe, expect, it } from 'vitest';
import { message, render } from '../../src/core/catalogue/render.js';
import { LOCALES } from '../../src/core/locales.js';

describe('the advice for a 403 from Microsoft Graph', () => {
  it.each([...LOCALES, 'ar-MA', 'ar-JO'] as const)('gives the scoped Exchange role, sending as reading, in %s', (tag) => {
    const send = render(tag, message('mail-advice.graphDeniedFix'));
    const read = render(tag, message('mail-advice.graphReadDeniedFix'));
    expect(send).toContain('New-ManagementRoleAssignment -App <clientId> -Role "Application Mail.Send" -CustomResourceScope');
    expect(send).not.toMatch(/ApplicationAccessPolicy/);
    // The same advice as for reading, the role aside.
    expect(send).toBe(read.replace('Application Mail.ReadWrite', 'Application Mail.Send'));
    expect(render(tag, message('mail-advice.graphDeniedCause'))).toContain('Application Mail.Send');
  }); // prettier-ignore
});
