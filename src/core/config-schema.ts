/**
 * The `committee.yaml` schema, documented key by key in docs/configuration.md (generated from
 * it by `npm run docs`: each key's `.meta()` description and examples are what the page, and an
 * editor reading committee.schema.json, say of it). Its keys are a contract other tools write to:
 * keys may be added (by us, documented), none renamed. The schema is strict: an unknown key
 * is an error, with the key meant when one is close.
 */
import { z } from 'zod';
import { closestOption } from './text.js';
import { isLocale, LOCALES, type Locale } from './locales.js';
import { DIGIT_SYSTEMS, localeTag, type LocaleTag } from './locale-tag.js';
import { isMessage, message, render, translate, type Message } from './catalogue/render.js';
import { CONFIG_FORMS } from './config-forms.js';
import { isIsoDate } from './calendar-date.js';
import { IRM_LEVELS } from './completion.js';
import { irmLevelFrom } from './legacy-values.js';
import { MOROCCO_LOGO } from '../../sheets-templates/submission-template.js';
import {
  buildWorkingCalendar,
  countryWeekend,
  hasCountryRule,
  HOLIDAY_TYPES,
  isHolidayType,
  NO_COUNTRY_FACTS,
  type CountryFacts,
  type HolidayCorrection,
  type HolidayType,
} from './holidays.js';
import type { IsoWeekday, WorkingCalendar } from './working-days.js';

/** What a schema expects, said when a value is not of its kind; may depend on the value. */
type Expectation = Message | ((input: unknown) => Message);

/**
 * What each schema expects, said when a value is not of its kind (a wrong type, no option of a
 * union, none of an enum's values). A zod registry: the copies a check makes (`.trim()`,
 * `.refine()`) inherit it from the schema they come from. A check says its own problem, as a
 * refinement's `params`; zod's own checks (`.int()`, `.min()`) are said by their issue's code.
 */
const EXPECTED = z.registry<{ expected: Expectation }>();

/** `schema`, registered as expecting `expected`. */
function expecting<T extends z.ZodType>(schema: T, expected: Expectation): T {
  EXPECTED.add(schema, { expected });
  return schema;
}

/** HH:MM, 00:00 to 23:59. */
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Where a submission's date comes from: the file's modification time, or the date it declares. */
export const SUBMISSION_DATE_SOURCES = ['modified', 'declared'] as const;
export type SubmissionDateSource = (typeof SUBMISSION_DATE_SOURCES)[number];

export { LOCALES, type Locale } from './locales.js';

const isoDate = expecting(z.string(), message('config.isoDate')).refine(isIsoDate, {
  params: message('config.isoDateReal'),
});

const time = expecting(z.string(), message('config.time')).refine((t) => HH_MM.test(t), {
  params: message('config.timeExample'),
});

const email = expecting(z.string().trim(), message('config.email')).pipe(
  expecting(z.email(), message('config.emailExample')),
);

const text = expecting(z.string().trim(), message('config.text')).refine((t) => t.length > 0, {
  params: message('config.textNonEmpty'),
});

const timeZone = expecting(z.string(), message('config.timeZone')).refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { params: message('config.timeZoneUnknown') },
);

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f\u2028\u2029\u202d\u202e]/;

/** Text that goes into an email header: one line, no control character (no header injection). */
const headerName = text.refine((t) => !CONTROL_CHARACTERS.test(t), {
  params: message('config.oneLine'),
});

const ADDRESS_CHECK = z.email();

/** A sender: `adresse@domaine` or `Nom <adresse@domaine>`. */
const mailbox = headerName.refine(
  (t) => {
    const m = /^(?:[^<>]*<([^<>\s]+)>|([^<>\s]+))$/.exec(t);
    return m !== null && ADDRESS_CHECK.safeParse(m[1] ?? m[2]).success;
  },
  { params: message('config.sender') },
);

const person = z.strictObject({
  name: headerName.meta({
    description: 'First and last name, on one line, as the emails name the person.',
    examples: ['Lucía Hernández'],
  }),
  email: email.meta({
    description:
      'Their email address: the emails of their role go to it, and mail from it is recognised as theirs.',
    examples: ['lucia.hernandez@example.org'],
  }),
  locale: expecting(z.enum(LOCALES), message('config.locale', { languages: { anyOf: LOCALES } }))
    .optional()
    .meta({
      description:
        "The language of the emails this person receives. By default the committee's (`committee.locale`).",
      examples: ['es'],
    }),
});

/** A member of a committee: a person, with the institution they represent. */
const member = z.strictObject({
  name: headerName.meta({
    description: 'First and last name, on one line, as the invitations name the member.',
    examples: ['Samira Chraibi'],
  }),
  email: email.meta({
    description: 'Their email address, where their invitations go.',
    examples: ['samira.chraibi@example.org'],
  }),
  institution: text.optional().meta({
    description: 'The institution the member represents.',
    examples: ['Ministère de la Transition numérique'],
  }),
  locale: expecting(z.enum(LOCALES), message('config.locale', { languages: { anyOf: LOCALES } }))
    .optional()
    .meta({
      description:
        "The language of the member's invitations. By default the committee's (`committee.locale`).",
      examples: ['ar'],
    }),
});

/**
 * The people a meeting or a workshop invites, by role: each commitment's focal point,
 * substitutes and communication officers, and the members of the two committees.
 */
export const INVITEE_ROLES = [
  'focal-points',
  'substitutes',
  'communication-officers',
  'steering-committee',
  'implementation-committee',
] as const;
export type InviteeRole = (typeof INVITEE_ROLES)[number];

/** A committee meeting, or a training workshop (« atelier de formation »). */
export const MEETING_KINDS = ['meeting', 'workshop'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** Who a meeting invites when it names no one: as before roles existed. */
export const DEFAULT_INVITEES: readonly InviteeRole[] = ['focal-points', 'substitutes'];

const inviteeRole = expecting(
  z.enum(INVITEE_ROLES),
  message('config.inviteeRole', { roles: INVITEE_ROLES.join(', ') }),
);

const source = expecting(
  z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('xlsx').meta({ description: 'An .xlsx file.' }),
      path: text.meta({
        description: "The .xlsx file's path, relative to the folder of committee.yaml.",
        examples: ['submissions/engagement-07.xlsx'],
      }),
    }),
    z.strictObject({
      kind: z.literal('google-sheet').meta({
        description: 'A Google Sheet, shared with the service account.',
      }),
      spreadsheetId: text.meta({
        description: "The Google Sheet's id: the part of its address between /d/ and /edit.",
        examples: ['1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789'],
      }),
    }),
  ]),
  message('config.source', { xlsx: CONFIG_FORMS.xlsxSource, sheet: CONFIG_FORMS.sheetSource }),
);

/** The mail transports (`mail.transport.kind`). */
export const MAIL_TRANSPORTS = ['smtp', 'smtp-oauth2', 'graph', 'gmail-api', 'outbox'] as const;
export type MailTransportKind = (typeof MAIL_TRANSPORTS)[number];

const httpsUrl = expecting(z.string(), message('config.https')).refine(
  (url) => /^https?:\/\/[^\s/]+/.test(url),
  { params: message('config.httpsExample') },
);
const port = expecting(z.number(), message('config.port')).int().min(1).max(65535);
/** The OAuth 2.0 providers, said alike wherever one is expected. */
const PROVIDER = message('config.provider', {
  microsoft: CONFIG_FORMS.microsoft,
  google: CONFIG_FORMS.google,
});
/** An app registered in Microsoft Entra ID (client credentials: secret or certificate from the environment). */
const microsoftApp = {
  tenant: text.meta({
    description: 'The Microsoft Entra ID tenant: its domain or its id.',
    examples: ['ministere.onmicrosoft.com'],
  }),
  clientId: text.meta({
    description:
      'The application (client) id of the app registered in Entra ID. Its secret (MAIL_CLIENT_SECRET) or certificate (MAIL_CLIENT_CERTIFICATE) comes from the environment, never from this file.',
    examples: ['0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0'],
  }),
  /** The Entra ID authority (a national cloud, or a test server). */
  authority: httpsUrl.default('https://login.microsoftonline.com').meta({
    description: 'The Entra ID authority tokens are asked of: a national cloud sets its own.',
  }),
};

