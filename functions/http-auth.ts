/**
 * Who may call the private HTTP functions. Deployed on Cloud Run, IAM checks the caller's
 * OIDC token before the request reaches us (functions are deployed without public access).
 * Self-hosted, a shared secret (OGP_TRACKER_TOKEN) must come as `Authorization: Bearer …`,
 * compared in constant time. With neither, every call is refused.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export type AuthDecision = { ok: true } | { ok: false; status: 401 | 403; message: string };

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

export function authorize(authorization: string | undefined, env: NodeJS.ProcessEnv): AuthDecision {
  const secret = env.OGP_TRACKER_TOKEN;
  if (secret) {
    const token = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim() ?? '';
    // Equal-length digests: the comparison takes the same time whatever the token.
    return token && timingSafeEqual(digest(token), digest(secret))
      ? { ok: true }
      : { ok: false, status: 401, message: 'Jeton absent ou invalide.' };
  }
  if (env.K_SERVICE) return { ok: true };
  return {
    ok: false,
    status: 403,
    message: 'Fonction privée : définissez OGP_TRACKER_TOKEN pour un hébergement hors Cloud Run.',
  };
}
