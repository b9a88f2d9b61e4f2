import { randomUUID } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const places = new Map<string, string>()

function readOrCreate(dataDir: string): string {
  const file = path.join(dataDir, 'place-id')
  const read = () => {
    try {
      return readFileSync(file, 'utf8').trim()
    } catch {
      return ''
    }
  }
  const existing = read()
  if (existing) return existing
  mkdirSync(dataDir, { recursive: true })
  try {
    // `wx`: of two processes starting at once on one directory, the second reads the first's id.
    writeFileSync(file, randomUUID(), { flag: 'wx' })
  } catch {}
  return read()
}

/**
 * The identity of a data directory: a random id kept in a file inside it. Jobs that read a file
 * from the directory (an import's upload) carry it as their `place`, and only processes holding
 * the same directory claim them — the server that took the upload, or any process sharing its
 * volume — never a process on another machine, whose directory has an id of its own.
 */
export function dataPlace(dataDir: string): string {
  const resolved = path.resolve(dataDir)
  let place = places.get(resolved)
  if (!place) {
    place = readOrCreate(resolved)
    places.set(resolved, place)
  }
  return place
}
