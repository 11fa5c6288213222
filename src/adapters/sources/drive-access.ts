/**
 * Who may change a file in Drive and who did last: the Drive v3 `files.get` fields
 * `lastModifyingUser(displayName,emailAddress)` and `permissions(type,role)`, asked only when a
 * reader needs them (the roster; never a submission). Drive fills `permissions` only for an
 * account that may share the file, and never for a file of a shared drive: then
 * `permissions.list` is asked, and when that is refused too the answer is « not known ».
 */
import type { drive_v3 } from '@googleapis/drive';
import type { SourceAccess } from '../../core/spreadsheet-source.js';
import { callGoogle, GoogleApiError, type GoogleClients } from '../google/api.js';

/** The `files.get` fields that say who changed a file last and who may edit it. */
export const ACCESS_FIELDS = 'lastModifyingUser(displayName,emailAddress),permissions(type,role)';

/** Roles that may change a file (drive/api/guides/ref-roles); `commenter` and `reader` may not. */
const EDITING_ROLES = new Set(['writer', 'fileOrganizer', 'organizer', 'owner']);

/**
 * Grantees that are no one in particular. The Drive v3 Permission resource
 * (developers.google.com/workspace/drive/api/reference/rest/v3/permissions) has four `type`s:
 * `user` and `group` (a named Google Group) name who they are; `domain` is everyone of an
 * organisation (every account of gov.ma) and `anyone` everyone with the link. Editing by
 * either would let anybody make themselves a focal point, hence a known sender.
 */
const UNNAMED_GRANTEES = new Set(['anyone', 'domain']);

/**
 * The access of a file from its `files.get` answer (asked with {@link ACCESS_FIELDS}), with one
 * `permissions.list` more when Drive left the permissions out.
 */
export async function accessOf(
  clients: GoogleClients,
  fileId: string,
  file: drive_v3.Schema$File,
): Promise<SourceAccess> {
  const user = file.lastModifyingUser;
  const lastModifyingUser = user?.displayName
    ? {
        displayName: user.displayName,
        ...(user.emailAddress ? { emailAddress: user.emailAddress } : {}),
      }
    : undefined;
  const permissions = file.permissions ?? (await listedPermissions(clients, fileId));
  return {
    ...(lastModifyingUser ? { lastModifyingUser } : {}),
    anyoneCanEdit: permissions
      ? permissions.some(
          (p) => UNNAMED_GRANTEES.has(p.type ?? '') && EDITING_ROLES.has(p.role ?? ''),
        )
      : null,
  };
}

/** `permissions.list`, or null when this account may not see them (403 or 404). */
async function listedPermissions(
  clients: GoogleClients,
  fileId: string,
): Promise<drive_v3.Schema$Permission[] | null> {
  try {
    const listed: drive_v3.Schema$Permission[] = [];
    let pageToken: string | undefined;
    do {
      const page = await callGoogle(clients, () =>
        clients.drive.permissions.list({
          fileId,
          fields: 'nextPageToken,permissions(type,role)',
          supportsAllDrives: true,
          ...(pageToken ? { pageToken } : {}),
        }),
      );
      listed.push(...(page.data.permissions ?? []));
      pageToken = page.data.nextPageToken ?? undefined;
    } while (pageToken);
    return listed;
  } catch (error) {
    // Not allowed to see who may edit: not known, which is not the same as « nobody ».
    if (error instanceof GoogleApiError && (error.status === 403 || error.status === 404))
      return null;
    throw error;
  }
}
