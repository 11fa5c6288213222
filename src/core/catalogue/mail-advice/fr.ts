/** What a mail failure means and what to do, in French. */
import type { MailAdviceWords } from '../mail-advice-shape.js';

export const advice: MailAdviceWords = {
  'smtp-auth-disabled': {
    cause:
      'SMTP AUTH est désactivé pour le locataire Microsoft 365 ou pour cette boîte (ce qui bloque aussi SMTP avec OAuth 2.0)',
    fix: 'activez-le pour cette seule boîte (Exchange Online PowerShell : Set-CASMailbox -Identity <boîte> -SmtpClientAuthenticationDisabled $false), ou envoyez par Microsoft Graph (mail.transport { kind: graph })',
  },
  'basic-auth-off': {
    cause:
      "Microsoft 365 n'accepte plus le mot de passe en SMTP (authentification « Basic » désactivée, par défaut depuis fin décembre 2026)",
    fix: 'passez à OAuth 2.0 : mail.transport { kind: smtp-oauth2, provider: { kind: microsoft, tenant, clientId } } ou { kind: graph } (README, « Courriel »)',
  },
  'auth-required': {
    cause: "le serveur n'accepte pas d'envoi sans authentification (« client not authenticated »)",
    fix: "ajoutez l'utilisateur et le mot de passe dans SMTP_URL, ou passez à OAuth 2.0 ; un relais sans authentification doit connaître l'adresse IP de l'expéditeur",
  },
  'app-password': {
    cause:
      "Google exige un mot de passe d'application pour ce compte (les « applications moins sécurisées » n'existent plus)",
    fix: "créez un mot de passe d'application (validation en deux étapes activée) et mettez-le dans SMTP_URL, ou utilisez le relais smtp-relay.gmail.com:587, SMTP avec OAuth 2.0 ou l'API Gmail (mail.transport { kind: gmail-api })",
  },
  'exchange-oauth': {
    cause: "Exchange refuse le jeton OAuth : l'application n'a pas accès à cette boîte",
    fix: "donnez à l'application la permission SMTP.SendAsApp avec consentement administrateur, enregistrez son principal de service dans Exchange (New-ServicePrincipal) et donnez-lui l'accès à la boîte (Add-MailboxPermission -AccessRights FullAccess)",
  },
  'login-refused': {
    cause: "le serveur refuse l'identifiant ou le mot de passe",
    fix: "vérifiez l'utilisateur et le mot de passe de SMTP_URL (un caractère spécial s'y encode : @ devient %40, : devient %3A)",
  },
  'too-large': {
    cause:
      'le message dépasse la taille que le service accepte (environ 4 Mo pour Microsoft Graph)',
    fix: 'le rapport donne alors le lien du classeur au lieu de le joindre ; pour un courriel de test, rien à faire',
  },
  'entra-secret': {
    cause: "Entra ID refuse le secret de l'application (faux ou expiré)",
    fix: "créez un nouveau secret (Entra ID > Inscriptions d'applications > Certificats et secrets) et mettez sa valeur dans MAIL_CLIENT_SECRET",
  },
  'entra-unknown': {
    cause:
      'Entra ID ne connaît pas cette application dans ce locataire, ou ce locataire, ou la signature du certificat',
    fix: 'vérifiez tenant et clientId dans mail.transport (ils figurent sur la page « Vue d’ensemble » de l’application), et le certificat chargé dans l’application',
  },
  'invalid-scope': {
    cause:
      "le fournisseur d'identité refuse le champ d'application (scope) demandé : une application sans utilisateur n'obtient de jeton d'Entra ID que pour l'adresse d'un service suivie de /.default, et de Google que pour les champs d'application qu'il connaît",
    fix: 'vérifiez endpoint (https://graph.microsoft.com, sans /v1.0) et authority (https://login.microsoftonline.com) dans intake et mail.transport ; pour Google, token_uri dans la clé du compte de service (https://oauth2.googleapis.com/token)',
  },
  'no-client-secret': {
    cause: "ni MAIL_CLIENT_SECRET ni MAIL_CLIENT_CERTIFICATE n'est défini",
    fix: "mettez le secret de l'application (ou son certificat et sa clé, en PEM) dans l'environnement ; déployé, il vient de Secret Manager",
  },
  'no-google-key': {
    cause: 'la clé du compte de service Google est absente ou incomplète',
    fix: 'mettez le contenu JSON de la clé dans MAIL_GOOGLE_KEY (ou son chemin dans GOOGLE_APPLICATION_CREDENTIALS)',
  },
  'no-delegation': {
    cause:
      "le compte de service n'a pas la délégation au niveau du domaine pour ce champ d'application",
    fix: "Console d'administration Google > Sécurité > Contrôle des accès et des données > Commandes des API > Délégation au niveau du domaine : ajoutez l'ID client du compte de service avec https://mail.google.com/ (SMTP) ou https://www.googleapis.com/auth/gmail.send (API Gmail)",
  },
  'invalid-grant': {
    cause:
      "Google refuse l'assertion : la boîte n'existe pas dans le domaine, la clé a été supprimée, ou l'horloge de la machine est décalée",
    fix: "vérifiez l'adresse de la boîte (mail.transport), que la clé existe encore dans la console Google Cloud, et l'heure de la machine",
  },
  'graph-denied': {
    cause:
      "Microsoft Graph refuse l'envoi : l'application n'a pas la permission Mail.Send, ou une stratégie d'accès l'écarte de cette boîte",
    fix: "Entra ID : permission Microsoft Graph Mail.Send de type Application, avec consentement administrateur ; si une stratégie d'accès aux applications existe (New-ApplicationAccessPolicy), incluez-y la boîte",
  },
  'no-mailbox': {
    cause: "la boîte n'existe pas, ou n'est pas hébergée dans Exchange Online",
    fix: 'vérifiez mail.transport.mailbox (une adresse de boîte Exchange Online du locataire)',
  },
  'gmail-denied': {
    cause: "Google refuse l'envoi : le jeton n'a pas le droit d'envoyer pour cette boîte",
    fix: "vérifiez la délégation au niveau du domaine (champ d'application https://www.googleapis.com/auth/gmail.send) et que l'API Gmail est activée dans le projet",
  },
  'token-refused': {
    cause: 'le service refuse le jeton (périmé, ou émis pour un autre service)',
    fix: "vérifiez l'adresse du service (endpoint) et les permissions de l'application",
  },
  'port-25': {
    cause:
      "le port 25 ne répond pas : il est bloqué en sortie sur Google Cloud (et chez beaucoup d'hébergeurs)",
    fix: 'utilisez le port 587 (STARTTLS) ou 465 (TLS), par exemple smtp://…@smtp.office365.com:587',
  },
  dns: {
    cause: 'le nom du serveur est introuvable (DNS)',
    fix: "vérifiez le nom d'hôte (SMTP_URL ou mail.transport.host) et l'accès de la machine au DNS",
  },
  tls: {
    cause: 'la connexion chiffrée a échoué (certificat refusé, ou TLS attendu sur un autre port)',
    fix: 'vérifiez que le nom du serveur correspond à son certificat, et le port : 465 avec smtps://, 587 avec smtp:// (STARTTLS)',
  },
  refused: {
    cause: 'le serveur refuse la connexion sur ce port',
    fix: 'vérifiez le port (587 ou 465) et que le serveur accepte les connexions de cette machine',
  },
  timeout: {
    cause: 'le serveur ne répond pas (délai dépassé)',
    fix: "vérifiez le nom et le port du serveur, et qu'un pare-feu ne bloque pas la sortie vers ce port",
  },
  'graph-read-denied': {
    cause:
      "Microsoft Graph refuse l'accès à la boîte : l'application n'a pas le rôle « Application Mail.ReadWrite » sur cette boîte",
    fix: 'Exchange Online PowerShell : New-ManagementRoleAssignment -App <clientId> -Role "Application Mail.ReadWrite" -CustomResourceScope <étendue de la seule boîte du secrétariat> (RBAC pour les applications), sans permission Entra Mail.*, qui ouvrirait toutes les boîtes du locataire',
  },
  'no-mailbox-read': {
    cause: "la boîte n'existe pas, ou n'est pas hébergée dans Exchange Online",
    fix: 'vérifiez intake.mailbox (une adresse de boîte Exchange Online du locataire)',
  },
  'gmail-read-denied': {
    cause:
      "Google refuse l'accès à la boîte : le jeton n'a pas le droit de la lire ni d'en classer les messages",
    fix: "vérifiez la délégation au niveau du domaine (champ d'application https://www.googleapis.com/auth/gmail.modify, à côté de gmail.send) et que l'API Gmail est activée dans le projet",
  },
  'no-delegation-read': {
    cause: "le compte de service n'a pas la délégation au niveau du domaine pour lire la boîte",
    fix: "Console d'administration Google > Sécurité > Contrôle des accès et des données > Commandes des API > Délégation au niveau du domaine : ajoutez à l'ID client du compte de service https://www.googleapis.com/auth/gmail.modify (API Gmail) ou https://mail.google.com/ (IMAP)",
  },
};
