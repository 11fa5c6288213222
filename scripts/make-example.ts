/**
 * Writes the bundled example's submissions (examples/maroc-2019/submissions/): filled-in
 * templates as focal points return them in January 2019, some complete, some with the
 * mistakes focal points really make. `npm run example` regenerates them; the expected
 * issues are pinned by test/examples.test.ts.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import {
  ACTION_COLUMNS,
  MILESTONE_COLUMNS,
  SHEET_NAMES,
} from '../sheets-templates/submission-template.js';
import { loadConfigFile } from '../src/adapters/config/committee-file.js';
import { exampleConfigPath } from '../src/adapters/local/package-files.js';
import {
  buildTemplateWorkbook,
  writeWorkbookFile,
} from '../src/adapters/documents/template-workbook.js';
import type { CommitteeConfig } from '../src/core/config-schema.js';
import { buildMime, messageIdFor } from '../src/adapters/mail/transports.js';

type Value = ExcelJS.CellValue;

/** A communication action as a focal point types it. */
interface Action {
  ref: Value;
  type: Value;
  title: Value;
  audience?: Value;
  channel?: Value;
  planned: Value;
  done?: Value;
  status: Value;
  budget?: Value;
  funding?: Value;
  indicator?: Value;
  target?: Value;
  achieved?: Value;
  hashtags?: Value;
  logo?: Value;
  evidence?: Value;
  comment?: Value;
}

interface Milestone {
  ref: Value;
  title: Value;
  start?: Value;
  end?: Value;
  progress?: Value;
  completion?: Value;
  evidence?: Value;
  difficulties?: Value;
  comment?: Value;
}

interface Submission {
  updatedAt?: Value;
  actions: Action[];
  milestones: Milestone[];
  /** Last touches: what the focal point did to the template beyond filling it in. */
  edit?: (workbook: ExcelJS.Workbook) => void;
}

const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const TAGS = '#OGPMaroc #GouvernementOuvert';
const link = (path: string) => `https://www.example.org/ogp/${path}`;

const ACTION_FIELDS: Record<string, keyof Action> = {
  ref: 'ref',
  type: 'type',
  title: 'title',
  audience: 'audience',
  channel: 'channel',
  plannedDate: 'planned',
  doneDate: 'done',
  status: 'status',
  budget: 'budget',
  funding: 'funding',
  indicator: 'indicator',
  target: 'target',
  achieved: 'achieved',
  hashtags: 'hashtags',
  logo: 'logo',
  evidence: 'evidence',
  comment: 'comment',
};

/** A complete, valid submission for a commitment without particular mistakes. */
function ordinary(short: string, slug: string, milestones: [string, string]): Submission {
  return {
    updatedAt: d('2019-01-07'),
    actions: [
      {
        ref: 'A1',
        type: 'Atelier',
        title: `Atelier de lancement : ${short}`,
        audience: 'Société civile, Administrations',
        channel: 'Présentiel, Rabat',
        planned: d('2018-11-20'),
        done: d('2018-11-20'),
        status: 'Réalisée',
        budget: 20000,
        funding: "Budget de l'institution",
        indicator: 'Nombre de participants',
        target: 60,
        achieved: 72,
        logo: 'Oui',
        evidence: link(`${slug}/atelier-lancement`),
      },
      {
        ref: 'A2',
        type: 'Publication réseaux sociaux',
        title: `Campagne sur les réseaux sociaux : ${short}`,
        audience: 'Grand public, Jeunes',
        channel: 'Facebook, Twitter',
        planned: d('2019-02-15'),
        status: 'Prévue',
        budget: 0,
        funding: 'Sans coût',
        indicator: "Nombre d'impressions",
        target: 50000,
        hashtags: TAGS,
        logo: 'Oui',
      },
      {
        ref: 'A3',
        type: 'Communiqué de presse',
        title: `Communiqué de presse sur l'avancement : ${short}`,
        audience: 'Médias',
        channel: 'Presse écrite et électronique',
        planned: d('2019-03-10'),
        status: 'Prévue',
        budget: 0,
        funding: 'Sans coût',
        indicator: 'Nombre de reprises dans la presse',
        target: 10,
      },
    ],
    milestones: [
      {
        ref: 'J1',
        title: milestones[0],
        start: d('2018-09-01'),
        end: d('2019-06-30'),
        progress: 40,
        completion: 'Limité',
      },
      {
        ref: 'J2',
        title: milestones[1],
        start: d('2019-07-01'),
        end: d('2020-06-30'),
        progress: 0,
        completion: 'Non démarré',
      },
    ],
  };
}

