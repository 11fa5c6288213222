/** A Firestore failure, told apart by its gRPC code once, said in the reader's language. */
import { describe, expect, it } from 'vitest';
import { firestoreFailure } from '../../../src/adapters/google/firestore-state.js';
import { message, render } from '../../../src/core/catalogue/render.js';

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
