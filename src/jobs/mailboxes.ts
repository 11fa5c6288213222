/**
 * The configured mailbox of the intake (`intake.kind`), with its secrets from the
 * environment: IMAP_URL for a password, the OAuth credentials of the mail transport for
 * XOAUTH2 (the same app, or the same service account).
 */
import { join } from 'node:path';
import { FolderMailbox } from '../adapters/mail/folder-mailbox.js';
import { GmailMailbox } from '../adapters/mail/gmail-mailbox.js';
import { GraphMailbox } from '../adapters/mail/graph-mailbox.js';
import { ImapMailbox } from '../adapters/mail/imap-mailbox.js';
import { explainingFailures } from '../adapters/mail/mail-failure.js';
import {
  googleTokens,
  mailSecretsFrom,
  microsoftTokens,
  type MailSecrets,
} from '../adapters/mail/tokens.js';
import { message, translate } from '../core/catalogue/render.js';
import { OgpError } from '../core/codes.js';
import { SETTING_EXAMPLES } from '../core/setting-examples.js';
import type { CommitteeConfig, IntakeConfig } from '../core/config-schema.js';
import type { InboundMailbox } from '../core/mailbox.js';
import type { StateStore } from '../core/run-state.js';

/** Exchange Online's IMAP, app-only (`IMAP.AccessAsApp`). */
export const OUTLOOK_IMAP_SCOPE = 'https://outlook.office365.com/.default';
/** The Gmail API's read, label and move (domain-wide delegation, beside gmail.send). */
export const GMAIL_MODIFY_SCOPE = 'https://www.googleapis.com/auth/gmail.modify';
/** Gmail's IMAP, through domain-wide delegation. */
export const GMAIL_IMAP_SCOPE = 'https://mail.google.com/';

/** Where the secrets of a mailbox come from. */
export interface MailboxEnvironment {
  imapUrl?: string | undefined;
  mailSecrets?: MailSecrets;
}

/**
 * The mailbox a configuration reads; a token or an API refused while it is read is said as
 * mail-check says it (the server's answer, its cause, the fix), never as a crash.
 */
export async function mailboxFor(
  config: CommitteeConfig,
  intake: IntakeConfig,
  store: StateStore,
  environment: MailboxEnvironment = {},
): Promise<InboundMailbox> {
  return explainingFailures(await configuredMailbox(config, intake, store, environment));
}

async function configuredMailbox(
  config: CommitteeConfig,
  intake: IntakeConfig,
  store: StateStore,
  environment: MailboxEnvironment,
): Promise<InboundMailbox> {
  const secrets = environment.mailSecrets ?? mailSecretsFrom({});
  // Where a message that cannot be read is set aside, named in the committee's language.
  const setAside = translate(config.committee.tag, 'intake.setAsideFolder');
  switch (intake.kind) {
    case 'folder': {
      const dir = intake.dir ?? defaultInbox(config);
      return new FolderMailbox(dir);
    }
    case 'imap': {
      if (intake.provider && intake.host && intake.user) {
        const p = intake.provider;
        const tokens =
          p.kind === 'microsoft'
            ? microsoftTokens(p, OUTLOOK_IMAP_SCOPE, secrets.microsoft)
            : googleTokens(secrets.googleKey, intake.user, [GMAIL_IMAP_SCOPE]);
        const target = { host: intake.host, port: intake.port, user: intake.user, tokens };
        return new ImapMailbox(target, intake.folder, intake.handledFolder, setAside);
      }
      if (!environment.imapUrl) {
        throw new OgpError(
          'config-invalid',
          message('errors.imapUrlMissing', { oauthSetting: SETTING_EXAMPLES.imapOAuth }),
        );
      }
      return new ImapMailbox(
        { url: environment.imapUrl },
        intake.folder,
        intake.handledFolder,
        setAside,
      );
    }
    case 'graph': {
      // Graph's app-only scope is its resource's `.default`.
      const scope = `${intake.endpoint.replace(/\/+$/, '')}/.default`;
      const tokens = microsoftTokens(intake, scope, secrets.microsoft);
      return new GraphMailbox(
        intake.endpoint,
        intake.mailbox,
        tokens,
        intake.handledFolder,
        setAside,
      );
    }
    case 'gmail-api': {
      const tokens = googleTokens(secrets.googleKey, intake.mailbox, [GMAIL_MODIFY_SCOPE]);
      return new GmailMailbox(
        intake.endpoint,
        intake.mailbox,
        tokens,
        intake.handledLabel,
        setAside,
      );
    }
  }
}

/** `inbox/` of the storage folder, the mirror of `outbox/`. */
function defaultInbox(config: CommitteeConfig): string {
  const output = config.storage.output;
  if (output.kind !== 'local') {
    throw new OgpError(
      'config-invalid',
      message('errors.intakeFolderNeedsDir', {
        folderSetting: SETTING_EXAMPLES.intakeFolder,
      }),
    );
  }
  return join(output.dir, 'inbox');
}
