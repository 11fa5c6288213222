/** `npm run deploy` in each language a committee may choose. */
import type { Locale } from '../locales.js';
import type { DeployWords } from './deploy-shape.js';
import { deploy as ar } from './deploy/ar.js';
import { deploy as en } from './deploy/en.js';
import { deploy as es } from './deploy/es.js';
import { deploy as fr } from './deploy/fr.js';
import { deploy as pt } from './deploy/pt.js';

/** Each language's words of the deployment. */
export const DEPLOY_WORDS: Record<Locale, DeployWords> = { fr, en, ar, es, pt };
