import fs from 'node:fs'
import path from 'node:path'

export class DataFolderLockedError extends Error {}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * The embedded database serves one process. A second process on the same data folder is refused
 * with a clear message; a lock left by a process that died (SIGKILL, power loss) is taken over.
 */
export function lockDataFolder(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true })
  const lockPath = path.join(dataDir, 'chorus.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' })
      return () => {
        try {
          if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.unlinkSync(lockPath)
        } catch {
          // already gone: nothing to release
        }
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = Number(fs.readFileSync(lockPath, 'utf8'))
      if (Number.isInteger(holder) && holder !== process.pid && processIsAlive(holder)) {
        throw new DataFolderLockedError(
          `the data folder ${dataDir} is in use by another Chorus process (pid ${holder}); ` +
            'the embedded database serves one process: stop it, or set DATABASE_URL to share a PostgreSQL server',
        )
      }
      fs.unlinkSync(lockPath)
    }
  }
  throw new DataFolderLockedError(`could not lock the data folder ${dataDir}`)
}
