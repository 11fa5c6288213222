/**
 * The forms of committee.yaml's settings that its problems quote, as a person types them: the
 * same in every language, so passed to the messages as values (an ICU message cannot hold a
 * brace of its own, and a translator has nothing to translate in them).
 */
export const CONFIG_FORMS = {
  xlsxSource: '{ kind: xlsx, path: … }',
  sheetSource: '{ kind: google-sheet, spreadsheetId: … }',
  microsoft: '{ kind: microsoft, tenant, clientId }',
  google: '{ kind: google }',
  milestones: '[{ title, start?, end }]',
  datedCampaign: '{ id, title, due }',
  meetingCampaign: '{ id, title, dueBeforeEachMeeting: N }',
  firestoreState: '{ kind: firestore, prefix: … }',
  localFolder: '{ kind: local, dir: … }',
  driveOutput: '{ kind: drive, folderId: … }',
  splitStorage: '{ state: …, output: … }',
  driveStorage: '{ kind: drive }',
  sharedDriveStorage:
    '{ state: { kind: firestore, prefix: … }, output: { kind: drive, folderId: … } }',
  namedHoliday: '{ date, name }',
  rosterWorkbook: '{ workbook: … .xlsx }',
  rosterSheet: '{ sheet: … }',
} as const;
