/**
 * What a mail failure means and what to do, in French, for an administrator: the server's
 * answer (an SMTP reply, an API error, an identity provider's error, a network error) read
 * against the failures Microsoft 365, Google Workspace and Google Cloud are known to give;
 * and the SMTP port mail leaves by (port 25 is blocked on Google Cloud).
 */
import type { MailTransportConfig } from './config-schema.js';

/** The port of an SMTP URL: its own, else 465 for `smtps:` and 587 for `smtp:`; null when it is none. */
export function smtpUrlPort(url: string): number | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') return null;
    return Number(parsed.port || (parsed.protocol === 'smtps:' ? 465 : 587));
  } catch {
    return null;
  }
}

/**
 * The SMTP port a configuration's mail leaves by: the OAuth SMTP transport's, or that of
 * `SMTP_URL` (for `smtp`, or no transport chosen); null when mail does not go by SMTP.
 */
export function outgoingSmtpPort(
  transport: MailTransportConfig | undefined,
  smtpUrl: string | undefined,
): number | null {
  if (transport?.kind === 'smtp-oauth2') return transport.port;
  return (!transport || transport.kind === 'smtp') && smtpUrl ? smtpUrlPort(smtpUrl) : null;
}

/** A failure as it was received. */
export interface MailFailure {
  /** The answer as received: an SMTP reply (`535 5.7.139 …`), an API or token error text. */
  text: string;
  /** A network error code (`ETIMEDOUT`, `ENOTFOUND`…) or an OAuth / API code. */
  code?: string;
  /** An HTTP status, for an API or a token endpoint. */
  status?: number;
  /** The SMTP port, when SMTP was tried. */
  port?: number;
}

/** The cause and the fix. */
export interface MailAdvice {
  cause: string;
  fix: string;
}

interface Rule {
  test: (f: MailFailure) => boolean;
  advice: MailAdvice;
}

const has = (f: MailFailure, pattern: RegExp) => pattern.test(`${f.code ?? ''} ${f.text}`);

const OAUTH_FIX =
  'passez à OAuth 2.0 : mail.transport { kind: smtp-oauth2, provider: { kind: microsoft, ' +
  'tenant, clientId } } ou { kind: graph } (README, « Courriel »)';