const SUBMISSIONS: Record<number, Submission> = {
  1: ordinary("le droit d'accès à l'information", 'e01', [
    "Campagne nationale de sensibilisation au droit d'accès à l'information",
    "Guide pratique du citoyen pour les demandes d'information",
  ]),
  2: ordinary("les chargés de l'information", 'e02', [
    "Désignation des chargés de l'information dans les départements ministériels",
    "Formation de 300 chargés de l'information",
  ]),
  // Archives du Maroc: complete and clean.
  3: {
    updatedAt: d('2019-01-04'),
    actions: [
      {
        ref: 'A1',
        type: 'Séminaire / conférence',
        title: "Journée d'étude sur l'accès aux archives publiques",
        audience: 'Archivistes, Chercheurs, Société civile',
        channel: 'Présentiel, Rabat',
        planned: d('2018-12-12'),
        done: d('2018-12-12'),
        status: 'Réalisée',
        budget: 35000,
        funding: "Budget de l'institution",
        indicator: 'Nombre de participants',
        target: 120,
        achieved: 134,
        logo: 'Oui',
        evidence: link('archives/journee-etude-2018'),
        comment: 'Actes en préparation',
      },
      {
        ref: 'A2',
        type: 'Publication réseaux sociaux',
        title: 'Série de publications « Un document, une histoire »',
        audience: 'Grand public, Jeunes',
        channel: 'Facebook, Twitter',
        planned: d('2019-01-15'),
        status: 'En cours',
        budget: 0,
        funding: 'Sans coût',
        indicator: "Nombre d'impressions",
        target: 100000,
        hashtags: `${TAGS} #ArchivesDuMaroc`,
        logo: 'Oui',
      },
      {
        ref: 'A3',
        type: 'Support imprimé',
        title: "Guide de l'usager des Archives du Maroc",
        audience: 'Usagers, Chercheurs',
        channel: 'Brochure',
        planned: d('2019-04-30'),
        status: 'Prévue',
        budget: 60000,
        funding: 'Partenaire technique et financier',
        indicator: "Nombre d'exemplaires diffusés",
        target: 5000,
      },
      {
        ref: 'A4',
        type: 'Vidéo / capsule',
        title: 'Capsule vidéo sur le versement des archives',
        audience: 'Administrations',
        channel: 'YouTube',
        planned: d('2019-06-15'),
        status: 'Prévue',
        budget: 25000,
        funding: 'MRAFP',
        indicator: 'Nombre de vues',
        target: 20000,
        hashtags: TAGS,
        logo: 'Oui',
      },
    ],
    milestones: [
      {
        ref: 'J1',
        title: 'Adoption du référentiel de gestion des archives courantes et intermédiaires',
        start: d('2018-09-01'),
        end: d('2019-06-30'),
        progress: 50,
        completion: 'Substantiel',
      },
      {
        ref: 'J2',
        title: "Formation des gestionnaires d'archives de 10 administrations",
        start: d('2018-10-01'),
        end: d('2019-12-31'),
        progress: 20,
        completion: 'Limité',
      },
      {
        ref: 'J3',
        title: "Publication en ligne de l'état des fonds d'archives",
        start: d('2019-01-01'),
        end: d('2020-06-30'),
        progress: 0,
        completion: 'Non démarré',
      },
    ],
  },
  4: ordinary('les données ouvertes', 'e04', [
    'Publication de 100 nouveaux jeux de données sur data.gov.ma',
    'Concours de réutilisation des données ouvertes',
  ]),
  6: ordinary('le portail de la transparence', 'e06', [
    'Mise en ligne du portail de la transparence',
    'Publication proactive des informations par 20 départements',
  ]),
  // ICPC: valid, with the warnings of a busy quarter.
  7: {
    updatedAt: d('2019-01-07'),
    actions: [
      {
        ref: 'A1',
        type: 'Atelier',
        title: "Atelier de présentation du portail national de l'intégrité aux associations",
        audience: 'Associations',
        channel: 'Présentiel, Rabat',
        planned: d('2018-11-28'),
        done: d('2018-11-28'),
        status: 'Réalisée',
        budget: 15000,
        funding: "Budget de l'institution",
        indicator: 'Nombre de participants',
        target: 80,
        achieved: 65,
        logo: 'Non',
        evidence: link('icpc/atelier-portail'),
      },
      {
        ref: 'A2',
        type: 'Communiqué de presse',
        title: 'Communiqué sur le lancement du portail',
        audience: 'Médias',
        channel: 'Presse',
        planned: d('2018-12-20'),
        done: d('2018-12-20'),
        status: 'Réalisée',
        budget: 0,
        funding: 'Sans coût',
        indicator: 'Nombre de reprises dans la presse',
        target: 10,
        achieved: 14,
        logo: 'Oui',
      },
      {
        ref: 'A3',
        type: 'Caravane de sensibilisation',
        title: "Caravane régionale de l'intégrité",
        audience: 'Grand public',
        channel: 'Caravane dans 12 régions',
        planned: d('2020-10-15'),
        status: 'Prévue',
        budget: 120000,
        funding: 'À rechercher',
        indicator: 'Nombre de personnes sensibilisées',
        target: 3000,
      },
    ],
    milestones: [
      {
        ref: 'J1',
        title: "Conception du portail national de l'intégrité",
        start: d('2018-09-01'),
        end: d('2018-12-31'),
        progress: 60,
        completion: 'Substantiel',
        difficulties: "Retard de l'hébergeur",
      },
      {
        ref: 'J2',
        title: 'Mise en ligne du portail',
        start: d('2019-01-01'),
        end: d('2019-09-30'),
        progress: 10,
        completion: 'Limité',
      },
    ],
  },
  8: ordinary('la charte des services publics', 'e08', [
    'Adoption de la charte des services publics',
    'Diffusion de la charte auprès des administrations',
  ]),
  9: ordinary('les sites pilotes IDARATI', 'e09', [
    'Ouverture de 5 sites pilotes IDARATI',
    'Enquête de satisfaction des usagers des sites pilotes',
  ]),
  // Chikaya: the focal point started from the finance ministry's file and doubled a column.
  10: {
    ...ordinary('le portail chikaya.ma', 'e10', [
      'Refonte du portail national des plaintes chikaya.ma',
      'Publication du rapport annuel sur les plaintes',
    ]),
    edit: (workbook) => {
      workbook.getWorksheet(SHEET_NAMES.engagement)!.getCell('B1').value = 11;
      const actions = workbook.getWorksheet(SHEET_NAMES.actions)!;
      actions.getCell(1, ACTION_COLUMNS.length + 1).value = 'Statut';
      actions.getCell(2, ACTION_COLUMNS.length + 1).value = 'Réalisée';
    },
  },
  // Finance: valid, typed the way people type (text dates, French numbers, lower case).
  11: {
    updatedAt: '7 janvier 2019',
    actions: [
      {
        ref: 'A1',
        type: 'Publication réseaux sociaux',
        title: 'Infographies du budget citoyen 2019',
        audience: 'Grand public',
        channel: 'Facebook, Twitter, site du ministère',
        planned: '9 janvier 2019',
        status: 'Prévue',
        budget: '12 500',
        funding: "Budget de l'institution",
        indicator: "nombre d'impressions",
        target: '٥٠٠٠٠',
        hashtags: '#OGPMaroc, #GouvernementOuvert, #BudgetCitoyen',
        logo: 'O',
      },
      {
        ref: 'A2',
        type: 'seminaire / conference',
        title:
          'Présentation du projet de loi de finances 2019 aux organisations de la société civile',
        audience: 'Société civile',
        channel: 'Présentiel, Rabat',
        planned: '2018-11-14',
        done: '14/11/2018',
        status: 'réalisée',
        budget: '8 000,00 MAD',
        funding: "budget de l'institution",
        indicator: 'Nombre de participants',
        target: 100,
        achieved: 95,
        logo: 'oui',
        evidence: link('finances/plf2019-osc'),
      },
    ],
    milestones: [
      {
        ref: 'J1',
        title: 'Publication du budget citoyen',
        start: d('2018-10-01'),
        end: d('2019-12-31'),
        progress: '45 %',
        completion: 'Substantiel',
      },
      {
        ref: 'J2',
        title: 'Publication des rapports budgétaires de fin d’année',
        start: d('2018-09-01'),
        end: d('2019-03-31'),
        progress: 0.6,
        completion: 'substantiel',
      },
    ],
    edit: (workbook) => {
      workbook.getWorksheet(SHEET_NAMES.milestones)!.getCell('E3').numFmt = '0%';
    },
  },
  // LOF: the template came back untouched.
  12: { actions: [], milestones: [] },
  13: ordinary('la transparence du financement des associations', 'e13', [
    'Publication des subventions accordées aux associations',
    'Portail des partenariats État-associations',
  ]),
  // Consultation bodies: a first draft full of slips.
  14: {
    updatedAt: d('2019-01-07'),
    actions: [
      {
        ref: 'A1',
        type: 'Atelier',
        title: 'Atelier national sur les instances de concertation',
        audience: 'Élus, Société civile',
        channel: 'Présentiel, Rabat',
        planned: '31/02/2019',
        status: 'Prévue',
        budget: 40000,
        funding: 'MRAFP',
        indicator: 'Nombre de participants',
        target: 150,
      },
      {
        ref: 'A2',
        type: 'Atelir',
        title: 'Rencontre régionale de Fès sur les instances consultatives',
        audience: 'Société civile',
        channel: 'Présentiel, Fès',
        planned: d('2019-02-20'),
        status: 'Prévue',
        budget: 25000,
        funding: "Budget de l'institution",
        indicator: 'Nombre de participants',
        target: 80,
      },
      {
        ref: 'A3',
        type: 'Publication réseaux sociaux',
        title: 'Campagne en ligne sur les instances de consultation',
        audience: 'Jeunes',
        channel: 'Facebook',
        planned: d('2019-01-20'),
        status: 'Prévue',
        budget: 0,
        funding: 'Sans coût',
        indicator: "Nombre d'impressions",
        target: 30000,
        hashtags: '#OGPMaroc',
        logo: 'Oui',
      },
      {
        ref: 'A4',
        type: 'Séminaire / conférence',
        title: 'Séminaire sur la démocratie participative',
        audience: 'Universitaires, Société civile',
        channel: 'Présentiel, Rabat',
        planned: d('2018-12-05'),
        done: d('2018-12-05'),
        status: 'Réalisée',
        budget: 30000,
        funding: "Budget de l'institution",
        indicator: 'Nombre de vues',
        target: 100,
        logo: 'Oui',
        evidence: link('mcrpsc/seminaire-democratie-participative'),
      },
      {
        ref: 'A5',
        type: 'Atelier',
        title: 'Atelier régional de Tanger',
        audience: 'Société civile',
        channel: 'Présentiel, Tanger',
        planned: d('2019-01-15'),
        done: d('2019-01-15'),
        status: 'Réalisée',
        budget: 20000,
        funding: "Budget de l'institution",
        indicator: 'Nombre de participants',
        target: 60,
        achieved: 45,
        logo: 'Oui',
        evidence: link('mcrpsc/atelier-tanger'),
      },
      {
        ref: 'A3',
        type: 'Communiqué de presse',
        title: "Communiqué sur l'installation de l'instance nationale",
        audience: 'Médias',
        channel: 'Presse',
        planned: d('2019-03-01'),
        status: 'Prévue',
        budget: 0,
        funding: 'Sans coût',
        indicator: 'Nombre de reprises dans la presse',
        target: 8,
      },
    ],
    milestones: [
      {
        ref: 'J1',
        title: 'Installation des instances régionales de consultation',
        start: d('2018-09-01'),
        end: d('2019-12-31'),
        progress: 30,
        completion: 'Limité',
      },
      {
        ref: 'J2',
        title: 'Adoption du guide des instances de concertation',
        start: d('2018-10-01'),
        end: d('2019-06-30'),
        progress: 10,
        completion: 'Limité',
      },
    ],
  },
  // Online participation platform: a second file with other slips.
  15: {
    updatedAt: d('2019-01-06'),
    actions: [
      {
        ref: 'A1',
        type: 'Consultation publique',
        title: 'Consultation publique sur la plateforme de participation citoyenne',
        audience: 'Grand public',
        channel: 'Plateforme en ligne',
        planned: d('2019-02-01'),
        status: 'Prévue',
        budget: '15 000 DH environ',
        funding: "Budget de l'institution",
        indicator: 'Nombre de contributions reçues',
        target: 2000,
        hashtags: TAGS,
        logo: 'Oui',
      },
      {
        ref: 'A2',
        type: 'Vidéo / capsule',
        title: null,
        audience: 'Jeunes',
        channel: 'YouTube, Instagram',
        planned: d('2019-03-15'),
        status: 'Prévue',
        budget: 18000,
        funding: 'MRAFP',
        indicator: 'Nombre de vues',
        target: 25000,
        hashtags: TAGS,
        logo: 'Oui',
      },
      {
        ref: 'A3',
        type: 'Article sur site web',
        title: '- Lancement officiel de la plateforme de participation citoyenne',
        audience: 'Grand public',
        channel: 'Site du ministère',
        planned: d('2018-12-18'),
        done: d('2018-12-18'),
        status: 'Réalisée',
        budget: 0,
        funding: 'Sans coût',
        indicator: 'Nombre de visites',
        target: 5000,
        achieved: 5400,
        hashtags: TAGS,
        logo: 'Oui',
        evidence: 'www.example.org/ogp/mcrpsc/lancement-plateforme',
      },
      {
        ref: 'A4',
        type: 'Formation',
        title: "Formation des associations à l'usage de la plateforme",
        audience: 'Associations',
        channel: 'Présentiel, 4 régions',
        planned: d('2019-04-10'),
        status: 'Prévue',
        budget: { formula: 'SUM(I2:I3)', date1904: false },
        funding: "Budget de l'institution",
        indicator: 'Nombre de personnes formées',
        target: 200,
      },
    ],
    milestones: [
      {
        ref: 'J1',
        title: 'Développement de la plateforme de participation en ligne',
        start: d('2018-09-01'),
        end: d('2018-12-15'),
        progress: 80,
        completion: 'Achevé',
        evidence: link('mcrpsc/plateforme'),
      },
      {
        ref: 'J2',
        title: 'Ouverture des pétitions en ligne',
        start: d('2019-03-01'),
        end: d('2019-01-31'),
        progress: 0,
        completion: 'Non démarré',
      },
      {
        ref: 'J3',
        title: "Campagne d'information sur les pétitions et motions",
        start: d('2019-02-01'),
        end: d('2019-09-30'),
        progress: 120,
        completion: 'Limité',
      },
    ],
  },
  // Civil-society training: the milestones sheet and a column were deleted.
  16: {
    ...ordinary('la démocratie participative', 'e16', [
      'Formation de 1 000 associations à la démocratie participative',
      'Guide de la démocratie participative',
    ]),
    edit: (workbook) => {
      workbook.removeWorksheet(workbook.getWorksheet(SHEET_NAMES.milestones)!.id);
      const fundingColumn = ACTION_COLUMNS.findIndex((c) => c.field === 'funding') + 1;
      workbook.getWorksheet(SHEET_NAMES.actions)!.spliceColumns(fundingColumn, 1);
    },
  },
  // The communication plan (MRAFP): an added column and a mistyped email.
  18: {
    updatedAt: d('2019-01-04'),
    actions: [
      {
        ref: 'A1',
        type: 'Séminaire / conférence',
        title: "Réunion du comité d'implémentation : plan de communication",
        audience: 'Points focaux',
        channel: 'Présentiel, MRAFP',
        planned: d('2019-01-03'),
        done: d('2019-01-03'),
        status: 'Réalisée',
        budget: 0,
        funding: 'Sans coût',
        indicator: 'Nombre de participants',
        target: 30,
        achieved: 35,
        logo: 'Oui',
        evidence: link('mrafp/comite-2019-01-03'),
      },
      {
        ref: 'A2',
        type: 'Formation',
        title: "Ateliers de formation des points focaux aux principes de l'OGP",
        audience: 'Points focaux, Responsables communication',
        channel: 'Présentiel, Rabat',
        planned: d('2019-02-12'),
        status: 'Prévue',
        budget: 50000,
        funding: 'Partenaire technique et financier',
        indicator: 'Nombre de personnes formées',
        target: 60,
      },
      {
        ref: 'A3',
        type: 'Publication réseaux sociaux',
        title: 'Lancement de la page « Gouvernement ouvert Maroc »',
        audience: 'Grand public',
        channel: 'Facebook',
        planned: d('2019-01-21'),
        status: 'Prévue',
        budget: 0,
        funding: 'Sans coût',
        indicator: "Nombre d'impressions",
        target: 80000,
        hashtags: '#ogpmaroc #gouvernementouvert',
        logo: 'Oui',
      },
    ],
    milestones: [
      {
        ref: 'J1',
        title: 'Élaboration de la charte de communication commune',
        start: d('2018-12-01'),
        end: d('2019-01-03'),
        progress: 100,
        completion: 'Achevé',
      },
      {
        ref: 'J2',
        title: 'Plan de communication détaillé',
        start: d('2019-01-04'),
        end: d('2019-03-07'),
        progress: 30,
        completion: 'Limité',
      },
    ],
    edit: (workbook) => {
      workbook.getWorksheet(SHEET_NAMES.engagement)!.getCell('B5').value = 's.alaoui.example.org';
      const actions = workbook.getWorksheet(SHEET_NAMES.actions)!;
      const col = ACTION_COLUMNS.length + 1;
      actions.getCell(1, col).value = 'Responsable';
      ['Direction de la communication', 'Division OGP', 'Division OGP'].forEach((who, i) => {
        actions.getCell(i + 2, col).value = who;
      });
    },
  },
};