/** Who issues an OAuth 2.0 token: Microsoft Entra ID, or Google (a service account). */
const oauthProviderKind = {
  microsoft: z.literal('microsoft').meta({
    description: 'Microsoft Entra ID, with the app named by `tenant` and `clientId`.',
  }),
  google: z.literal('google').meta({
    description:
      "A Google service account with domain-wide delegation: its key's JSON in MAIL_GOOGLE_KEY, or its path in GOOGLE_APPLICATION_CREDENTIALS.",
  }),
};
const mailTransport = expecting(
  z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('outbox').meta({
        description:
          'No sending: each email is written as an .eml file, in outbox/ of the storage folder (with a Drive output, as outbox-….eml files in its folder).',
      }),
    }),
    z.strictObject({
      kind: z.literal('smtp').meta({
        description:
          'SMTP with a password, an app password or none: SMTP_URL from the environment (smtp://user:password@host:587).',
      }),
    }),
    z.strictObject({
      kind: z.literal('smtp-oauth2').meta({
        description: 'SMTP with an OAuth 2.0 token (XOAUTH2), from Microsoft or Google.',
      }),
      host: text.meta({
        description: 'The SMTP server.',
        examples: ['smtp.office365.com', 'smtp.gmail.com'],
      }),
      port: port.default(587).meta({ description: "The SMTP server's port (STARTTLS)." }),
      /** The mailbox that sends, whose token is presented (XOAUTH2 user). */
      user: email.meta({
        description: 'The mailbox that sends, whose token is presented (the XOAUTH2 user).',
        examples: ['secretariat.ogp@example.org'],
      }),
      provider: expecting(
        z.discriminatedUnion('kind', [
          z.strictObject({ kind: oauthProviderKind.microsoft, ...microsoftApp }),
          z.strictObject({ kind: oauthProviderKind.google }),
        ]),
        PROVIDER,
      ).meta({
        description: 'Who issues the token: Microsoft Entra ID or a Google service account.',
        examples: [{ kind: 'microsoft', tenant: 'ministere.onmicrosoft.com', clientId: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0' }], // prettier-ignore
      }),
    }),
    z.strictObject({
      kind: z.literal('graph').meta({
        description: "Microsoft Graph's sendMail, for Microsoft 365 (the recommended way there).",
      }),
      ...microsoftApp,
      /** The mailbox that sends (its address or object id). */
      mailbox: email.meta({
        description: 'The mailbox that sends (its address or object id).',
        examples: ['secretariat.ogp@example.org'],
      }),
      endpoint: httpsUrl.default('https://graph.microsoft.com').meta({
        description: "Microsoft Graph's address: a national cloud sets its own.",
      }),
    }),
    z.strictObject({
      kind: z.literal('gmail-api').meta({
        description: "The Gmail API's messages.send, for Google Workspace.",
      }),
      /** The Workspace mailbox the service account acts as (domain-wide delegation). */
      mailbox: email.meta({
        description:
          'The Workspace mailbox the service account acts as (domain-wide delegation). Its key comes from MAIL_GOOGLE_KEY or GOOGLE_APPLICATION_CREDENTIALS.',
        examples: ['secretariat.ogp@example.org'],
      }),
      endpoint: httpsUrl.default('https://gmail.googleapis.com').meta({
        description: "The Gmail API's address.",
      }),
    }),
  ]),
  message('config.transport', { kinds: MAIL_TRANSPORTS.join(', ') }),
);

/** Where focal points' replies are read (`intake.kind`). */
export const INTAKE_KINDS = ['imap', 'graph', 'gmail-api', 'folder'] as const;
export type IntakeKind = (typeof INTAKE_KINDS)[number];

/**
 * What to do without a verdict of the receiving server: hold the message (`required`), or file
 * it marked « not authenticated » (`when-present`). A verdict present always decides.
 */
export const AUTHENTICATION_POLICIES = ['required', 'when-present'] as const;
export type AuthenticationPolicy = (typeof AUTHENTICATION_POLICIES)[number];

/**
 * A receiving server's authserv-id, the first word of the Authentication-Results it writes
 * (RFC 8601 §2.5): a token, without white space nor `;`.
 */
const AUTHSERV_ID = message('config.authservId');
const authservIdName = expecting(z.string().trim(), AUTHSERV_ID).refine(
  (name) => /^[^\s()<>@,;:\\"/[\]?=]+$/.test(name),
  { params: AUTHSERV_ID },
);

const clockTime = expecting(z.string(), message('config.hour')).refine((t) => HH_MM.test(t), {
  params: message('config.hourExample'),
});

/** What every kind of mailbox shares. */
const intakeCommon = {
  /** The hours of a working day during which the mailbox is read (committee's time zone). */
  hours: z
    .strictObject({
      from: clockTime.meta({ description: 'From this hour, HH:MM.', examples: ['08:00'] }),
      to: clockTime.meta({ description: 'Until this hour (not read from it on), HH:MM, after `from`.', examples: ['18:00'] }), // prettier-ignore
    })
    .refine((h) => h.from < h.to, { params: message('config.hoursOrder') })
    .default({ from: '08:00', to: '18:00' })
    .meta({
      description:
        "The hours of the committee's working days during which the mailbox is read, in its time zone: outside them, and on a day off, a run ends at once (`intake --release` excepted).",
      examples: [{ from: '07:30', to: '16:30' }],
    }),
  /**
   * Without a verdict of the receiving server: hold the message, or file it marked « not
   * authenticated ». By default `required` where the receiving server is known (authservId,
   * Gmail, Microsoft 365), `when-present` elsewhere.
   */
  authentication: expecting(z.enum(AUTHENTICATION_POLICIES), message('config.authPolicy'))
    .optional()
    .meta({
      description:
        'What to do with a message the receiving server gave no verdict on: `required` holds it for the secretariat (released with `intake --release`); `when-present` files it marked « not authenticated ». A verdict present always decides. By default `required` where the receiving server is known (`authservId`, `graph`, `gmail-api`), else `when-present`. `required` on `imap` or `folder` needs `authservId`.',
      examples: ['required'],
    }),
  /**
   * The receiving servers whose Authentication-Results are trusted, by authserv-id (one, or
   * one per receiving host): results bearing any other are a sender's own words (RFC 8601
   * §7.1). Gmail's, mx.google.com, is implied for gmail-api; Microsoft 365's verdict, which
   * names no server, for graph.
   */
  authservId: expecting(
    z.union([
      authservIdName,
      expecting(z.array(authservIdName), AUTHSERV_ID).refine((names) => names.length > 0, {
        params: AUTHSERV_ID,
      }),
    ]),
    AUTHSERV_ID,
  )
    .optional()
    .meta({
      description:
        "The receiving servers whose Authentication-Results headers are trusted, by authserv-id (RFC 8601): one name, or a list (one per receiving host). Results bearing any other name are the sender's own words. Implied for `gmail-api` (mx.google.com) and `graph` (Microsoft 365's verdict).",
      examples: ['mx.ministere.ma', ['mx1.ministere.ma', 'mx2.ministere.ma']],
    }),
  /** Answers to one address in an hour at most: a loop with another robot stops there. */
  answersPerHour: z.number().int().min(1).max(60).default(4).meta({
    description:
      'Answers to one address in an hour at most: a loop with another robot (an auto-reply) stops there.',
  }),
  /**
   * The largest message read whole, in MiB. Parsing one takes about seven times its size for
   * a moment: at 15 MiB an intake run peaked at 178 MiB with the function's V8 flags, within
   * a 256 MiB function. A larger message is answered: send the sheet alone.
   */
  maxMessageMiB: z.number().positive().max(150).default(15).meta({
    description:
      'The largest message read whole, in MiB (at most 150). A larger one is answered: send the sheet alone. Reading one takes about seven times its size in memory: 15 fits a 256 MiB function.',
  }),
};

const intakeSchema = expecting(
  z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('folder').meta({
        description:
          '.eml files the secretariat saves into a folder (on one machine, no mail server): read, never moved nor deleted.',
      }),
      /** Where .eml files are saved; by default inbox/ of the storage folder. */
      dir: text.optional().meta({
        description:
          'Where the .eml files are saved, relative to the folder of committee.yaml. By default inbox/ of the storage folder.',
        examples: ['./replies'],
      }),
      ...intakeCommon,
    }),
    z.strictObject({
      kind: z.literal('imap').meta({
        description:
          'Any IMAP server: with a password from IMAP_URL in the environment (imaps://user:password@host:993), or with an OAuth 2.0 `provider`.',
      }),
      /** Without a provider: IMAP_URL (imaps://user:password@host:993) from the environment. */
      host: text.optional().meta({
        description:
          'The IMAP server, with `provider` (needed then). Without a provider, IMAP_URL from the environment names it.',
        examples: ['outlook.office365.com', 'imap.gmail.com'],
      }),
      port: port
        .default(993)
        .meta({ description: "The IMAP server's port (TLS), with `provider`." }),
      /** The mailbox read, whose token is presented (XOAUTH2 user). */
      user: email.optional().meta({
        description:
          'The mailbox read, whose token is presented (the XOAUTH2 user), with `provider` (needed then).',
        examples: ['secretariat.ogp@example.org'],
      }),
      provider: expecting(
        z.discriminatedUnion('kind', [
          z.strictObject({ kind: oauthProviderKind.microsoft, ...microsoftApp }),
          z.strictObject({ kind: oauthProviderKind.google }),
        ]),
        PROVIDER,
      )
        .optional()
        .meta({
          description:
            'OAuth 2.0 instead of a password: who issues the token. Needs `host` and `user`.',
          examples: [{ kind: 'google' }],
        }),
      /** The folder read. */
      folder: text.default('INBOX').meta({ description: 'The folder read.' }),
      /** Where handled messages are moved (created when missing). */
      handledFolder: text.default('ogp-tracker').meta({
        description: 'Where handled messages are moved (created when missing): none is deleted.',
      }),
      ...intakeCommon,
    }),
    z.strictObject({
      kind: z.literal('graph').meta({
        description: 'Microsoft 365 through Microsoft Graph (the recommended way there).',
      }),
      ...microsoftApp,
      /** The secretariat's mailbox (its address or object id). */
      mailbox: email.meta({
        description: "The secretariat's mailbox read (its address or object id).",
        examples: ['secretariat.ogp@example.org'],
      }),
      endpoint: httpsUrl.default('https://graph.microsoft.com').meta({
        description: "Microsoft Graph's address: a national cloud sets its own.",
      }),
      /** Where handled messages are moved (created when missing). */
      handledFolder: text.default('ogp-tracker').meta({
        description: 'Where handled messages are moved (created when missing): none is deleted.',
      }),
      ...intakeCommon,
    }),
    z.strictObject({
      kind: z.literal('gmail-api').meta({
        description: 'Google Workspace through the Gmail API.',
      }),
      /** The Workspace mailbox the service account acts as (domain-wide delegation). */
      mailbox: email.meta({
        description:
          'The Workspace mailbox the service account acts as (domain-wide delegation). Its key comes from MAIL_GOOGLE_KEY or GOOGLE_APPLICATION_CREDENTIALS.',
        examples: ['secretariat.ogp@example.org'],
      }),
      endpoint: httpsUrl.default('https://gmail.googleapis.com').meta({
        description: "The Gmail API's address.",
      }),
      /** The label handled messages get (created when missing). */
      handledLabel: text.default('ogp-tracker').meta({
        description:
          'The label handled messages get (created when missing); they leave the inbox, none is deleted.',
      }),
      ...intakeCommon,
    }),
  ]),
  message('config.mailbox', { kinds: INTAKE_KINDS.join(', ') }),
).superRefine((intake, ctx) => {
  // Without the receiving server's name no verdict can be trusted: `required` would hold all.
  const namesNone = intake.kind === 'imap' || intake.kind === 'folder';
  if (namesNone && intake.authentication === 'required' && !intake.authservId) {
    ctx.addIssue({
      code: 'custom',
      path: ['authservId'],
      params: message('config.authservIdRequired'),
    });
  }
  if (intake.kind !== 'imap') return;
  if (intake.provider && !(intake.host && intake.user)) {
    ctx.addIssue({
      code: 'custom',
      path: [intake.host ? 'user' : 'host'],
      params: message('config.oauthNeedsHost'),
    });
  }
});

