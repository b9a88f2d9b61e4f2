/**
 * The resource rules on top of permissions, as pure functions of the caller and the resource's
 * facts. Services enforce them (`enforce`), `explain` reports the rule that decided, and a
 * resource's abilities are computed from the same functions.
 */

export * from './abilities.js'
export * from './analytics.js'
export * from './billing.js'
export * from './campaigns.js'
export * from './decision.js'
export * from './forms.js'
export * from './inbox.js'
export * from './members.js'
export * from './programs.js'
export * from './resources.js'
export * from './shares.js'
export * from './tags.js'
export * from './teams.js'
export * from './webhooks.js'
