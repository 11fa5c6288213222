/** A Firestore failure, told apart by its gRPC code once, said in the reader's language. */
import type { Firestore } from '@google-cloud/firestore';
import { describe, expect, it } from 'vitest';
import { FirestoreState, firestoreFailure } from '../../../src/adapters/google/firestore-state.js';
import { message, render } from '../../../src/core/catalogue/render.js';
import { OgpError } from '../../../src/core/codes.js';

const WHERE = 'firestore://-/ogp-tracker/maroc-2019';
const failure = (code: number) =>
  Object.assign(new Error('14 UNAVAILABLE: No connection\nstack'), { code });

describe('a Firestore failure', () => {
  it('says what to do by its gRPC code, in the reader’s language, the operation named', () => {
    const reading = message('errors.readingLedger');
    expect(render('fr', firestoreFailure(failure(7), reading, WHERE))).toBe(`${WHERE} (lecture du registre des envois) : accès refusé. Donnez au compte de service de la fonction le rôle « Utilisateur Cloud Datastore » (roles/datastore.user).`);
    expect(render('es', firestoreFailure(failure(14), reading, WHERE))).toBe(`${WHERE} (lectura del registro de envíos): Firestore inalcanzable por ahora (14 UNAVAILABLE: No connection); nuevo intento en la próxima ejecución.`);
    expect(firestoreFailure(failure(4), reading, WHERE).id).toBe('errors.firestoreUnavailable');
    expect(firestoreFailure(failure(5), reading, WHERE).id).toBe('errors.firestoreNoDatabase');
    expect(firestoreFailure(failure(16), reading, WHERE).id).toBe('errors.firestoreAuth');
    expect(firestoreFailure(failure(3), reading, WHERE).id).toBe('errors.firestoreRefused');
  }); // prettier-ignore
});

/**
 * What Google's client throws when it cannot tell the project (google-auth-library's
 * `NO_PROJECT_ID_FOUND`): on a person's machine with neither `storage.state.projectId` nor
 * `GOOGLE_CLOUD_PROJECT`, before any request is made.
 */
const NO_PROJECT = new Error(
  'Unable to detect a Project Id in the current environment. \nTo learn more about authentication and Google APIs, visit: \nhttps://cloud.google.com/docs/authentication/getting-started',
);

/** A Firestore client as far as a FirestoreState goes, every call failing as the real one does without a project. */
function clientWithoutProject(): Firestore {
  const ref: Record<string, unknown> = {};
  ref.collection = () => ref;
  ref.doc = () => ref;
  ref.get = () => Promise.reject(NO_PROJECT);
  ref.set = () => Promise.reject(NO_PROJECT);
  return ref as unknown as Firestore;
}

describe('a Firestore state without a Google Cloud project', () => {
  it('says what to set, in the reader’s language, as a configuration to fix (exit 2)', async () => {
    const state = new FirestoreState(clientWithoutProject(), { prefix: 'maroc-2019' });
    const error = await state.saveConfigDocument({ text: '', file: 'committee.yaml', pushedAt: '2026-01-01T00:00:00Z', sha256: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OgpError);
    const thrown = error as OgpError;
    expect(thrown.code).toBe('config-invalid');
    expect(thrown.exitCode).toBe(2);
    expect(thrown.textIn('fr')).toBe(`${WHERE} (écriture de la configuration) : aucun projet Google Cloud n'est indiqué. Nommez-le dans la configuration du comité (storage.state.projectId, dans committee.yaml) ou dans la variable d'environnement GOOGLE_CLOUD_PROJECT.`);
    expect(thrown.textIn('en')).toContain('no Google Cloud project is named');
    expect(thrown.textIn('en')).not.toContain('Unable to detect');
    expect(firestoreFailure(NO_PROJECT, message('errors.readingConfig'), WHERE).id).toBe('errors.firestoreNoProject');
  }); // prettier-ignore
});