const commitment = z
  .strictObject({
    id: expecting(z.number(), message('config.commitmentId'))
      .refine(Number.isInteger, { params: message('config.commitmentId'), abort: true })
      .refine((id) => id > 0, { params: message('config.commitmentIdPositive') })
      .meta({
        description:
          "The commitment's number in the action plan: a whole number above 0, used once. Its sheet gives it, and emails and the master workbook name the commitment by it.",
        examples: [7],
      }),
    title: text.meta({
      description: "The commitment's title, as the action plan words it.",
      examples: ['Gestion des archives publiques'],
    }),
    institution: text.meta({
      description: 'The institution leading the commitment.',
      examples: ['Archives du Maroc'],
    }),
    focalPoint: person.meta({
      description:
        "The person who fills in and sends the commitment's sheet: reminders, feedback and the template go to them, in their language (`locale`).",
      examples: [{ name: 'Leila Tazi', email: 'leila.tazi@example.org', locale: 'fr' }],
    }),
    /** One substitute (the form written before several could be named). */
    substitute: person.optional().meta({
      description:
        'One substitute: the form written before several could be named, read as `substitutes` with one person.',
      examples: [{ name: 'Omar Idrissi', email: 'omar.idrissi@example.org' }],
    }),
    substitutes: z
      .array(person)
      .optional()
      .meta({
        description:
          "Stand-ins for the focal point: copied on the commitment's reminders, invited as `substitutes`, and recognised as senders of its sheet.",
        examples: [[{ name: 'Omar Idrissi', email: 'omar.idrissi@example.org' }]],
      }),
    /** The institution's communication officers: copied on what concerns the communication sheet. */
    communicationOfficers: z
      .array(person)
      .default([])
      .meta({
        description:
          "The institution's communication officers: copied on the commitment's reminders and feedback (the sheet asked for holds their communication actions), invited as `communication-officers`, and recognised as senders of its sheet.",
        examples: [[{ name: 'Nadia Berrada', email: 'nadia.berrada@example.org' }]],
      }),
    source: source.optional().meta({
      description:
        "Where the commitment's sheet is read: an .xlsx file, or a Google Sheet. Without it, the sheet is looked for in `discovery.driveFolderId`.",
      examples: [{ kind: 'xlsx', path: 'submissions/engagement-07.xlsx' }],
    }),
    /** The secretariat's own completion level, with why: shown as such, instead of the derived one. */
    completion: z
      .strictObject({
        // An id; a configuration written before the ids gives the French word (« Substantiel »).
        level: z
          .preprocess(
            irmLevelFrom,
            expecting(z.enum(IRM_LEVELS), message('config.level', { levels: IRM_LEVELS.join(', ') })), // prettier-ignore
          )
          .meta({
            description:
              'The level on the IRM scale. A configuration written before these ids may give the French word (« Substantiel »).',
            examples: ['substantial'],
          }),
        justification: text.meta({
          description: 'Why the secretariat sets this level, shown with it.',
          examples: ['Référentiel adopté, guide en cours de relecture'],
        }),
      })
      .optional()
      .meta({
        description:
          "The commitment's level of completion as the secretariat sets it, with why: shown instead of the level its milestones give.",
        examples: [{ level: 'substantial', justification: 'Référentiel adopté, guide en cours de relecture' }], // prettier-ignore
      }),
    /** The axis of the action plan the commitment belongs to (progress is shown per axis). */
    axis: text.optional().meta({
      description: "The action plan's axis the commitment belongs to: progress is shown per axis.",
      examples: ['Transparence'],
    }),
    /** The commitment's milestones as the action plan states them: pre-filled in its template. */
    milestones: expecting(
      z.array(
        z.strictObject({
          title: text.meta({
            description: 'The milestone, as the action plan words it.',
            examples: ['Adoption du référentiel'],
          }),
          start: isoDate.optional().meta({
            description: 'Its first day, YYYY-MM-DD.',
            examples: ['2019-01-01'],
          }),
          end: isoDate.meta({
            description:
              'Its last day, YYYY-MM-DD: past it and not achieved, the milestone is late.',
            examples: ['2019-06-30'],
          }),
        }),
      ),
      message('config.milestones', { form: CONFIG_FORMS.milestones }),
    )
      .optional()
      .meta({
        description:
          "The commitment's milestones as the action plan states them: pre-filled in its template. One missing from a sheet sent back is a warning (`milestone-missing`).",
        examples: [[{ title: 'Adoption du référentiel', start: '2019-01-01', end: '2019-06-30' }]], // prettier-ignore
      }),
  })
  // `substitute` (one) and `substitutes` (a list) read as one list.
  .transform(({ substitute, substitutes, ...rest }) => ({
    ...rest,
    substitutes: [...(substitute ? [substitute] : []), ...(substitutes ?? [])],
  }));

/** A campaign's id and title, in both its forms. */
const campaignNames = {
  id: text.meta({
    description:
      "The campaign's short name, its own for good: the emails already sent for it are recorded under it.",
    examples: ['fiche-communication'],
  }),
  title: text.meta({
    description: 'What focal points are asked for, as the emails say it.',
    examples: ['Fiche des actions de communication'],
  }),
};

const campaign = expecting(
  z.union([
    z.strictObject({
      ...campaignNames,
      due: isoDate.meta({ description: 'A fixed deadline, YYYY-MM-DD.', examples: ['2019-01-09'] }),
    }),
    z.strictObject({
      ...campaignNames,
      dueBeforeEachMeeting: z
        .number()
        .int()
        .refine((days) => days >= 0, { params: message('config.workingDays') })
        .meta({
          description:
            "Instead of `due`: a deadline this many working days before each committee meeting (a workshop has none). A deadline on the meeting's day (0) is warned about.",
          examples: [5],
        }),
    }),
  ]),
  message('config.campaign', {
    dated: CONFIG_FORMS.datedCampaign,
    beforeMeetings: CONFIG_FORMS.meetingCampaign,
  }),
);

const dayOffsets = z.array(
  expecting(z.number(), message('config.days'))
    .refine(Number.isInteger, { params: message('config.wholeDays'), abort: true })
    .min(0),
);

/** How many previous master workbooks are kept in `history/`. */
const historyCount = expecting(z.number(), message('config.integer'))
  .int()
  .min(0)
  .default(10)
  .meta({ description: 'How many previous master workbooks are kept, in history/.' });

/** Master versions kept as Drive revisions (Drive keeps at most 200 « keep forever » ones). */
const revisionCount = expecting(z.number(), message('config.integer'))
  .int()
  .min(1)
  .refine((count) => count <= 200, { params: message('config.driveRevisions') })
  .default(10)
  .meta({
    description:
      'How many previous versions of the master workbook Drive keeps as revisions « kept forever », 1 to 200 (Drive keeps no more).',
  });

