/** Sharing a workspace through a sync server: History summaries and the sentences its failures say. */
export const sync = {
  'summary.syncApplied': { one: 'Apply {count} change from sync', other: 'Apply {count} changes from sync' },
  'summary.syncResolved': { one: 'Resolve a sync conflict', other: 'Resolve {count} sync conflicts' },
  'sync.error.badUrl': 'The sync server address “{url}” is not a web address (http:// or https://).',
  'sync.error.unreachable': 'The sync server at {server} cannot be reached. Changes stay saved on this computer and will be sent when it can be reached.',
  'sync.error.timeout': {
    one: 'The sync server at {server} did not answer within {count} second. Changes stay saved on this computer.',
    other: 'The sync server at {server} did not answer within {count} seconds. Changes stay saved on this computer.',
  },
  'sync.error.unauthorized': 'The sync server at {server} did not accept the user name or password.',
  'sync.error.forbidden': 'The sync server at {server} does not let this user use the database “{db}”.',
  'sync.error.missingDatabase': 'The database “{db}” does not exist on the sync server at {server}.',
  'sync.error.certificate': 'The sync server at {server} has a certificate Liaison cannot trust ({detail}).',
  'sync.error.failed': 'Sync with the server at {server} failed: {detail}',
  'sync.error.noPassword': 'There is no password for {user} on the sync server at {server}. Enter it in Settings → Sync (or set LIAISON_SYNC_PASSWORD for the liaison command).',
  'sync.resolve.deletedSide': 'That side of the conflict deleted the record; choose a side that kept it, or delete the record after choosing.',
  'sync.skipped.invalid': 'A record from the sync server does not fit this version of Liaison and was left on the server: {docId} ({detail}).',
} as const;
