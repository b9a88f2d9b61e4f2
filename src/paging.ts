/**
 * One keyset page out of rows read with `limit + 1`: the extra row only tells that another page
 * follows, which starts after the last row shown (its cursor). No count, no offset: a page costs
 * the same at the millionth row as at the first.
 */
export function keysetPage<Row, Item>(
  rows: readonly Row[],
  limit: number,
  present: (row: Row) => Item,
  cursorOf: (row: Row) => string,
): { items: Item[]; nextCursor: string | null } {
  const shown = rows.slice(0, limit)
  const last = shown.at(-1)
  return {
    items: shown.map(present),
    nextCursor: rows.length > limit && last !== undefined ? cursorOf(last) : null,
  }
}

export const byId = (row: { id: string }) => row.id
