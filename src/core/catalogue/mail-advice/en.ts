/** What a mail failure means and what to do, in English. */
import type { MailAdviceWords } from '../mail-advice-shape.js';

export const advice: MailAdviceWords = {
  'smtp-auth-disabled': {
    cause:
      'SMTP AUTH is disabled for the Microsoft 365 tenant or for this mailbox (which also blocks SMTP with OAuth 2.0)',
    fix: 'enable it for this mailbox only (Exchange Online PowerShell: Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false), or send through Microsoft Graph (mail.transport { kind: graph })',
  },
  'basic-auth-off': {
    cause:
      'Microsoft 365 no longer accepts a password over SMTP (“Basic” authentication turned off, by default since the end of December 2026)',
    fix: 'move to OAuth 2.0: mail.transport { kind: smtp-oauth2, provider: { kind: microsoft, tenant, clientId } } or { kind: graph } (README, “Email”)',
  },
  'auth-required': {
    cause: 'the server accepts no sending without authentication (“client not authenticated”)',
    fix: "add the user and the password to SMTP_URL, or move to OAuth 2.0; a relay without authentication must know the sender's IP address",
  },
  'app-password': {
    cause: 'Google requires an app password for this account (“less secure apps” no longer exist)',
    fix: 'create an app password (2-Step Verification on) and put it in SMTP_URL, or use the relay smtp-relay.gmail.com:587, SMTP with OAuth 2.0 or the Gmail API (mail.transport { kind: gmail-api })',
  },
  'exchange-oauth': {
    cause: 'Exchange refuses the OAuth token: the app has no access to this mailbox',
    fix: 'give the app the SMTP.SendAsApp permission with admin consent, register its service principal in Exchange (New-ServicePrincipal) and give it access to the mailbox (Add-MailboxPermission -AccessRights FullAccess)',
  },
  'login-refused': {
    cause: 'the server refuses the user name or the password',
    fix: 'check the user and the password in SMTP_URL (a special character is encoded there: @ becomes %40, : becomes %3A)',
  },
  'too-large': {
    cause: 'the message is over the size the service accepts (about 4 MB for Microsoft Graph)',
    fix: "the report then gives the workbook's link instead of attaching it; for a test email, nothing to do",
  },
  'entra-secret': {
    cause: "Entra ID refuses the app's secret (wrong or expired)",
    fix: 'create a new secret (Entra ID > App registrations > Certificates & secrets) and put its value in MAIL_CLIENT_SECRET',
  },
  'entra-unknown': {
    cause:
      "Entra ID does not know this app in this tenant, or this tenant, or the certificate's signature",
    fix: "check tenant and clientId in mail.transport (they are on the app's “Overview” page), and the certificate uploaded to the app",
  },
  'invalid-scope': {
    cause:
      "the identity provider refuses the scope asked for: an app without a user gets a token from Entra ID only for a service's address followed by /.default, and from Google only for the scopes it knows",
    fix: 'check endpoint (https://graph.microsoft.com, without /v1.0) and authority (https://login.microsoftonline.com) in intake and mail.transport; for Google, token_uri in the service account key (https://oauth2.googleapis.com/token)',
  },
  'no-client-secret': {
    cause: 'neither MAIL_CLIENT_SECRET nor MAIL_CLIENT_CERTIFICATE is set',
    fix: "put the app's secret (or its certificate and key, in PEM) in the environment; deployed, it comes from Secret Manager",
  },
  'no-google-key': {
    cause: 'the Google service account key is missing or incomplete',
    fix: "put the key's JSON content in MAIL_GOOGLE_KEY (or its path in GOOGLE_APPLICATION_CREDENTIALS)",
  },
  'no-delegation': {
    cause: 'the service account has no domain-wide delegation for this scope',
    fix: "Google Admin console > Security > Access and data control > API controls > Domain-wide delegation: add the service account's client ID with https://mail.google.com/ (SMTP) or https://www.googleapis.com/auth/gmail.send (Gmail API)",
  },
  'invalid-grant': {
    cause:
      "Google refuses the assertion: the mailbox does not exist in the domain, the key was deleted, or the machine's clock is off",
    fix: "check the mailbox address (mail.transport), that the key still exists in the Google Cloud console, and the machine's time",
  },
  'graph-denied': {
    cause:
      'Microsoft Graph refuses the send: the app lacks the Mail.Send permission, or an access policy keeps it from this mailbox',
    fix: 'Entra ID: Microsoft Graph permission Mail.Send of type Application, with admin consent; if an application access policy exists (New-ApplicationAccessPolicy), include the mailbox in it',
  },
  'no-mailbox': {
    cause: 'the mailbox does not exist, or is not hosted in Exchange Online',
    fix: 'check mail.transport.mailbox (an Exchange Online mailbox address of the tenant)',
  },
  'gmail-denied': {
    cause: 'Google refuses the send: the token may not send for this mailbox',
    fix: 'check the domain-wide delegation (scope https://www.googleapis.com/auth/gmail.send) and that the Gmail API is enabled in the project',
  },
  'token-refused': {
    cause: 'the service refuses the token (expired, or issued for another service)',
    fix: "check the service's address (endpoint) and the app's permissions",
  },
  'port-25': {
    cause:
      'port 25 does not answer: outbound traffic to it is blocked on Google Cloud (and at many hosts)',
    fix: 'use port 587 (STARTTLS) or 465 (TLS), for example smtp://…@smtp.office365.com:587',
  },
  dns: {
    cause: "the server's name cannot be found (DNS)",
    fix: "check the host name (SMTP_URL or mail.transport.host) and the machine's access to DNS",
  },
  tls: {
    cause: 'the encrypted connection failed (certificate refused, or TLS expected on another port)',
    fix: "check that the server's name matches its certificate, and the port: 465 with smtps://, 587 with smtp:// (STARTTLS)",
  },
  refused: {
    cause: 'the server refuses the connection on this port',
    fix: 'check the port (587 or 465) and that the server accepts connections from this machine',
  },
  timeout: {
    cause: 'the server does not answer (time-out)',
    fix: "check the server's name and port, and that no firewall blocks outbound traffic to that port",
  },
  'graph-read-denied': {
    cause:
      'Microsoft Graph refuses access to the mailbox: the app does not have the “Application Mail.ReadWrite” role on this mailbox',
    fix: 'Exchange Online PowerShell: New-ManagementRoleAssignment -App <clientId> -Role "Application Mail.ReadWrite" -CustomResourceScope <a scope holding only the secretariat\'s mailbox> (RBAC for Applications), with no Entra Mail.* permission, which would open every mailbox of the tenant',
  },
  'no-mailbox-read': {
    cause: 'the mailbox does not exist, or is not hosted in Exchange Online',
    fix: 'check intake.mailbox (an Exchange Online mailbox address of the tenant)',
  },
  'gmail-read-denied': {
    cause: 'Google refuses access to the mailbox: the token may not read it or file its messages',
    fix: 'check the domain-wide delegation (scope https://www.googleapis.com/auth/gmail.modify, beside gmail.send) and that the Gmail API is enabled in the project',
  },
  'no-delegation-read': {
    cause: 'the service account has no domain-wide delegation to read the mailbox',
    fix: "Google Admin console > Security > Access and data control > API controls > Domain-wide delegation: add to the service account's client ID https://www.googleapis.com/auth/gmail.modify (Gmail API) or https://mail.google.com/ (IMAP)",
  },
};
