/**
 * Local times in IANA zones, with Intl only: the offset of a zone at an instant is what its wall
 * clock shows minus UTC, so a local time converts by subtracting the offset (twice, so a time
 * near a daylight-saving change lands on the offset that holds at the result).
 */

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(zone: string) {
  let f = formatters.get(zone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(zone, f)
  }
  return f
}

/** The zone if it is a real IANA zone (a contact field may hold anything), else undefined. */
export function validZone(zone: unknown): string | undefined {
  if (typeof zone !== 'string' || zone.length === 0 || zone.length > 64) return undefined
  try {
    formatter(zone)
    return zone
  } catch {
    return undefined
  }
}

export interface CalendarDate {
  year: number
  month: number
  day: number
}

/**
 * Milliseconds of a UTC wall time. `Date.UTC` reads years 0–99 as 1900–1999; setUTCFullYear does
 * not, so any four-digit year (a birthday kept as 0000-05-12) computes as written.
 */
function utcMs(date: CalendarDate, hour = 0, minute = 0): number {
  const d = new Date(0)
  d.setUTCFullYear(date.year, date.month - 1, date.day)
  d.setUTCHours(hour, minute, 0, 0)
  return d.getTime()
}

function calendarDateOf(ms: number): CalendarDate {
  const d = new Date(ms)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

/** `YYYY-MM-DD`: sorts as the days do (four-digit years). */
export function dayKey(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0')
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`
}

/** A `YYYY-MM-DD` day, normalised (2027-02-29 is 2027-03-01); undefined when not of that form. */
export function parseDay(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return undefined
  return calendarDateOf(
    utcMs({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }),
  )
}

export interface LocalParts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
}

export function localParts(at: Date, zone: string): LocalParts {
  const parts = Object.fromEntries(
    formatter(zone)
      .formatToParts(at)
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>
  return {
    year: parts.year as number,
    month: parts.month as number,
    day: parts.day as number,
    hour: parts.hour as number,
    minute: parts.minute as number,
  }
}

function offsetMs(at: Date, zone: string): number {
  const p = localParts(at, zone)
  // Zones differ from UTC by whole minutes: the seconds are UTC's.
  const wall = utcMs(p, p.hour, p.minute) + at.getUTCSeconds() * 1000
  return wall - (at.getTime() - at.getUTCMilliseconds())
}

/** The instant the zone's wall clock shows this date and time. */
export function zonedInstant(
  zone: string,
  date: CalendarDate,
  time: { hour: number; minute: number },
): Date {
  const wall = utcMs(date, time.hour, time.minute)
  let at = new Date(wall - offsetMs(new Date(wall), zone))
  at = new Date(wall - offsetMs(at, zone))
  return at
}

/** ISO weekday (1 = Monday) of a calendar date. */
export function isoWeekday(date: CalendarDate): number {
  const day = new Date(utcMs(date)).getUTCDay()
  return day === 0 ? 7 : day
}

/** The calendar date `days` after `date`. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return calendarDateOf(utcMs({ ...date, day: date.day + days }))
}

export function parseTime(time: string): { hour: number; minute: number } {
  const [hour, minute] = time.split(':').map(Number)
  return { hour: hour ?? 0, minute: minute ?? 0 }
}

/** The next instant after `now` when the zone's clock shows `time` on one of the weekdays. */
export function nextLocalTime(now: Date, zone: string, time: string, weekdays?: number[]): Date {
  const today = localParts(now, zone)
  const clock = parseTime(time)
  const allowed = weekdays && weekdays.length > 0 ? new Set(weekdays) : undefined
  for (let days = 0; days <= 8; days += 1) {
    const date = addDays(today, days)
    if (allowed && !allowed.has(isoWeekday(date))) continue
    const at = zonedInstant(zone, date, clock)
    if (at.getTime() > now.getTime()) return at
  }
  return new Date(now.getTime() + 7 * 86_400_000)
}