/** A local folder, relative to the folder of committee.yaml. */
const localKind = z.literal('local').meta({ description: 'A folder on this machine.' });
const localDir = text.meta({
  description: 'The folder, relative to the folder of committee.yaml.',
  examples: ['./out'],
});

/** Where the run state lives: a local folder, or Firestore (deployed). */
const stateSchema = expecting(
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: localKind, dir: localDir }),
    z.strictObject({
      kind: z.literal('firestore').meta({
        description: 'Google Cloud Firestore, where the deployed functions keep it.',
      }),
      /** The Google Cloud project; by default the environment's (the function's own). */
      projectId: text.optional().meta({
        description: "The Google Cloud project. By default the environment's (the function's own).",
        examples: ['ogp-maroc'],
      }),
      /** Names this committee's documents, so that several committees share one database. */
      prefix: text
        .refine((prefix) => /^[a-z0-9][a-z0-9-]{0,62}$/.test(prefix), {
          params: message('config.prefix'),
        })
        .meta({
          description:
            "Names this committee's documents, so that several committees share one database: lower-case letters, digits and -, 63 at most.",
          examples: ['maroc-2019'],
        }),
    }),
  ]),
  message('config.state', {
    firestore: CONFIG_FORMS.firestoreState,
    local: CONFIG_FORMS.localFolder,
  }),
);

/** Where the files people read go: a local folder, or a folder of a shared drive. */
const outputSchema = expecting(
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: localKind, dir: localDir, keepHistory: historyCount }),
    z.strictObject({
      kind: z.literal('drive').meta({ description: 'A folder of a shared drive.' }),
      folderId: text.meta({
        description:
          "The Drive folder's id (the end of its address), in a shared drive the service account may write to.",
        examples: ['0ABcDeFgHiJkLmNoPQ'],
      }),
      keepRevisions: revisionCount,
    }),
  ]),
  message('config.output', { drive: CONFIG_FORMS.driveOutput, local: CONFIG_FORMS.localFolder }),
);

/** The one message for the former Drive state, which cannot work with a service account. */
const DRIVE_STATE_REFUSED = message('config.driveState', {
  refused: CONFIG_FORMS.driveStorage,
  shared: CONFIG_FORMS.sharedDriveStorage,
  local: CONFIG_FORMS.localFolder,
});

/**
 * `storage`: `{ kind: local, dir }` (state and files in one folder, the embedded default), or
 * `{ state, output }` kept apart. Read into the second form either way.
 */
const storageSchema = expecting(
  z.union([
    z.strictObject({
      kind: z.literal('local').meta({
        description: 'One folder on this machine for the run state and the files people read.',
      }),
      dir: localDir,
      keepHistory: historyCount,
    }),
    z.strictObject({
      state: stateSchema.meta({
        description:
          'Where the run state lives (what was sent, read and reported): a local folder, or Firestore.',
        examples: [{ kind: 'firestore', prefix: 'maroc-2019' }],
      }),
      output: outputSchema.meta({
        description:
          'Where the files people read go (the master workbook, the status page, the open data): a local folder, or a Drive folder.',
        examples: [{ kind: 'drive', folderId: '0ABcDeFgHiJkLmNoPQ' }],
      }),
    }),
  ]),
  (input) =>
    (input as { kind?: unknown } | null | undefined)?.kind === 'drive'
      ? DRIVE_STATE_REFUSED
      : message('config.storage', {
          local: CONFIG_FORMS.localFolder,
          split: CONFIG_FORMS.splitStorage,
        }),
)
  .transform((storage) =>
    'kind' in storage
      ? {
          state: { kind: 'local' as const, dir: storage.dir },
          output: { kind: 'local' as const, dir: storage.dir, keepHistory: storage.keepHistory },
        }
      : storage,
  )
  .prefault({ kind: 'local', dir: './out', keepHistory: 10 });

/** Where the state and the files of runs go. */
export type StorageConfig = z.output<typeof storageSchema>;

/** A day or a span of days: `2019-06-05`, or ISO 8601's interval `2019-06-05/2019-06-06`. */
const daySpan = expecting(z.string(), message('config.daySpan')).transform(
  (text, ctx): HolidayCorrection | typeof z.NEVER => {
    const [from = '', to = from, extra] = text.trim().split('/');
    if (extra !== undefined || !isIsoDate(from) || !isIsoDate(to)) {
      ctx.addIssue({
        code: 'custom',
        params: message('config.daySpanExample', { text: JSON.stringify(text) }),
      });
      return z.NEVER;
    }
    if (to < from || Date.parse(to) - Date.parse(from) > 31 * 86_400_000) {
      ctx.addIssue({ code: 'custom', params: message('config.daySpanTooLong', { text }) });
      return z.NEVER;
    }
    return { from, to };
  },
);

/** A holiday the committee adds: a day or span, with its name if it gives one. */
/** What a day or a span is, said wherever one is written. */
const DAY_SPAN = 'A day, YYYY-MM-DD, or a span of 31 days at most, YYYY-MM-DD/YYYY-MM-DD.';

const holidayEntry = expecting(
  z.union([
    daySpan,
    z
      .strictObject({
        date: daySpan.meta({ description: DAY_SPAN, examples: ['2025-03-31/2025-04-01'] }),
        name: text.meta({
          description: "The holiday's name, as the calendar and the emails name it.",
          examples: ['Aïd al-Fitr'],
        }),
      })
      .transform(({ date, name }): HolidayCorrection => ({ ...date, name })),
  ]),
  message('config.holiday', { named: CONFIG_FORMS.namedHoliday }),
);

/** A kind of holiday date-holidays types (`public`, `bank`, …), the one meant when close. */
const holidayType = expecting(
  z.string(),
  message('config.holidayType', { hasNear: false, near: '', types: HOLIDAY_TYPES.join(', ') }),
).superRefine((type, ctx) => {
  if (isHolidayType(type)) return;
  const near = closestOption(type, HOLIDAY_TYPES);
  ctx.addIssue({
    code: 'custom',
    params: message('config.holidayType', {
      hasNear: near !== null,
      near: near ?? '',
      types: HOLIDAY_TYPES.join(', '),
    }),
  });
});

/** `holidays.types`: a list of kinds of holiday. */
const HOLIDAY_TYPES_EXPECTED = message('config.holidayTypes', { types: HOLIDAY_TYPES.join(', ') });

/**
 * The committee's corrections to its country's holidays. The list form (`holidays: [...]`)
 * means `add`, as it always has. `types`: the kinds of the country's holidays that are days
 * off, when not the country's own (`[public]`; Brazil `[public, bank]`).
 */
const holidaysSchema = z
  .union([
    z.array(holidayEntry),
    z.strictObject({
      add: z
        .array(holidayEntry)
        .default([])
        .meta({
          description: `Days off added to the country's: each a day, a span, or { date, name }. ${DAY_SPAN} A date listed here also confirms a holiday set by moon sighting, which is otherwise an estimate.`, // prettier-ignore
          examples: [['2025-05-01', { date: '2025-03-31/2025-04-01', name: 'Aïd al-Fitr' }]],
        }),
      remove: z
        .array(daySpan)
        .default([])
        .meta({
          description: `The country's holidays the committee works: each a day or a span. ${DAY_SPAN} A day that is no holiday of the country is warned about.`, // prettier-ignore
          examples: [['2025-11-06']],
        }),
      types: expecting(z.array(holidayType), HOLIDAY_TYPES_EXPECTED)
        .refine((types) => types.length > 0, { params: HOLIDAY_TYPES_EXPECTED })
        .transform((types) => types as HolidayType[])
        .optional()
        .meta({
          description: `The kinds of the country's holidays that are days off, among ${HOLIDAY_TYPES.join(', ')}. By default the country's own: public (Brazil: public and bank; the Philippines: public and optional).`, // prettier-ignore
          examples: [['public', 'bank']],
        }),
    }),
  ])
  .default([])
  .transform(
    (h): { add: HolidayCorrection[]; remove: HolidayCorrection[]; types?: HolidayType[] } =>
      Array.isArray(h) ? { add: h, remove: [] } : h,
  );

/**
 * `MX`, `br-sp` → `BR-SP`: a known country (with a subdivision for a local member, and its
 * city where the holiday source has it: `BR-SP-SP`), or null.
 */
export function parseCountryCode(text: string): string | null {
  const parsed = countryCode.safeParse(text);
  return parsed.success ? parsed.data : null;
}

/**
 * ISO 3166-1 alpha-2, with an ISO 3166-2 subdivision and a city for a local member, as the
 * holiday source codes it (`BR-SP-SP`, `BR-GO-GOIANIA`).
 */
export const COUNTRY_CODE_FORM = /^[A-Za-z]{2}(-[A-Za-z0-9]{1,3}(-[A-Za-z0-9]{1,12})?)?$/;

const countryCode = expecting(z.string().trim(), message('config.country'))
  .refine((code) => COUNTRY_CODE_FORM.test(code), { params: message('config.countryExample') })
  .transform((c) => c.toUpperCase())
  .refine(isKnownCountry, { params: message('config.countryUnknown') });

const flag = expecting(z.boolean(), message('config.boolean'));