/** Most specific first. */
const RULES: readonly Rule[] = [
  {
    test: (f) => has(f, /5\.7\.139/) && /SmtpClientAuthentication is disabled/i.test(f.text),
    advice: {
      cause:
        'SMTP AUTH est désactivé pour le locataire Microsoft 365 ou pour cette boîte (ce qui bloque aussi SMTP avec OAuth 2.0)',
      fix:
        'activez-le pour cette seule boîte (Exchange Online PowerShell : Set-CASMailbox -Identity ' +
        '<boîte> -SmtpClientAuthenticationDisabled $false), ou envoyez par Microsoft Graph ' +
        '(mail.transport { kind: graph })',
    },
  },
  {
    test: (f) =>
      has(f, /5\.7\.139|5\.7\.30/) ||
      /basic authentication is (disabled|not supported)/i.test(f.text),
    advice: {
      cause:
        "Microsoft 365 n'accepte plus le mot de passe en SMTP (authentification « Basic » désactivée, par défaut depuis fin décembre 2026)",
      fix: OAUTH_FIX,
    },
  },
  {
    test: (f) => has(f, /5\.7\.57/),
    advice: {
      cause:
        "le serveur n'accepte pas d'envoi sans authentification (« client not authenticated »)",
      fix:
        "ajoutez l'utilisateur et le mot de passe dans SMTP_URL, ou passez à OAuth 2.0 ; " +
        "un relais sans authentification doit connaître l'adresse IP de l'expéditeur",
    },
  },
  {
    test: (f) => has(f, /534[- ]5\.7\.9/) || /application-specific password/i.test(f.text),
    advice: {
      cause:
        "Google exige un mot de passe d'application pour ce compte (les « applications moins sécurisées » n'existent plus)",
      fix:
        "créez un mot de passe d'application (validation en deux étapes activée) et mettez-le " +
        'dans SMTP_URL, ou utilisez le relais smtp-relay.gmail.com:587, SMTP avec OAuth 2.0 ' +
        "ou l'API Gmail (mail.transport { kind: gmail-api })",
    },
  },
  {
    test: (f) => has(f, /^535\b.*5\.7\.3\b|^535 5\.7\.3/) && /XOAUTH2|OAuth/i.test(f.text),
    advice: {
      cause: "Exchange refuse le jeton OAuth : l'application n'a pas accès à cette boîte",
      fix:
        "donnez à l'application la permission SMTP.SendAsApp avec consentement administrateur, " +
        'enregistrez son principal de service dans Exchange (New-ServicePrincipal) et donnez-lui ' +
        "l'accès à la boîte (Add-MailboxPermission -AccessRights FullAccess)",
    },
  },
  {
    test: (f) =>
      has(
        f,
        /^53[45]\b|5\.7\.8|Username and Password not accepted|authentication (unsuccessful|failed)|Identifiants refusés/i,
      ),
    advice: {
      cause: "le serveur refuse l'identifiant ou le mot de passe",
      fix: "vérifiez l'utilisateur et le mot de passe de SMTP_URL (un caractère spécial s'y encode : @ devient %40, : devient %3A)",
    },
  },
  {
    test: (f) => f.status === 413 || has(f, /ErrorMessageSizeExceeded|RequestEntityTooLarge/),
    advice: {
      cause:
        'le message dépasse la taille que le service accepte (environ 4 Mo pour Microsoft Graph)',
      fix: 'le rapport donne alors le lien du classeur au lieu de le joindre ; pour un courriel de test, rien à faire',
    },
  },
  {
    test: (f) => has(f, /AADSTS7000215|AADSTS7000222|invalid_client.*secret/i),
    advice: {
      cause: "Entra ID refuse le secret de l'application (faux ou expiré)",
      fix:
        "créez un nouveau secret (Entra ID > Inscriptions d'applications > Certificats et " +
        'secrets) et mettez sa valeur dans MAIL_CLIENT_SECRET',
    },
  },
  {
    test: (f) => has(f, /AADSTS700016|AADSTS700027|AADSTS90002/),
    advice: {
      cause:
        'Entra ID ne connaît pas cette application dans ce locataire, ou ce locataire, ou la signature du certificat',
      fix:
        'vérifiez tenant et clientId dans mail.transport (ils figurent sur la page « Vue ' +
        'd’ensemble » de l’application), et le certificat chargé dans l’application',
    },
  },
  {
    test: (f) => has(f, /missing_credentials/),
    advice: {
      cause: "ni MAIL_CLIENT_SECRET ni MAIL_CLIENT_CERTIFICATE n'est défini",
      fix:
        "mettez le secret de l'application (ou son certificat et sa clé, en PEM) dans l'environnement " +
        '; déployé, il vient de Secret Manager',
    },
  },
  {
    test: (f) => has(f, /missing_key|invalid_key/),
    advice: {
      cause: 'la clé du compte de service Google est absente ou incomplète',
      fix: 'mettez le contenu JSON de la clé dans MAIL_GOOGLE_KEY (ou son chemin dans GOOGLE_APPLICATION_CREDENTIALS)',
    },
  },
  {
    test: (f) => has(f, /unauthorized_client/),
    advice: {
      cause:
        "le compte de service n'a pas la délégation au niveau du domaine pour ce champ d'application",
      fix:
        "Console d'administration Google > Sécurité > Contrôle des accès et des données > " +
        "Commandes des API > Délégation au niveau du domaine : ajoutez l'ID client du compte " +
        'de service avec https://mail.google.com/ (SMTP) ou https://www.googleapis.com/auth/gmail.send (API Gmail)',
    },
  },
  {
    test: (f) => has(f, /invalid_grant/),
    advice: {
      cause:
        "Google refuse l'assertion : la boîte n'existe pas dans le domaine, la clé a été supprimée, ou l'horloge de la machine est décalée",
      fix:
        "vérifiez l'adresse de la boîte (mail.transport), que la clé existe encore dans la " +
        "console Google Cloud, et l'heure de la machine",
    },
  },
  {
    test: (f) =>
      f.status === 403 && has(f, /ErrorAccessDenied|Access is denied|Authorization_RequestDenied/i),
    advice: {
      cause:
        "Microsoft Graph refuse l'envoi : l'application n'a pas la permission Mail.Send, ou une stratégie d'accès l'écarte de cette boîte",
      fix:
        'Entra ID : permission Microsoft Graph Mail.Send de type Application, avec consentement ' +
        "administrateur ; si une stratégie d'accès aux applications existe (New-ApplicationAccessPolicy), incluez-y la boîte",
    },
  },
  {
    test: (f) => has(f, /ErrorInvalidUser|MailboxNotEnabledForRESTAPI|ResourceNotFound/),
    advice: {
      cause: "la boîte n'existe pas, ou n'est pas hébergée dans Exchange Online",
      fix: 'vérifiez mail.transport.mailbox (une adresse de boîte Exchange Online du locataire)',
    },
  },
  {
    test: (f) => f.status === 403 && has(f, /insufficientPermissions|PERMISSION_DENIED|forbidden/i),
    advice: {
      cause: "Google refuse l'envoi : le jeton n'a pas le droit d'envoyer pour cette boîte",
      fix:
        "vérifiez la délégation au niveau du domaine (champ d'application https://www.googleapis.com/auth/gmail.send) " +
        "et que l'API Gmail est activée dans le projet",
    },
  },
  {
    test: (f) => f.status === 401,
    advice: {
      cause: 'le service refuse le jeton (périmé, ou émis pour un autre service)',
      fix: "vérifiez l'adresse du service (endpoint) et les permissions de l'application",
    },
  },
  {
    // Google Cloud drops outbound packets to port 25: a time-out, not a refusal.
    test: (f) => f.port === 25 && has(f, /ETIMEDOUT|timeout|timed out/i),
    advice: {
      cause:
        "le port 25 ne répond pas : il est bloqué en sortie sur Google Cloud (et chez beaucoup d'hébergeurs)",
      fix: 'utilisez le port 587 (STARTTLS) ou 465 (TLS), par exemple smtp://…@smtp.office365.com:587',
    },
  },
  {
    test: (f) => has(f, /ENOTFOUND|EAI_AGAIN|EDNS|getaddrinfo/),
    advice: {
      cause: 'le nom du serveur est introuvable (DNS)',
      fix: "vérifiez le nom d'hôte (SMTP_URL ou mail.transport.host) et l'accès de la machine au DNS",
    },
  },
  {
    test: (f) => has(f, /certificate|self[- ]signed|CERT_|wrong version number|ssl|tls/i),
    advice: {
      cause: 'la connexion chiffrée a échoué (certificat refusé, ou TLS attendu sur un autre port)',
      fix: 'vérifiez que le nom du serveur correspond à son certificat, et le port : 465 avec smtps://, 587 avec smtp:// (STARTTLS)',
    },
  },
  {
    test: (f) => has(f, /ECONNREFUSED/),
    advice: {
      cause: 'le serveur refuse la connexion sur ce port',
      fix: 'vérifiez le port (587 ou 465) et que le serveur accepte les connexions de cette machine',
    },
  },
  {
    test: (f) => has(f, /ETIMEDOUT|ECONNECTION|timeout/i),
    advice: {
      cause: 'le serveur ne répond pas (délai dépassé)',
      fix: "vérifiez le nom et le port du serveur, et qu'un pare-feu ne bloque pas la sortie vers ce port",
    },
  },
];

/** The cause of a failure and its fix, when it is a known one. */
export function adviseMailFailure(failure: MailFailure): MailAdvice | null {
  return RULES.find((rule) => rule.test(failure))?.advice ?? null;
}
