/**
 * The words of `npm run deploy`, in the language of the committee it deploys: its plan's
 * steps, what each needs when it fails, and its progress.
 */
export interface DeployWords {
  port25: string;
  outsideRoot: (file: string, root: string) => string;
  header: (project: string, region: string, committee: string, file: string) => string;
  dryRunNote: string;
  secretFromEnv: (variable: string) => string;
  localState: string;
  secretMissing: (variable: string) => string;
  askSecret: (variable: string) => string;
  step: (index: number, count: number, title: string) => string;
  stepDone: (label: string) => string;
  stepFailed: (title: string, onFailure: string) => string;
  resume: string;
  noGcloud: string;
  noBash: string;
  finished: (count: number, logs: string) => string;
  /** The service accounts' display names. */
  accounts: { runtime: string; build: string; scheduler: string };
  services: string;
  servicesFailure: string;
  accountsTitle: string;
  accountsFailure: string;
  roles: string;
  rolesFailure: string;
  firestore: (location: string) => string;
  firestoreFailure: string;
  secrets: string;
  secretsFailure: string;
  config: string;
  configNote: (path: string) => string;
  configFailure: string;
  functions: (runtime: string, memory: string) => string;
  folderIntake: string;
  functionsFailure: string;
  invoker: (functions: readonly string[]) => string;
  invokerFailure: string;
  schedule: (time: string, timeZone: string, intake: boolean) => string;
  scheduleFailure: string;
}
