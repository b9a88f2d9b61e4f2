/** Set by scripts/test.mjs on the PostgreSQL run: a superuser URL of the throwaway cluster. */
export function adminUrl(): string | undefined {
  return process.env.CHORUS_TEST_PG_ADMIN_URL || undefined
}

export const TEMPLATE_DATABASE = 'chorus_template'

export function databaseUrl(admin: string, database: string): string {
  const url = new URL(admin)
  url.pathname = `/${database}`
  return url.toString()
}