/**
 * Engagement 5 had sent nothing when the J-2 reminder went out (07/01/2019 at 09:00): its
 * focal point answers it within the hour, the sheet attached, one hashtag forgotten.
 */
const REPLY_BY_EMAIL: Submission = (() => {
  const reply = ordinary('le partage des données environnementales', 'e05', [
    'Cartographie des données environnementales détenues par les administrations',
    'Plateforme de partage des données environnementales',
  ]);
  const [, social] = reply.actions;
  if (social) social.hashtags = '#OGPMaroc';
  return reply;
})();

/** The example's reply, as a mail client saves it (`inbox/`), read by `ogp-tracker intake`. */
export const EXAMPLE_REPLY = {
  file: 'reponse-engagement-05.eml',
  commitmentId: 5,
  messageId: '<reponse-e05-20190107@example.org>',
  /** When the secretariat's server received it: 07/01/2019, 10:12 in Rabat. */
  receivedAt: new Date('2019-01-07T09:12:00Z'),
};

/** The engagement 5 sheet its focal point sends back by email. */
export async function exampleReplyWorkbook(config: CommitteeConfig): Promise<Buffer> {
  const commitment = config.commitments.find((c) => c.id === EXAMPLE_REPLY.commitmentId);
  if (!commitment) throw new Error(`the example has no commitment ${EXAMPLE_REPLY.commitmentId}`);
  const workbook = filledWorkbook(config, commitment, REPLY_BY_EMAIL);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The reply as a mail client saves it: an answer in the thread of our J-2 reminder (its
 * In-Reply-To and References), with the headers the secretariat's server adds on receipt.
 */
export async function exampleReplyMessage(config: CommitteeConfig): Promise<Buffer> {
  const commitment = config.commitments.find((c) => c.id === EXAMPLE_REPLY.commitmentId);
  const from = config.mail?.from ?? '';
  const reminder = messageIdFor('reminder|fiche-communication@2019-01-09|e5|J-2', from);
  const thread = messageIdFor('thread|fiche-communication@2019-01-09|e5', from);
  const raw = await buildMime({
    from: { name: commitment?.focalPoint.name ?? '', address: commitment?.focalPoint.email ?? '' },
    to: config.mail?.replyTo ?? config.secretariat.emails[0],
    subject:
      'RE: Rappel : Fiche des actions de communication — engagement n° 5, échéance le 09/01/2019',
    text:
      'Bonjour,\n\nVeuillez trouver ci-jointe la fiche de notre engagement, à jour.\n\n' +
      'Bien cordialement,\nSamira Chraibi',
    date: EXAMPLE_REPLY.receivedAt,
    messageId: EXAMPLE_REPLY.messageId,
    inReplyTo: reminder,
    references: [thread, reminder],
    attachments: [{ filename: 'engagement-05.xlsx', content: await exampleReplyWorkbook(config) }],
  });
  // What the secretariat's server writes on top when it receives the message.
  const trace =
    `Received: from mail.example.org by mx.example.org; ${EXAMPLE_REPLY.receivedAt.toUTCString()}\r\n` +
    'Authentication-Results: mx.example.org; spf=pass smtp.mailfrom=example.org; ' +
    'dkim=pass header.d=example.org; dmarc=pass header.from=example.org\r\n';
  return Buffer.concat([Buffer.from(trace), raw]);
}

/** Engagement 17 sent a CSV export renamed to .xlsx. */
const CSV_SENT_AS_XLSX = `Réf.;Type d'action;Intitulé;Date prévue;Statut
A1;Atelier;Atelier sur l'accès des associations aux médias publics;15/02/2019;Prévue
A2;Passage média (radio, TV);Émission sur la participation citoyenne;01/03/2019;Prévue
`;

/** A commitment's template as a focal point fills it in, over the example row. */
function filledWorkbook(
  config: CommitteeConfig,
  commitment: CommitteeConfig['commitments'][number],
  submission: Submission,
): ExcelJS.Workbook {
  const workbook = buildTemplateWorkbook({
    // The focal point wrote over the example row.
    exampleRow: false,
    committeeName: config.committee.name,
    planName: config.plan.name,
    plan: config.plan,
    charter: config.charter,
    currency: config.committee.currency,
    commitment,
  });
  fillSubmission(workbook, submission);
  return workbook;
}

function fillSubmission(workbook: ExcelJS.Workbook, submission: Submission): void {
  if (submission.updatedAt !== undefined) {
    workbook.getWorksheet(SHEET_NAMES.engagement)!.getCell('B6').value = submission.updatedAt;
  }
  const actions = workbook.getWorksheet(SHEET_NAMES.actions)!;
  submission.actions.forEach((action, i) => {
    ACTION_COLUMNS.forEach((column, c) => {
      const key = ACTION_FIELDS[column.field] as keyof Action;
      const value = action[key];
      if (value !== undefined) actions.getCell(i + 2, c + 1).value = value;
    });
  });
  const milestones = workbook.getWorksheet(SHEET_NAMES.milestones)!;
  submission.milestones.forEach((milestone, i) => {
    MILESTONE_COLUMNS.forEach((column, c) => {
      const value = milestone[column.field as keyof Milestone];
      if (value !== undefined) milestones.getCell(i + 2, c + 1).value = value;
    });
  });
  submission.edit?.(workbook);
}

/** Writes every example submission into `dir`; commitments without one get no file. */
export async function writeExampleSubmissions(
  config: CommitteeConfig,
  dir: string,
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const commitment of config.commitments) {
    const file = join(dir, `engagement-${String(commitment.id).padStart(2, '0')}.xlsx`);
    if (commitment.id === 17) {
      await writeFile(file, CSV_SENT_AS_XLSX, 'utf8');
      written.push(file);
      continue;
    }
    const submission = SUBMISSIONS[commitment.id];
    if (!submission) {
      await rm(file, { force: true });
      continue;
    }
    await writeWorkbookFile(filledWorkbook(config, commitment, submission), file);
    written.push(file);
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { config, dir } = await loadConfigFile(exampleConfigPath());
  const written = await writeExampleSubmissions(config, join(dir, 'submissions'));
  process.stdout.write(`${written.length} fiches écrites dans ${join(dir, 'submissions')}\n`);
  await mkdir(join(dir, 'inbox'), { recursive: true });
  await writeFile(join(dir, 'inbox', EXAMPLE_REPLY.file), await exampleReplyMessage(config));
  process.stdout.write(
    `Réponse par courriel écrite dans ${join(dir, 'inbox', EXAMPLE_REPLY.file)}\n`,
  );
}