const actionType = z.strictObject({
  name: text.meta({
    description: "The type's name, as the template's list offers it; each type once.",
    examples: ['Atelier'],
  }),
  indicator: text.meta({
    description:
      'Its unified indicator: an action of this type reports this one (`indicator-mismatch` otherwise).',
    examples: ['Nombre de participants'],
  }),
  hashtags: flag.default(false).meta({
    description:
      'Whether an action of this type must carry every hashtag of the charter (`missing-hashtag` otherwise).',
  }),
  logo: flag.default(true).meta({
    description:
      'Whether a realised action of this type must use the logo the charter asks for (`logo-not-used`, a warning, otherwise).',
  }),
});

/** A weekday, 1 (Monday) to 7 (Sunday); the weekend, one or two of them. */
const WEEKDAY = message('config.weekday');
const WEEKEND_DAYS = message('config.weekendDays');
/** A hashtag, `#` and letters, digits or `_`. */
const HASHTAG = message('config.hashtag');

/**
 * The keys that hold the committee's people and plan: in the committee workbook when
 * `roster` names one, else in committee.yaml. The other keys are technical settings.
 */
export const ROSTER_KEYS = [
  'committee',
  'secretariat',
  'plan',
  'commitments',
  'committees',
  'meetings',
  'campaigns',
  'holidays',
] as const;
export type RosterKey = (typeof ROSTER_KEYS)[number];

/** Where the committee workbook is: a local .xlsx file, or a Google Sheet (its id). */
const rosterSchema = expecting(
  z.union([
    z.strictObject({
      workbook: text.meta({
        description: 'A local .xlsx file: its path, relative to the folder of committee.yaml.',
        examples: ['comite.xlsx'],
      }),
    }),
    z.strictObject({
      sheet: text.meta({
        description:
          'A Google Sheet the secretariat owns: its id. Share it with the service account; only named people or groups may edit it (one that anyone with the link, or a whole domain, may edit is refused: who may edit it decides who is a known sender).',
        examples: ['1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789'],
      }),
    }),
  ]),
  message('config.roster', {
    workbook: CONFIG_FORMS.rosterWorkbook,
    sheet: CONFIG_FORMS.rosterSheet,
  }),
);

