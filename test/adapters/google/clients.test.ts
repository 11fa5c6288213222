/**
 * The account the Google clients read as, named in what a person is asked to share: the address
 * committee.yaml gives, else GOOGLE_SERVICE_ACCOUNT, else the credentials' own (a service
 * account key's client_email, read without a request), else none.
 */
import { generateKeyPairSync } from 'node:crypto';
import { GoogleAuth, OAuth2Client } from 'google-auth-library';
import { afterEach, describe, expect, it } from 'vitest';
import { createGoogleClients } from '../../../src/adapters/google/clients.js';

const KEY = generateKeyPairSync('rsa', { modulusLength: 2048 })
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();
const KEY_EMAIL = 'ogp-tracker@comite-ogp.iam.gserviceaccount.com';
const fromKey = () =>
  new GoogleAuth({ credentials: { client_email: KEY_EMAIL, private_key: KEY } });
const environment = process.env.GOOGLE_SERVICE_ACCOUNT;

describe('the account a committee’s sheets are shared with', () => {
  afterEach(() => {
    if (environment === undefined) delete process.env.GOOGLE_SERVICE_ACCOUNT;
    else process.env.GOOGLE_SERVICE_ACCOUNT = environment;
  });

  it('is the one committee.yaml names, else GOOGLE_SERVICE_ACCOUNT, else the key’s own address', async () => {
    delete process.env.GOOGLE_SERVICE_ACCOUNT;
    expect(await createGoogleClients({ auth: fromKey(), serviceAccount: 'nomme@comite-ogp.iam.gserviceaccount.com' }).account()).toBe('nomme@comite-ogp.iam.gserviceaccount.com');
    expect(await createGoogleClients({ auth: fromKey() }).account()).toBe(KEY_EMAIL);
    process.env.GOOGLE_SERVICE_ACCOUNT = 'env@comite-ogp.iam.gserviceaccount.com';
    expect(await createGoogleClients({ auth: fromKey() }).account()).toBe('env@comite-ogp.iam.gserviceaccount.com');
  }); // prettier-ignore

  it('is not known with credentials that name no account (a bare token): the messages say so', async () => {
    delete process.env.GOOGLE_SERVICE_ACCOUNT;
    const token = new OAuth2Client();
    token.setCredentials({ access_token: 'jeton', expiry_date: Date.now() + 3_600_000 });
    expect(await createGoogleClients({ auth: token }).account()).toBe('');
  });
});
