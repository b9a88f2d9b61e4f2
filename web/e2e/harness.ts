import fs from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'
import { createTestApp, type TestApp, type TestAppOptions } from '../../test/helpers/app.js'
import { type SmsGateway, startSmsGateway } from '../../test/helpers/sms.js'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const SCREENSHOTS = path.resolve(import.meta.dirname, '..', '..', '.test-results', 'screenshots')

/** The flags the project runs Chromium with (no sandbox inside containers, nothing phoning home). */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export interface E2E {
  /** The real server: the app with the built web application, listening on a loopback port. */
  readonly server: TestApp
  readonly url: string
  /** The loopback HTTP SMS gateway the server sends texts to (with `useE2E({ sms: true })`). */
  readonly sms: SmsGateway
  /** A new browser of its own (cookies and all), as a second person or a second device. */
  person(options?: { width?: number }): Promise<Person>
}

export interface Person {
  page: Page
  context: BrowserContext
  /** Console errors and uncaught exceptions seen so far on this person's pages. */
  errors: string[]
}

/**
 * One server and one Chromium for a test file; each person gets a context of their own. With
 * `sms`, texts go out to a real HTTP gateway on loopback (SMS_GATEWAY_URL), made first.
 */
export function useE2E({ sms, ...options }: TestAppOptions & { sms?: boolean } = {}): E2E {
  let server: TestApp | undefined
  let gateway: SmsGateway | undefined
  let browser: Browser | undefined
  let url = ''
  const people: Person[] = []
  beforeAll(async () => {
    gateway = sms ? await startSmsGateway() : undefined
    const config = { ...options.config, ...(gateway ? { smsGatewayUrl: gateway.url } : {}) }
    server = await createTestApp({ ...options, config })
    url = await server.app.listen({ port: 0, host: '127.0.0.1' })
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS })
  })
  afterAll(async () => {
    for (const person of people) expect(person.errors, 'console errors').toEqual([])
    await browser?.close()
    await server?.close()
    await gateway?.close()
  })
  return {
    get server() {
      if (!server) throw new Error('used before beforeAll')
      return server
    },
    get url() {
      return url
    },
    get sms() {
      if (!gateway) throw new Error('useE2E({ sms: true }) starts the SMS gateway')
      return gateway
    },
    async person({ width = 1440 } = {}) {
      if (!browser) throw new Error('used before beforeAll')
      const context = await browser.newContext({
        baseURL: url,
        viewport: { width, height: 900 },
      })
      const page = await context.newPage()
      const person: Person = { page, context, errors: [] }
      page.on('console', (message) => {
        if (message.type() === 'error' && !expectedFailure(message.text())) {
          person.errors.push(message.text())
        }
      })
      page.on('pageerror', (error) => person.errors.push(String(error)))
      people.push(person)
      return person
    },
  }
}

/**
 * The text of the newest system email (invitations, resets) captured for an address: without
 * SMTP_URL the server keeps mail as files in its data folder. The server mails after it answers,
 * so this waits for the file to appear (polling, up to the test's own timeout).
 */
export async function lastMailTo(server: TestApp, address: string): Promise<string> {
  const folder = path.join(server.deps.config.dataDir, 'mailbox')
  const newest = () =>
    (fs.existsSync(folder) ? fs.readdirSync(folder) : [])
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')))
      .filter((mail) => String(mail.to).includes(address))
      .at(-1)
  await expect.poll(() => newest() !== undefined, { timeout: 60_000 }).toBe(true)
  return String(newest().text)
}

/**
 * The browser logs every 4xx answer as a failed resource. Some are the point of a test (a wrong
 * password, a session another browser replaced); the app's own errors are still caught.
 */
function expectedFailure(text: string): boolean {
  return /Failed to load resource: the server responded with a status of 40[13]/.test(text)
}

/** Two animation frames: the layout has settled after a change of width or colour scheme. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise((done) => {
        const frame = (globalThis as unknown as { requestAnimationFrame(f: () => void): void })
          .requestAnimationFrame
        frame(() => frame(() => done(undefined)))
      }),
  )
  // A toast or a dialog still fading in is half transparent, and axe would measure its contrast
  // mid-way: wait for the running transitions to end (endless ones, such as a loader's spin, are
  // left alone; a page that never settles is looked at as it is after five seconds).
  type Running = { playState: string; effect: { getTiming(): { iterations: number } } | null }
  await page
    .waitForFunction(
      () =>
        (globalThis as unknown as { document: { getAnimations(): Running[] } }).document
          .getAnimations()
          .every(
            (animation) =>
              animation.playState !== 'running' ||
              animation.effect?.getTiming().iterations === Number.POSITIVE_INFINITY,
          ),
      undefined,
      { timeout: 5_000 },
    )
    .catch(() => undefined)
}

/**
 * Looks at a page as a user and as a reviewer would: no serious or critical accessibility
 * violation (axe-core), and a screenshot at 1440 and 375 px kept in .test-results/screenshots,
 * plus one at 1440 px in the dark colour scheme (the app follows the system's).
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  const original = page.viewportSize() ?? { width: 1440, height: 900 }
  for (const width of [1440, 375]) {
    await page.setViewportSize({ width, height: 900 })
    await settled(page)
    const results = await new AxeBuilder({ page }).analyze()
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
    expect(serious, `${name} at ${width} px`).toEqual([])
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true })
  }
  await page.setViewportSize({ width: 1440, height: 900 })
  await page.emulateMedia({ colorScheme: 'dark' })
  await settled(page)
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-dark-1440.png`), fullPage: true })
  await page.emulateMedia({ colorScheme: 'light' })
  await page.setViewportSize(original)
}
