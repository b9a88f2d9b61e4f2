/**
 * The audience area's tabs, each with the permission the server asks for its list route: a tab
 * shows only when the caller's abilities hold it.
 */
export const audienceSections = [
  { label: 'Groups', to: '/a/$accountId/groups', permission: 'groups.view' },
  { label: 'Tags', to: '/a/$accountId/tags', permission: 'contacts.view' },
  // The segment routes ask for groups.view (listing, counting) like groups.
  { label: 'Segments', to: '/a/$accountId/segments', permission: 'groups.view' },
  { label: 'Blocklist', to: '/a/$accountId/blocklist', permission: 'blocklist.view' },
  { label: 'Unsubscribes', to: '/a/$accountId/unsubscribes', permission: 'contacts.view' },
] as const
