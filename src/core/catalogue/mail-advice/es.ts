/** What a mail failure means and what to do, in Spanish. */
import type { MailAdviceWords } from '../mail-advice-shape.js';

export const advice: MailAdviceWords = {
  'smtp-auth-disabled': {
    cause:
      'SMTP AUTH está desactivado para el inquilino de Microsoft 365 o para este buzón (lo que también bloquea SMTP con OAuth 2.0)',
    fix: 'actívelo solo para este buzón (Exchange Online PowerShell: Set-CASMailbox -Identity <buzón> -SmtpClientAuthenticationDisabled $false), o envíe por Microsoft Graph (mail.transport { kind: graph })',
  },
  'basic-auth-off': {
    cause:
      'Microsoft 365 ya no acepta la contraseña por SMTP (autenticación «Basic» desactivada, por defecto desde finales de diciembre de 2026)',
    fix: 'pase a OAuth 2.0: mail.transport { kind: smtp-oauth2, provider: { kind: microsoft, tenant, clientId } } o { kind: graph } (README, «Email»)',
  },
  'auth-required': {
    cause: 'el servidor no acepta envíos sin autenticación («client not authenticated»)',
    fix: 'añada el usuario y la contraseña en SMTP_URL, o pase a OAuth 2.0; un relé sin autenticación debe conocer la dirección IP del remitente',
  },
  'app-password': {
    cause:
      'Google exige una contraseña de aplicación para esta cuenta (las «aplicaciones menos seguras» ya no existen)',
    fix: 'cree una contraseña de aplicación (verificación en dos pasos activada) y póngala en SMTP_URL, o use el relé smtp-relay.gmail.com:587, SMTP con OAuth 2.0 o la API de Gmail (mail.transport { kind: gmail-api })',
  },
  'exchange-oauth': {
    cause: 'Exchange rechaza el token OAuth: la aplicación no tiene acceso a este buzón',
    fix: 'dé a la aplicación el permiso SMTP.SendAsApp con consentimiento de administrador, registre su entidad de servicio en Exchange (New-ServicePrincipal) y dele acceso al buzón (Add-MailboxPermission -AccessRights FullAccess)',
  },
  'login-refused': {
    cause: 'el servidor rechaza el usuario o la contraseña',
    fix: 'verifique el usuario y la contraseña de SMTP_URL (un carácter especial se codifica: @ se vuelve %40, : se vuelve %3A)',
  },
  'too-large': {
    cause: 'el mensaje supera el tamaño que acepta el servicio (unos 4 MB para Microsoft Graph)',
    fix: 'el informe da entonces el enlace del libro en lugar de adjuntarlo; para un correo de prueba, nada que hacer',
  },
  'entra-secret': {
    cause: 'Entra ID rechaza el secreto de la aplicación (erróneo o caducado)',
    fix: 'cree un nuevo secreto (Entra ID > Registros de aplicaciones > Certificados y secretos) y ponga su valor en MAIL_CLIENT_SECRET',
  },
  'entra-unknown': {
    cause:
      'Entra ID no conoce esta aplicación en este inquilino, o este inquilino, o la firma del certificado',
    fix: 'verifique tenant y clientId en mail.transport (figuran en la página «Información general» de la aplicación), y el certificado cargado en la aplicación',
  },
  'invalid-scope': {
    cause:
      'el proveedor de identidad rechaza el ámbito (scope) pedido: una aplicación sin usuario solo obtiene un token de Entra ID para la dirección de un servicio seguida de /.default, y de Google solo para los ámbitos que conoce',
    fix: 'verifique endpoint (https://graph.microsoft.com, sin /v1.0) y authority (https://login.microsoftonline.com) en intake y mail.transport; para Google, token_uri en la clave de la cuenta de servicio (https://oauth2.googleapis.com/token)',
  },
  'no-client-secret': {
    cause: 'no está definido MAIL_CLIENT_SECRET ni MAIL_CLIENT_CERTIFICATE',
    fix: 'ponga el secreto de la aplicación (o su certificado y su clave, en PEM) en el entorno; desplegado, viene de Secret Manager',
  },
  'no-google-key': {
    cause: 'la clave de la cuenta de servicio de Google falta o está incompleta',
    fix: 'ponga el contenido JSON de la clave en MAIL_GOOGLE_KEY (o su ruta en GOOGLE_APPLICATION_CREDENTIALS)',
  },
  'no-delegation': {
    cause: 'la cuenta de servicio no tiene la delegación de todo el dominio para este ámbito',
    fix: 'Consola de administración de Google > Seguridad > Control de acceso y de datos > Controles de API > Delegación de todo el dominio: añada el ID de cliente de la cuenta de servicio con https://mail.google.com/ (SMTP) o https://www.googleapis.com/auth/gmail.send (API de Gmail)',
  },
  'invalid-grant': {
    cause:
      'Google rechaza la aserción: el buzón no existe en el dominio, la clave se eliminó o el reloj de la máquina está desfasado',
    fix: 'verifique la dirección del buzón (mail.transport), que la clave siga existiendo en la consola de Google Cloud, y la hora de la máquina',
  },
  'graph-denied': {
    cause:
      'Microsoft Graph rechaza el envío: la aplicación no tiene el permiso Mail.Send, o una directiva de acceso la excluye de este buzón',
    fix: 'Entra ID: permiso Mail.Send de Microsoft Graph de tipo Aplicación, con consentimiento de administrador; si existe una directiva de acceso a aplicaciones (New-ApplicationAccessPolicy), incluya en ella el buzón',
  },
  'no-mailbox': {
    cause: 'el buzón no existe, o no está alojado en Exchange Online',
    fix: 'verifique mail.transport.mailbox (una dirección de buzón de Exchange Online del inquilino)',
  },
  'gmail-denied': {
    cause: 'Google rechaza el envío: el token no tiene derecho a enviar por este buzón',
    fix: 'verifique la delegación de todo el dominio (ámbito https://www.googleapis.com/auth/gmail.send) y que la API de Gmail esté habilitada en el proyecto',
  },
  'token-refused': {
    cause: 'el servicio rechaza el token (caducado, o emitido para otro servicio)',
    fix: 'verifique la dirección del servicio (endpoint) y los permisos de la aplicación',
  },
  'port-25': {
    cause:
      'el puerto 25 no responde: está bloqueado en salida en Google Cloud (y en muchos proveedores)',
    fix: 'use el puerto 587 (STARTTLS) o 465 (TLS), por ejemplo smtp://…@smtp.office365.com:587',
  },
  dns: {
    cause: 'no se encuentra el nombre del servidor (DNS)',
    fix: 'verifique el nombre de host (SMTP_URL o mail.transport.host) y el acceso de la máquina al DNS',
  },
  tls: {
    cause: 'la conexión cifrada falló (certificado rechazado, o TLS esperado en otro puerto)',
    fix: 'verifique que el nombre del servidor corresponda a su certificado, y el puerto: 465 con smtps://, 587 con smtp:// (STARTTLS)',
  },
  refused: {
    cause: 'el servidor rechaza la conexión en este puerto',
    fix: 'verifique el puerto (587 o 465) y que el servidor acepte conexiones de esta máquina',
  },
  timeout: {
    cause: 'el servidor no responde (tiempo de espera agotado)',
    fix: 'verifique el nombre y el puerto del servidor, y que un cortafuegos no bloquee la salida hacia ese puerto',
  },
  'graph-read-denied': {
    cause:
      'Microsoft Graph rechaza el acceso al buzón: la aplicación no tiene el rol «Application Mail.ReadWrite» sobre este buzón',
    fix: 'Exchange Online PowerShell: New-ManagementRoleAssignment -App <clientId> -Role "Application Mail.ReadWrite" -CustomResourceScope <un ámbito con solo el buzón de la secretaría> (RBAC para aplicaciones), sin permiso Mail.* de Entra, que abriría todos los buzones del inquilino',
  },
  'no-mailbox-read': {
    cause: 'el buzón no existe, o no está alojado en Exchange Online',
    fix: 'verifique intake.mailbox (una dirección de buzón de Exchange Online del inquilino)',
  },
  'gmail-read-denied': {
    cause:
      'Google rechaza el acceso al buzón: el token no tiene derecho a leerlo ni a clasificar sus mensajes',
    fix: 'verifique la delegación de todo el dominio (ámbito https://www.googleapis.com/auth/gmail.modify, junto a gmail.send) y que la API de Gmail esté habilitada en el proyecto',
  },
  'no-delegation-read': {
    cause: 'la cuenta de servicio no tiene la delegación de todo el dominio para leer el buzón',
    fix: 'Consola de administración de Google > Seguridad > Control de acceso y de datos > Controles de API > Delegación de todo el dominio: añada al ID de cliente de la cuenta de servicio https://www.googleapis.com/auth/gmail.modify (API de Gmail) o https://mail.google.com/ (IMAP)',
  },
};
