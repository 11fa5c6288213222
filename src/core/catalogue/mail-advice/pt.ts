/** What a mail failure means and what to do, in Portuguese. */
import type { MailAdviceWords } from '../mail-advice-shape.js';

export const advice: MailAdviceWords = {
  'smtp-auth-disabled': {
    cause:
      'O SMTP AUTH está desativado para o locatário do Microsoft 365 ou para esta caixa (o que também bloqueia o SMTP com OAuth 2.0)',
    fix: 'ative-o só para esta caixa (Exchange Online PowerShell: Set-CASMailbox -Identity <caixa> -SmtpClientAuthenticationDisabled $false), ou envie pelo Microsoft Graph (mail.transport { kind: graph })',
  },
  'basic-auth-off': {
    cause:
      'o Microsoft 365 não aceita mais a senha por SMTP (autenticação «Basic» desativada, por padrão desde o fim de dezembro de 2026)',
    fix: 'passe a OAuth 2.0: mail.transport { kind: smtp-oauth2, provider: { kind: microsoft, tenant, clientId } } ou { kind: graph } (README, «Email»)',
  },
  'auth-required': {
    cause: 'o servidor não aceita envio sem autenticação («client not authenticated»)',
    fix: 'acrescente o usuário e a senha em SMTP_URL, ou passe a OAuth 2.0; um relé sem autenticação precisa conhecer o endereço IP do remetente',
  },
  'app-password': {
    cause:
      'o Google exige uma senha de app para esta conta (os «apps menos seguros» não existem mais)',
    fix: 'crie uma senha de app (verificação em duas etapas ativada) e ponha-a em SMTP_URL, ou use o relé smtp-relay.gmail.com:587, SMTP com OAuth 2.0 ou a API do Gmail (mail.transport { kind: gmail-api })',
  },
  'exchange-oauth': {
    cause: 'o Exchange recusa o token OAuth: o aplicativo não tem acesso a esta caixa',
    fix: 'dê ao aplicativo a permissão SMTP.SendAsApp com consentimento do administrador, registre sua entidade de serviço no Exchange (New-ServicePrincipal) e dê-lhe acesso à caixa (Add-MailboxPermission -AccessRights FullAccess)',
  },
  'login-refused': {
    cause: 'o servidor recusa o usuário ou a senha',
    fix: 'verifique o usuário e a senha de SMTP_URL (um caractere especial é codificado: @ vira %40, : vira %3A)',
  },
  'too-large': {
    cause:
      'a mensagem passa do tamanho que o serviço aceita (cerca de 4 MB para o Microsoft Graph)',
    fix: 'o relatório dá então o link da pasta de trabalho em vez de anexá-la; para um e-mail de teste, nada a fazer',
  },
  'entra-secret': {
    cause: 'o Entra ID recusa o segredo do aplicativo (errado ou expirado)',
    fix: 'crie um novo segredo (Entra ID > Registros de aplicativo > Certificados e segredos) e ponha seu valor em MAIL_CLIENT_SECRET',
  },
  'entra-unknown': {
    cause:
      'o Entra ID não conhece este aplicativo neste locatário, ou este locatário, ou a assinatura do certificado',
    fix: 'verifique tenant e clientId em mail.transport (estão na página «Visão geral» do aplicativo), e o certificado carregado no aplicativo',
  },
  'invalid-scope': {
    cause:
      'o provedor de identidade recusa o escopo pedido: um aplicativo sem usuário só obtém um token do Entra ID para o endereço de um serviço seguido de /.default, e do Google só para os escopos que ele conhece',
    fix: 'verifique endpoint (https://graph.microsoft.com, sem /v1.0) e authority (https://login.microsoftonline.com) em intake e mail.transport; para o Google, token_uri na chave da conta de serviço (https://oauth2.googleapis.com/token)',
  },
  'no-client-secret': {
    cause: 'nem MAIL_CLIENT_SECRET nem MAIL_CLIENT_CERTIFICATE está definido',
    fix: 'ponha o segredo do aplicativo (ou seu certificado e sua chave, em PEM) no ambiente; implantado, ele vem do Secret Manager',
  },
  'no-google-key': {
    cause: 'a chave da conta de serviço do Google está ausente ou incompleta',
    fix: 'ponha o conteúdo JSON da chave em MAIL_GOOGLE_KEY (ou seu caminho em GOOGLE_APPLICATION_CREDENTIALS)',
  },
  'no-delegation': {
    cause: 'a conta de serviço não tem a delegação em todo o domínio para este escopo',
    fix: 'Console do Google Admin > Segurança > Controle de acesso e de dados > Controles de API > Delegação em todo o domínio: acrescente o ID do cliente da conta de serviço com https://mail.google.com/ (SMTP) ou https://www.googleapis.com/auth/gmail.send (API do Gmail)',
  },
  'invalid-grant': {
    cause:
      'o Google recusa a declaração: a caixa não existe no domínio, a chave foi apagada ou o relógio da máquina está errado',
    fix: 'verifique o endereço da caixa (mail.transport), que a chave ainda existe no console do Google Cloud, e a hora da máquina',
  },
  'graph-denied': {
    cause:
      'o Microsoft Graph recusa o envio: o aplicativo não tem a permissão Mail.Send, ou uma política de acesso o afasta desta caixa',
    fix: 'Entra ID: permissão Mail.Send do Microsoft Graph do tipo Aplicativo, com consentimento do administrador; se existir uma política de acesso de aplicativos (New-ApplicationAccessPolicy), inclua nela a caixa',
  },
  'no-mailbox': {
    cause: 'a caixa não existe, ou não está hospedada no Exchange Online',
    fix: 'verifique mail.transport.mailbox (um endereço de caixa do Exchange Online do locatário)',
  },
  'gmail-denied': {
    cause: 'o Google recusa o envio: o token não tem o direito de enviar por esta caixa',
    fix: 'verifique a delegação em todo o domínio (escopo https://www.googleapis.com/auth/gmail.send) e que a API do Gmail está ativada no projeto',
  },
  'token-refused': {
    cause: 'o serviço recusa o token (expirado, ou emitido para outro serviço)',
    fix: 'verifique o endereço do serviço (endpoint) e as permissões do aplicativo',
  },
  'port-25': {
    cause:
      'a porta 25 não responde: está bloqueada na saída no Google Cloud (e em muitos provedores)',
    fix: 'use a porta 587 (STARTTLS) ou 465 (TLS), por exemplo smtp://…@smtp.office365.com:587',
  },
  dns: {
    cause: 'o nome do servidor não foi encontrado (DNS)',
    fix: 'verifique o nome do host (SMTP_URL ou mail.transport.host) e o acesso da máquina ao DNS',
  },
  tls: {
    cause: 'a conexão criptografada falhou (certificado recusado, ou TLS esperado em outra porta)',
    fix: 'verifique que o nome do servidor corresponde ao seu certificado, e a porta: 465 com smtps://, 587 com smtp:// (STARTTLS)',
  },
  refused: {
    cause: 'o servidor recusa a conexão nesta porta',
    fix: 'verifique a porta (587 ou 465) e que o servidor aceita conexões desta máquina',
  },
  timeout: {
    cause: 'o servidor não responde (tempo esgotado)',
    fix: 'verifique o nome e a porta do servidor, e que nenhum firewall bloqueia a saída para essa porta',
  },
  'graph-read-denied': {
    cause:
      'o Microsoft Graph recusa o acesso à caixa: o aplicativo não tem a função «Application Mail.ReadWrite» nesta caixa',
    fix: 'Exchange Online PowerShell: New-ManagementRoleAssignment -App <clientId> -Role "Application Mail.ReadWrite" -CustomResourceScope <um escopo só com a caixa da secretaria> (RBAC para aplicativos), sem permissão Mail.* do Entra, que abriria todas as caixas do locatário',
  },
  'no-mailbox-read': {
    cause: 'a caixa não existe, ou não está hospedada no Exchange Online',
    fix: 'verifique intake.mailbox (um endereço de caixa do Exchange Online do locatário)',
  },
  'gmail-read-denied': {
    cause:
      'o Google recusa o acesso à caixa: o token não tem o direito de lê-la nem de arquivar suas mensagens',
    fix: 'verifique a delegação em todo o domínio (escopo https://www.googleapis.com/auth/gmail.modify, ao lado de gmail.send) e que a API do Gmail está ativada no projeto',
  },
  'no-delegation-read': {
    cause: 'a conta de serviço não tem a delegação em todo o domínio para ler a caixa',
    fix: 'Console do Google Admin > Segurança > Controle de acesso e de dados > Controles de API > Delegação em todo o domínio: acrescente ao ID do cliente da conta de serviço https://www.googleapis.com/auth/gmail.modify (API do Gmail) ou https://mail.google.com/ (IMAP)',
  },
};