/** The whole committee configuration, with its defaults applied. */
export const committeeConfigSchema = z
  .strictObject({
    /** The committee workbook holding the people and the plan (ROSTER_KEYS), when not here. */
    roster: rosterSchema.optional().meta({
      description:
        'The committee workbook that holds the people and the plan (committee, secretariat, plan, commitments, committees, meetings, campaigns, holidays), which are then written there and refused here: { workbook } for an .xlsx file, or { sheet } for a Google Sheet. Without it, they are all in this file.',
      examples: [{ workbook: 'comite.xlsx' }],
    }),
    committee: z
      .strictObject({
        name: text.meta({
          description: "The committee's name, as its emails, invitations and open data name it.",
          examples: ['Comité de pilotage du PAN Maroc 2018-2020'],
        }),
        /** Holidays, weekend and default currency come from it (Morocco when not given). */
        country: countryCode.default('MA').meta({
          description:
            'Where the committee works: an ISO 3166-1 code, with the state for a local member (BR-SP) and its city where the holiday data has one (BR-SP-SP). Its holidays, weekend, currency and way of writing numbers and dates follow from it.',
          examples: ['MX', 'BR-SP-SP'],
        }),
        timezone: timeZone.default('Africa/Casablanca').meta({
          description:
            "The committee's IANA time zone: deadlines, send hours, meetings and the mailbox's hours are read in it.",
          examples: ['America/Mexico_City'],
        }),
        locale: expecting(
          z.enum(LOCALES),
          message('config.locale', { languages: { anyOf: LOCALES } }),
        )
          .default('fr')
          .meta({
            description:
              "The committee's language: the secretariat's reports, the master workbook and the status page, and the emails of every person who names no language of their own.",
            examples: ['es'],
          }),
        /** Arabic's digits: Latin (`latn`, the default) or Arabic-Indic (`arab`). */
        digits: expecting(z.enum(DIGIT_SYSTEMS), message('config.digits'))
          .default('latn')
          .meta({
            description:
              'The digits Arabic texts are written with: Latin (latn) or Arabic-Indic (arab).',
            examples: ['arab'],
          }),
        /** ISO 4217; the country's currency when not given. */
        currency: expecting(z.string(), message('config.currency'))
          .refine((code) => /^[A-Z]{3}$/.test(code), {
            params: message('config.currencyExample'),
            abort: true,
          })
          .refine(isKnownCurrency, { params: message('config.currencyUnknown') })
          .optional()
          .meta({
            description:
              "The ISO 4217 code of the currency budgets are in, named by the template's budget column and the open data. By default the country's.",
            examples: ['MXN'],
          }),
        /** The weekend, one or two ISO weekdays (1 = Monday … 7 = Sunday); the country's when not given. */
        weekend: expecting(
          z.array(
            expecting(z.number(), WEEKDAY).refine((d) => Number.isInteger(d) && d >= 1 && d <= 7, {
              params: WEEKDAY,
            }),
          ),
          WEEKEND_DAYS,
        )
          .refine((days) => days.length >= 1 && days.length <= 2, { params: WEEKEND_DAYS })
          .refine((days) => new Set(days).size === days.length, {
            params: message('config.dayTwice'),
          })
          .optional()
          .meta({
            description:
              "The weekend: one or two ISO weekdays, 1 = Monday … 7 = Sunday. By default the country's (Friday and Saturday in Jordan).",
            examples: [[5, 6]],
          }),
      })
      .meta({
        description: 'Who the committee is: its name, country, language and time zone.',
        examples: [
          {
            name: 'Comité Coordinador de la Alianza para el Gobierno Abierto en México',
            country: 'MX',
            timezone: 'America/Mexico_City',
            locale: 'es',
          },
        ],
      }),
    secretariat: z
      .strictObject({
        name: text.meta({
          description: "The secretariat's name, as its emails and the master workbook name it.",
          examples: ['Secrétariat du comité OGP'],
        }),
        emails: z
          .array(email)
          .refine((emails) => emails.length > 0, {
            params: message('config.oneEmail'),
          })
          .meta({
            description:
              "The secretariat's addresses, one at least: its reports and alerts go to them, and escalated reminders copy them.",
            examples: [['secretariat.ogp@example.org']],
          }),
      })
      .meta({ description: 'The secretariat that runs the follow-up.' }),
    plan: z
      .strictObject({
        name: text.meta({
          description: "The action plan's name, as the master workbook and the open data name it.",
          examples: ["Plan d'action national 2018-2020"],
        }),
        start: isoDate.meta({
          description: "The plan's first day, YYYY-MM-DD.",
          examples: ['2018-09-01'],
        }),
        end: isoDate.meta({
          description:
            "The plan's last day, YYYY-MM-DD, on or after `start`. Dates outside the plan are warned about.",
          examples: ['2020-08-31'],
        }),
      })
      .refine((p) => p.start <= p.end, {
        params: message('config.planOrder'),
        path: ['end'],
      })
      .meta({ description: 'The action plan followed.' }),
    commitments: z
      .array(commitment)
      .refine((commitments) => commitments.length > 0, {
        params: message('config.oneCommitment'),
      })
      .meta({
        description: "The plan's commitments, one entry each (one at least).",
        examples: [
          [
            {
              id: 3,
              title: 'Gestion des archives publiques',
              institution: 'Archives du Maroc',
              focalPoint: { name: 'Leila Tazi', email: 'leila.tazi@example.org' },
              source: { kind: 'xlsx', path: 'submissions/engagement-03.xlsx' },
            },
          ],
        ],
      }),
    /** The members of the steering committee and of the implementation committee. */
    committees: z
      .strictObject({
        steering: z
          .array(member)
          .default([])
          .meta({
            description: 'The members of the steering committee (« comité de pilotage »).',
            examples: [[{ name: 'Samira Chraibi', email: 'samira.chraibi@example.org', institution: 'Ministère de la Transition numérique' }]], // prettier-ignore
          }),
        implementation: z
          .array(member)
          .default([])
          .meta({
            description:
              "The members of the implementation committee (« comité d'implémentation »).",
            examples: [[{ name: 'Youssef Alaoui', email: 'youssef.alaoui@example.org', locale: 'ar' }]], // prettier-ignore
          }),
      })
      .prefault({})
      .meta({
        description:
          "The members of the two committees, invited by role (meetings[].invite) and listed in the master workbook's roles sheet.",
      }),
    meetings: z
      .array(
        z.strictObject({
          /** A committee meeting, or a training workshop. */
          kind: expecting(
            z.enum(MEETING_KINDS),
            message('config.meetingKind', { kinds: MEETING_KINDS.join(', ') }),
          )
            .default('meeting')
            .meta({
              description:
                '`meeting`: a committee meeting, with its report before it and the rounds of campaigns due before each meeting. `workshop`: a training workshop (« atelier de formation »), only invited to.',
              examples: ['workshop'],
            }),
          /** What a workshop is about (a meeting is the committee's). */
          title: text.optional().meta({
            description: "What a workshop is about, as its invitation says (a meeting is the committee's).", // prettier-ignore
            examples: ['Renseigner la fiche de suivi'],
          }),
          date: isoDate.meta({ description: 'The day, YYYY-MM-DD.', examples: ['2019-01-15'] }),
          time: time.optional().meta({
            description:
              "The starting hour, HH:MM, in the committee's time zone. Without it the calendar event starts at 09:00; it lasts two hours.",
            examples: ['10:00'],
          }),
          place: z
            .string()
            .optional()
            .meta({
              description: 'Where it is held, as the invitation and its calendar event say.',
              examples: ['Rabat, salle du conseil'],
            }),
          agenda: z
            .array(z.string())
            .default([])
            .meta({
              description:
                'The items of the agenda, listed in the invitation and its calendar event.',
              examples: [['Avancement des engagements', 'Calendrier des prochaines échéances']],
            }),
          /** Who is invited; by default focal points and substitutes. */
          invite: z
            .array(inviteeRole)
            .refine((roles) => roles.length > 0, { params: message('config.inviteOne') })
            .default([...DEFAULT_INVITEES])
            .meta({
              description: `Who is invited, by role (one at least), among ${INVITEE_ROLES.join(', ')}: each person of those roles gets one invitation, in their language, with its calendar event (.ics). The secretariat gets a copy.`, // prettier-ignore
              examples: [['focal-points', 'steering-committee']],
            }),
        }),
      )
      .default([])
      .meta({
        description:
          'The committee meetings and training workshops: each gets its invitations, and a committee meeting the report before it.',
        examples: [
          [
            { date: '2019-01-15', time: '10:00', place: 'Rabat, salle du conseil' },
            { kind: 'workshop', title: 'Renseigner la fiche de suivi', date: '2019-02-05', invite: ['focal-points', 'communication-officers'] }, // prettier-ignore
          ],
        ],
      }),
    campaigns: z
      .array(campaign)
      .default([])
      .meta({
        description:
          'The collection rounds: what focal points are asked for and by when, { id, title, due } or { id, title, dueBeforeEachMeeting }. Reminders and reports follow each deadline.',
        examples: [
          [
            { id: 'fiche-communication', title: 'Fiche des actions de communication', due: '2019-01-09' }, // prettier-ignore
            { id: 'mise-a-jour', title: 'Mise à jour avant la réunion', dueBeforeEachMeeting: 5 },
          ],
        ],
      }),
    reminders: z
      .strictObject({
        before: dayOffsets.default([7, 2, 0]).meta({
          description:
            'The days before each deadline a reminder goes to the focal points without a valid sheet (0: the day itself). Calendar days: one on a day off goes the working day before.',
          examples: [[10, 3, 0]],
        }),
        after: dayOffsets.default([1, 3, 7]).meta({
          description:
            'The days after each deadline an overdue reminder goes to those still late. Calendar days: one on a day off goes the next working day.',
          examples: [[2, 5]],
        }),
        escalateAfter: z
          .number()
          .int()
          .min(0)
          .default(3)
          .meta({
            description:
              'From this many days after the deadline, overdue reminders copy the secretariat.',
            examples: [7],
          }),
        sendAt: time.default('09:00').meta({
          description:
            "The hour from which each day's emails go (reminders, reports, invitations), HH:MM in the committee's time zone: a run earlier that day leaves them to a later run.",
          examples: ['08:30'],
        }),
      })
      .prefault({})
      .meta({ description: 'When focal points are reminded of a deadline.' }),
    reports: z
      .strictObject({
        beforeMeeting: z.number().int().min(0).default(2).meta({
          description:
            'Working days before each committee meeting the secretariat gets its summary, with the master workbook.',
        }),
        afterDeadline: z.number().int().min(0).default(1).meta({
          description:
            "Working days after each deadline the secretariat gets the deadline's review.",
        }),
      })
      .prefault({})
      .meta({ description: "When the secretariat's reports go." }),
    invitations: z
      .strictObject({
        /** Working days before each meeting the invitation (with its calendar event) goes out. */
        before: z.number().int().min(0).default(5).meta({
          description:
            'Working days before each meeting or workshop its invitations (with their calendar event) go.',
        }),
      })
      .prefault({})
      .meta({ description: 'When meetings and workshops are invited to.' }),
    charter: z
      .strictObject({
        hashtags: z
          .array(
            expecting(z.string(), HASHTAG).refine((tag) => /^#[\p{L}\p{N}_]+$/u.test(tag), {
              params: HASHTAG,
            }),
          )
          .default([])
          .meta({
            description:
              'The hashtags of the charter, each # and letters, digits or _: an action whose type asks for them carries them all.',
            examples: [['#OGPMaroc', '#GouvernementOuvert']],
          }),
        actionTypes: z
          .array(actionType)
          .refine((types) => types.length > 0, {
            params: message('config.oneActionType'),
          })
          .meta({
            description:
              'The types of communication action the template offers (one at least), each with its unified indicator.',
            examples: [
              [
                { name: 'Atelier', indicator: 'Nombre de participants' },
                { name: 'Publication réseaux sociaux', indicator: "Nombre d'impressions", hashtags: true }, // prettier-ignore
              ],
            ],
          }),
        /** The logo the charter asks for, as messages and the template name it. */
        logoName: text.optional().meta({
          description:
            "The logo the charter asks for, as the template and the messages name it. By default Morocco's for a Moroccan committee, else « open government logo » in the committee's language.",
          examples: ['logo de Gobierno Abierto México'],
        }),
      })
      .meta({ description: 'The communication charter the sheets are checked against.' }),
    holidays: holidaysSchema.meta({
      description:
        "The committee's corrections to its country's holidays: { add, remove, types }, or a list alone, read as add.",
      examples: [{ add: [{ date: '2025-03-31/2025-04-01', name: 'Aïd al-Fitr' }], remove: ['2025-11-06'] }], // prettier-ignore
    }),
    storage: storageSchema.meta({
      description:
        'Where runs keep their state and write the files people read: { kind: local, dir } for one folder, or { state, output } kept apart (deployed: Firestore and a shared drive).',
      examples: [{ state: { kind: 'firestore', prefix: 'maroc-2019' }, output: { kind: 'drive', folderId: '0ABcDeFgHiJkLmNoPQ' } }], // prettier-ignore
    }),
    /** Submissions found in a Drive folder, for commitments without a `source`. */
    discovery: z
      .strictObject({
        driveFolderId: text.meta({
          description:
            "The Drive folder's id. A file whose name carries a commitment's number (« Engagement 07 », engagement-7.xlsx, E07) is that commitment's; of several, the latest modified.",
          examples: ['1a2B3c4D5e6F7g8H9i0J'],
        }),
      })
      .optional()
      .meta({
        description:
          'A Drive folder where the sheets of the commitments without a `source` are found (Google Sheets or .xlsx files).',
      }),
    google: z
      .strictObject({
        /** Sources read at once. */
        concurrency: z.number().int().min(1).max(32).default(4).meta({
          description:
            "How many commitments' sheets are read at once, .xlsx files and Google Sheets alike.",
        }),
        maxRetries: z.number().int().min(0).max(20).default(5).meta({
          description:
            'Retries of a Google request that failed for a passing reason (429, 5xx, a dropped connection), with growing waits.',
        }),
        /** Sheets requests a minute at most: Google's quota is 60 reads a minute per user. */
        sheetsReadsPerMinute: z.number().int().min(6).max(6000).default(60).meta({
          description:
            'Google Sheets requests a minute at most, paced before Google refuses: its quota is 60 reads a minute per user.',
        }),
        /** The account sheets must be shared with, shown in messages. */
        serviceAccount: email.optional().meta({
          description:
            "The service account sheets must be shared with, as messages name it. Else GOOGLE_SERVICE_ACCOUNT from the environment, else the credentials' own account (a key file's client_email; the deployed functions' account).",
          examples: ['ogp-tracker@ogp-maroc.iam.gserviceaccount.com'],
        }),
      })
      .prefault({})
      .meta({ description: 'How Google Sheets and Drive are read.' }),
    tracking: z
      .strictObject({
        submissionDate: expecting(z.enum(SUBMISSION_DATE_SOURCES), message('config.dateSource'))
          .default('modified')
          .meta({
            description:
              "The day a sheet counts as sent, which decides its round: `modified`, the file's last change; `declared`, the update date its Engagement sheet gives (the file's last change when it gives none, or a day after today).",
            examples: ['declared'],
          }),
      })
      .prefault({})
      .meta({ description: 'How submissions are dated.' }),
    mail: z
      .strictObject({
        from: mailbox.meta({
          description:
            'The sender of every email: address@domain, or Name <address@domain>, on one line.',
          examples: ['Secrétariat OGP <secretariat.ogp@example.org>'],
        }),
        replyTo: email.optional().meta({
          description:
            "Where replies go, when not to `from`: the secretariat's mailbox that intake reads.",
          examples: ['secretariat.ogp@example.org'],
        }),
        /** Most messages per second through SMTP. */
        rateLimit: z.number().positive().default(5).meta({
          description: 'Most messages a second through SMTP.',
        }),
        /** Most SMTP connections at once. */
        maxConnections: z.number().int().min(1).default(2).meta({
          description: 'Most SMTP connections at once.',
        }),
        /** How mail goes out; without it, SMTP when SMTP_URL is set, else the outbox. */
        transport: mailTransport.optional().meta({
          description:
            'How mail goes out: smtp, smtp-oauth2, graph, gmail-api or outbox. Without it, SMTP when SMTP_URL is set in the environment, else outbox (.eml files, nothing sent). Secrets come from the environment, never from this file.',
          examples: [{ kind: 'graph', tenant: 'ministere.onmicrosoft.com', clientId: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0', mailbox: 'secretariat.ogp@example.org' }], // prettier-ignore
        }),
      })
      .optional()
      .meta({
        description:
          'How the emails go out. Without it, a run with an email to send (tick, remind, report) and intake stop with an error.',
      }),
    /** Where focal points' replies are read: the secretariat's mailbox (mail.replyTo, else from). */
    intake: intakeSchema.optional().meta({
      description:
        "Where focal points' replies are read: the secretariat's mailbox (the address of mail.replyTo, else mail.from). `ogp-tracker intake` files the sheets they attach and answers each.",
      examples: [{ kind: 'imap', authservId: 'mx.ministere.ma' }],
    }),
  })
  .superRefine((config, ctx) => {
    const seen = new Map<number, number>();
    config.commitments.forEach((c, index) => {
      const first = seen.get(c.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['commitments', index, 'id'],
          params: message('config.idTaken', { id: String(c.id), first: String(first) }),
        });
      } else seen.set(c.id, index);
      c.milestones?.forEach((m, j) => {
        if (m.start && m.start > m.end) {
          ctx.addIssue({
            code: 'custom',
            path: ['commitments', index, 'milestones', j, 'end'],
            params: message('config.endBeforeStart', { end: m.end, start: m.start }),
          });
        }
      });
    });
    const names = new Set<string>();
    config.charter.actionTypes.forEach((t, index) => {
      const key = t.name.toLowerCase();
      if (names.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['charter', 'actionTypes', index, 'name'],
          params: message('config.typeTwice', { name: t.name }),
        });
      }
      names.add(key);
    });
  });

