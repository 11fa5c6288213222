/**
 * Who may call the private HTTP functions. On Cloud Run, IAM alone decides: the functions are
 * deployed without public access, so Cloud Run checks the caller's Google identity token (in
 * `Authorization`) against `roles/run.invoker` before the request reaches us. Self-hosted
 * (functions-framework elsewhere), a shared secret OGP_TRACKER_TOKEN must come in the
 * `X-OGP-Tracker-Token` header — never `Authorization`, which carries Google's token —
 * compared in constant time. With neither, every call is refused.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/** The header of the self-hosted shared secret. */
export const TOKEN_HEADER = 'x-ogp-tracker-token';

export type AuthDecision = { ok: true } | { ok: false; status: 401 | 403; message: string };

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

export function authorize(token: string | undefined, env: NodeJS.ProcessEnv): AuthDecision {
  // Cloud Run sets K_SERVICE: there, IAM has checked the caller already.
  if (env.K_SERVICE) return { ok: true };
  const secret = env.OGP_TRACKER_TOKEN;
  if (secret) {
    // Equal-length digests: the comparison takes the same time whatever the token.
    return token && timingSafeEqual(digest(token.trim()), digest(secret))
      ? { ok: true }
      : { ok: false, status: 401, message: `Jeton absent ou invalide (en-tête ${TOKEN_HEADER}).` };
  }
  return {
    ok: false,
    status: 403,
    message:
      'Fonction privée : hors de Cloud Run, définissez OGP_TRACKER_TOKEN et envoyez-le dans l’en-tête X-OGP-Tracker-Token.',
  };
}
