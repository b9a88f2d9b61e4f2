// A generated part of README.md: the text between two marker comments, rewritten by its script
// and checked fresh by a test.
import fs from 'node:fs'
import path from 'node:path'

export const README_PATH = path.resolve(import.meta.dirname, '..', 'README.md')

export interface ReadmeSection {
  /** What the section is, for messages: "role table". */
  name: string
  start: string
  end: string
  /** The script that writes it, for the message when it is stale. */
  script: string
}

/** The readme with only the text between the section's markers replaced. */
export function replaceSection(readme: string, section: ReadmeSection, content: string): string {
  const start = readme.indexOf(section.start)
  const end = readme.indexOf(section.end, start)
  if (start === -1 || end === -1) {
    throw new Error(`README needs ${section.start} followed by ${section.end}`)
  }
  const before = readme.slice(0, start + section.start.length)
  const after = readme.slice(end)
  // The blank line keeps the closing comment from being read as part of the last table.
  return `${before}\n${content}\n\n${after}`
}

/** Writes the section (or with --check, only says whether it is stale and fails if it is). */
export function writeSection(section: ReadmeSection, content: string, args: readonly string[]) {
  const readme = fs.readFileSync(README_PATH, 'utf8')
  const updated = replaceSection(readme, section, content)
  if (args.includes('--check')) {
    if (updated !== readme) {
      console.error(`README ${section.name} is stale: run npx tsx ${section.script}`)
      process.exitCode = 1
    }
    return
  }
  if (updated === readme) {
    console.log(`README ${section.name} is up to date`)
    return
  }
  fs.writeFileSync(README_PATH, updated)
  console.log(`README ${section.name} rewritten`)
}

/** True when the module at `filename` is the script node was started with. */
export function isEntryPoint(filename: string): boolean {
  const invoked = process.argv[1]
  if (!invoked) return false
  try {
    return fs.realpathSync(invoked) === fs.realpathSync(filename)
  } catch {
    return false
  }
}