type ParsedConfig = z.output<typeof committeeConfigSchema>;

/** A validated committee configuration, with what its country brings worked out. */
export type CommitteeConfig = Omit<ParsedConfig, 'committee' | 'charter'> & {
  charter: ParsedConfig['charter'] & {
    /** The logo the charter asks for, as messages and the template name it. */
    logoName: string;
  };
  committee: ParsedConfig['committee'] & {
    /** The currency amounts are in (ISO 4217). */
    currency: string;
    /** How the committee's texts are written: its language, in its country (`es-MX`). */
    tag: LocaleTag;
    weekend: readonly IsoWeekday[];
  };
  /** Its working days: weekend and holidays. */
  calendar: CommitteeCalendar;
};

/** The committee's working calendar, and what its configuration says of it. */
export type CommitteeCalendar = WorkingCalendar & {
  /** Whether the holiday source knows the country (else only `holidays.add` counts). */
  countryKnown(): boolean;
  /** Days `holidays.remove` names that are no holiday of the country. */
  removalsMatchingNothing(): string[];
};
export type Commitment = CommitteeConfig['commitments'][number];
/** The mail settings, when the configuration has them. */
export type MailConfig = NonNullable<CommitteeConfig['mail']>;
/** Where replies are read, when the configuration says. */
export type IntakeConfig = NonNullable<CommitteeConfig['intake']>;
/** A configured mail transport. */
export type MailTransportConfig = NonNullable<MailConfig['transport']>;
export type ActionType = CommitteeConfig['charter']['actionTypes'][number];
export type Charter = CommitteeConfig['charter'];

/**
 * One configuration problem: where (a YAML path such as `commitments[2].focalPoint.email`)
 * and what, said for its reader.
 */
export interface ConfigProblem {
  path: string;
  message: string;
  /** Shown at the key itself (an unknown key), not at its value. */
  atKey?: boolean;
}

/**
 * Validates parsed YAML data; returns the config or every problem found, said for a reader of
 * `tag` (by default the language the data names, `committee.locale`, else French).
 */
export function parseCommitteeConfig(
  data: unknown,
  facts: CountryFacts = NO_COUNTRY_FACTS,
  tag: LocaleTag = localeNamedIn(data),
): { ok: true; config: CommitteeConfig } | { ok: false; problems: ConfigProblem[] } {
  const known = (path: PropertyKey[]) => keysAt(committeeConfigSchema, path);
  const checked = validateAgainst(committeeConfigSchema, data, tag, known);
  if (!checked.ok) return checked;
  const resolved = resolveCountry(checked.data, facts);
  if (resolved.ok) return resolved;
  return {
    ok: false,
    problems: resolved.problems.map((p) => ({ path: p.path, message: render(tag, p.message) })),
  };
}

/** The language a configuration names (`committee.locale`), even one that does not load. */
export function localeNamedIn(data: unknown): Locale {
  const named = (data as { committee?: { locale?: unknown } } | null)?.committee?.locale;
  return typeof named === 'string' && isLocale(named) ? named : 'fr';
}

/**
 * The committee workbook's words a country problem names, in the workbook's language (the
 * committee's): its sheets are named so. Translated here rather than taken from the roster
 * layout, which imports this module.
 */
function rosterWords(tag: LocaleTag) {
  return {
    committee: translate(tag, 'roster.sheet', { sheet: 'committee' }),
    setting: translate(tag, 'roster.setting', { setting: 'country' }),
    daysOff: translate(tag, 'roster.sheet', { sheet: 'days_off' }),
  };
}

/** The country's part of a configuration: its subdivision checked, its currency, weekend and holidays. */
function resolveCountry(
  parsed: ParsedConfig,
  facts: CountryFacts,
):
  | { ok: true; config: CommitteeConfig }
  | { ok: false; problems: { path: string; message: Message }[] } {
  const { committee } = parsed;
  const [country = '', subdivision, region] = committee.country.split('-');
  const problems: { path: string; message: Message }[] = [];
  // Asked only for a subdivision: the holiday source is heavy, loaded when first needed.
  if (subdivision !== undefined && facts !== NO_COUNTRY_FACTS) {
    const known = facts.subdivisionsOf(country);
    if (known === null) {
      problems.push({
        path: 'committee.country',
        message: message('config.noSubdivisions', {
          country,
          // A workbook committee types its country and days off in its sheets, never in YAML.
          workbook: parsed.roster !== undefined,
          ...rosterWords(committee.locale),
        }),
      });
    } else if (!known.includes(subdivision)) {
      const near = closestOption(subdivision, known);
      problems.push({
        path: 'committee.country',
        message: message('config.unknownSubdivision', {
          subdivision,
          country,
          hasNear: near !== null,
          near: near ?? '',
          hasKnown: known.length > 0,
          known: known.join(', '),
        }),
      });
    } else if (region !== undefined) {
      // A city (`BR-SP-SP`) only where the source has its holidays: else the state's are meant.
      const cities = facts.regionsOf(country, subdivision);
      if (!cities.includes(region)) {
        const state = `${country}-${subdivision}`;
        const near = closestOption(region, cities);
        problems.push({
          path: 'committee.country',
          message: message('config.unknownRegion', {
            region,
            state,
            hasNear: near !== null,
            near: near ?? '',
            hasKnown: cities.length > 0,
            known: cities.join(', '),
          }),
        });
      }
    }
  }
  const currency = committee.currency ?? facts.currencyOf(country);
  if (!currency) {
    problems.push({
      path: 'committee.currency',
      message: message('config.noCurrency', { country }),
    });
  }
  if (problems.length > 0 || !currency) return { ok: false, problems };
  const weekend = (committee.weekend as IsoWeekday[] | undefined) ?? countryWeekend(country);
  const calendar = buildWorkingCalendar({
    country,
    ...(subdivision ? { subdivision } : {}),
    ...(region ? { region } : {}),
    weekend,
    ...(parsed.holidays.types ? { types: parsed.holidays.types } : {}),
    add: parsed.holidays.add,
    remove: parsed.holidays.remove,
    language: committee.locale,
    facts,
    committeeHolidayName: translate(
      localeTag(committee.locale, country, committee.digits),
      'calendar.unnamedHoliday',
    ),
  });
  return {
    ok: true,
    config: {
      ...parsed,
      committee: {
        ...committee,
        currency,
        weekend,
        tag: localeTag(committee.locale, country, committee.digits),
      },
      charter: {
        ...parsed.charter,
        // Committees that wrote no logo name: Morocco's charter names its own; others, in their language.
        logoName:
          parsed.charter.logoName ??
          (country === 'MA'
            ? MOROCCO_LOGO.name
            : defaultLogoName(localeTag(committee.locale, country, committee.digits))),
      },
      calendar: {
        ...calendar,
        countryKnown: () => hasCountryRule(country) || facts.subdivisionsOf(country) !== null,
      },
    },
  };
}

/**
 * How a reader of the committee writes: the committee's own tag, or `language` (a focal
 * point's) in the committee's country and digits.
 */
export function readerTag(config: CommitteeConfig, language?: Locale): LocaleTag {
  if (!language || language === config.committee.locale) return config.committee.tag;
  return localeTag(language, config.committee.country, config.committee.digits);
}

/** The logo a charter asks for when the committee does not name it, as its readers name it. */
export function defaultLogoName(tag: LocaleTag): string {
  return translate(tag, 'template.defaultLogoName');
}

let currencies: Set<string> | undefined;

/** Whether Intl knows `code` as a currency (ISO 4217). */
function isKnownCurrency(code: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return currencies.has(code);
}

let regionNames: Intl.DisplayNames | undefined;

/**
 * ISO 3166-1's user-assigned codes (AA, QM–QZ, XA–XZ, ZZ) and the groupings CLDR names (EU,
 * EZ, UN): CLDR has names for some (« Unknown Region », « Pseudo-Accents »), none is a country.
 * Kosovo's XK, which CLDR and the holiday source use, is one.
 */
const NOT_A_COUNTRY = /^(AA|Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN)$/;

/** Whether CLDR has a name for the country of `code` (`BR-SP` → BR): Intl echoes an unknown code. */
function isKnownCountry(code: string): boolean {
  regionNames ??= new Intl.DisplayNames('en', { type: 'region', fallback: 'code' });
  const country = code.slice(0, 2);
  return !NOT_A_COUNTRY.test(country) && regionNames.of(country) !== country;
}

/**
 * CLDR's codes for places reserved by ISO 3166 that are no country of their own (Ascension,
 * Clipperton, Sark, Diego Garcia, Ceuta and Melilla, the Canaries, Tristan da Cunha).
 */
const RESERVED_PLACES = /^(AC|CP|CQ|DG|EA|IC|TA)$/;

let countryList: readonly string[] | undefined;

/**
 * The countries a committee may be in, as offered in a list: every code CLDR names, except
 * groupings, reserved places and former codes it maps to today's (DD → DE, ZR → CD).
 */
export function countryCodes(): readonly string[] {
  if (!countryList) {
    const codes: string[] = [];
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        if (RESERVED_PLACES.test(code) || !isKnownCountry(code)) continue;
        if (Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`) codes.push(code);
      }
    }
    countryList = codes;
  }
  return countryList;
}

/**
 * The keys a schema knows at a path of the data (through objects, lists, unions, defaults),
 * for « vouliez-vous dire … ? » on an unknown key.
 */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  type Def = {
    type: string;
    shape?: Record<string, z.ZodType>;
    element?: z.ZodType;
    innerType?: z.ZodType;
    in?: z.ZodType;
    options?: z.ZodType[];
  };
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  switch (def.type) {
    case 'default':
    case 'prefault':
    case 'optional':
    case 'nullable':
    case 'catch':
      return keysAt(def.innerType as z.ZodType, path);
    case 'pipe':
      return keysAt(def.in as z.ZodType, path);
    case 'union':
      return [...new Set((def.options ?? []).flatMap((o) => keysAt(o, path)))];
    case 'array':
      return path.length && typeof path[0] === 'number'
        ? keysAt(def.element as z.ZodType, path.slice(1))
        : [];
    case 'object': {
      const shape = def.shape ?? {};
      if (path.length === 0) return Object.keys(shape);
      const next = shape[String(path[0])];
      return next ? keysAt(next, path.slice(1)) : [];
    }
    default:
      return [];
  }
}

/** The paths of the commitments' .xlsx sources: the files the committee reads. */
export function xlsxSourcePaths(config: CommitteeConfig): Set<string> {
  return new Set(
    config.commitments.flatMap((c) => (c.source?.kind === 'xlsx' ? [c.source.path] : [])),
  );
}

/**
 * Validates `data` against `schema` (committee.yaml's, or another file's read the same way);
 * returns its output or every problem, each with its YAML path, said for a reader of `tag`.
 * Zod's issues are said in one place, the error map: what the refinement that found it
 * carries (`params`), else what the schema expects, else what the issue's code and fields say.
 */
export function validateAgainst<S extends z.ZodType>(
  schema: S,
  data: unknown,
  tag: LocaleTag,
  knownKeys?: (path: PropertyKey[]) => readonly string[],
): { ok: true; data: z.output<S> } | { ok: false; problems: ConfigProblem[] } {
  const result = schema.safeParse(data, {
    reportInput: true,
    error: (issue) => render(tag, issueMessage(issue)),
  });
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    problems: result.error.issues.flatMap((issue) => problemsOf(issue, [], knownKeys, tag)),
  };
}

/** The message of a zod issue: its refinement's, else its schema's expectation, else its code's. */
function issueMessage(issue: z.core.$ZodRawIssue): Message {
  if (issue.code === 'custom' && isMessage(issue.params)) return issue.params;
  // A schema's own issue only: a check (`.int()`, `.min()`) says what it checks.
  const expected = issue.inst ? EXPECTED.get(issue.inst as z.ZodType)?.expected : undefined;
  if (expected) return typeof expected === 'function' ? expected(issue.input) : expected;
  switch (issue.code) {
    case 'invalid_type':
      return expectedType(issue.expected);
    case 'invalid_value':
      return message('config.oneOf', { values: issue.values.map(String).join(', ') });
    case 'too_small':
      return tooSmall(issue.origin, Number(issue.minimum), issue.inclusive !== false);
    case 'too_big':
      return tooBig(issue.origin, Number(issue.maximum), issue.inclusive !== false);
    case 'invalid_format':
      return message('config.pattern', { pattern: issue.pattern ?? issue.format });
    case 'not_multiple_of':
      return message('config.multipleOf', { divisor: Number(issue.divisor) });
    case 'unrecognized_keys':
      return message('config.unknownKey', { hasNear: false, near: '' });
    default:
      return message('config.invalid');
  }
}

/** The types a configuration's problems name; any other by zod's name for it. */
const TYPE_NAMES = ['string', 'number', 'int', 'boolean', 'array', 'object'] as const;
type TypeName = (typeof TYPE_NAMES)[number];

function expectedType(expected: string): Message {
  const named = (TYPE_NAMES as readonly string[]).includes(expected);
  return message('config.expected', {
    type: named ? (expected as TypeName) : 'other',
    name: expected,
  });
}

/** The kinds of value zod bounds: a count of items, of characters, or a number. */
function boundedKind(origin: string): 'items' | 'characters' | 'number' | null {
  if (origin === 'array' || origin === 'set') return 'items';
  if (origin === 'string') return 'characters';
  if (origin === 'number' || origin === 'int' || origin === 'bigint') return 'number';
  return null;
}

function tooSmall(origin: string, minimum: number, inclusive: boolean): Message {
  switch (boundedKind(origin)) {
    case 'items':
      return message('config.itemsAtLeast', { minimum });
    case 'characters':
      return message('config.charactersAtLeast', { minimum });
    case 'number':
      return inclusive
        ? message('config.atLeast', { minimum })
        : message('config.above', { minimum });
    default:
      return message('config.invalid');
  }
}

function tooBig(origin: string, maximum: number, inclusive: boolean): Message {
  switch (boundedKind(origin)) {
    case 'items':
      return message('config.itemsAtMost', { maximum });
    case 'characters':
      return message('config.charactersAtMost', { maximum });
    case 'number':
      return inclusive
        ? message('config.atMost', { maximum })
        : message('config.below', { maximum });
    default:
      return message('config.invalid');
  }
}

/**
 * The problems of one issue. A value that fits no option of a union (`holidays` as a list
 * or as { add, remove }) is judged by the one option whose shape it has, when one has it:
 * « date attendue » says more than « invalid input ». An unknown key is said key by key,
 * with the key meant when one is close; a key left out, as missing.
 */
function problemsOf(
  issue: z.core.$ZodIssue,
  prefix: readonly PropertyKey[],
  knownKeys: ((path: PropertyKey[]) => readonly string[]) | undefined,
  tag: LocaleTag,
): ConfigProblem[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const shaped = issue.errors.filter(
      (option) => !option.some((i) => i.code === 'invalid_type' && i.path.length === 0),
    );
    if (shaped.length === 1 && shaped[0]) {
      return shaped[0].flatMap((inner) => problemsOf(inner, path, knownKeys, tag));
    }
  }
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const near = closestOption(key, knownKeys?.(path) ?? []);
      return {
        path: formatYamlPath([...path, key], tag),
        message: translate(tag, 'config.unknownKey', { hasNear: near !== null, near: near ?? '' }),
        atKey: true,
      };
    });
  }
  // The message says what the key expects, whoever wrote it (our error map or the schema).
  const missing = issue.code === 'invalid_type' && issue.input === undefined;
  return [
    {
      path: formatYamlPath(path, tag),
      message: missing
        ? translate(tag, 'config.missingKey', { expected: issue.message })
        : issue.message,
    },
  ];
}

/** `['commitments', 2, 'focalPoint']` → `commitments[2].focalPoint`; the root said as such. */
export function formatYamlPath(path: readonly PropertyKey[], tag: LocaleTag): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || translate(tag, 'config.root');
}
