import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '../errors.js'
import {
  type CompiledTemplate,
  type ContactLike,
  compileTemplate,
  contactContext,
  MAX_OUTPUT_CHARS,
  MAX_SOURCE_CHARS,
  renderTemplates,
} from './render.js'

const ann: ContactLike = {
  email: 'ann@example.test',
  phone: '+14155550100',
  first_name: 'Ann',
  last_name: 'Lee',
  fields: { plan: 'gold', visits: 3, vip: true, firstName: 'Impostor', email: 'evil@x.test' },
}

function render(
  source: string,
  contact: ContactLike = ann,
  options: { escapeHtml?: boolean } = {},
) {
  return compileTemplate(source, 'html', options).renderSync(contactContext(contact))
}

function failure(run: () => unknown): AppError {
  try {
    run()
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('expected an AppError')
}

describe('placeholders', () => {
  it('renders the basic names, custom fields at the top level and under fields', () => {
    expect(
      render(
        'Hi {{ firstName }} {{ lastName }} <{{ email }}> {{ phone }}: {{ plan }}/{{ fields.plan }}, {{ visits }} visits, vip={{ vip }}',
      ),
    ).toBe('Hi Ann Lee <ann@example.test> +14155550100: gold/gold, 3 visits, vip=true')
  })

  it('never lets a custom field hide a basic name', () => {
    expect(render('{{ firstName }} {{ email }} {{ fields.firstName }}')).toBe(
      'Ann ann@example.test Impostor',
    )
  })

  it('applies defaults, and renders a missing variable as nothing (not an error)', () => {
    const nameless = { ...ann, first_name: null, last_name: '' }
    expect(render('Dear {{ firstName | default: "friend" }},', nameless)).toBe('Dear friend,')
    expect(render('Dear {{ lastName | default: "friend" }},', nameless)).toBe('Dear friend,')
    expect(render('Dear {{ firstName | default: "friend" }},')).toBe('Dear Ann,')
    expect(render('[{{ nothing }}][{{ fields.nothing.deeper }}][{{ plan.nothing }}]')).toBe(
      '[][][]',
    )
    expect(render('{% if vip %}VIP{% else %}regular{% endif %}')).toBe('VIP')
  })

  it('passes extra platform values (unsubscribeUrl) without letting them hide basic names', () => {
    const context = contactContext(ann, {
      unsubscribeUrl: 'https://chorus.test/u/t1',
      firstName: 'Nope',
    })
    expect(
      compileTemplate('{{ firstName }} {{ unsubscribeUrl }}', 'text').renderSync(context),
    ).toBe('Ann https://chorus.test/u/t1')
  })

  it('prints an object as nothing and a list as its items', () => {
    const contact = { ...ann, fields: { nested: { k: 1 }, list: ['a', 'b'] } }
    expect(render('[{{ fields }}][{{ nested }}][{{ nested.k }}][{{ list }}]', contact)).toBe(
      '[][][1][ab]',
    )
  })

  it('escapes every output in HTML bodies, and nothing in subjects and text bodies', () => {
    const contact = { ...ann, first_name: '<b>Tom & "Jerry"</b>' }
    expect(render('<p>{{ firstName }}</p>', contact, { escapeHtml: true })).toBe(
      '<p>&lt;b&gt;Tom &amp; &#34;Jerry&#34;&lt;/b&gt;</p>',
    )
    expect(render('{{ firstName }}', contact)).toBe('<b>Tom & "Jerry"</b>')
    // An author may opt out for a value they trust.
    expect(render('{{ firstName | raw }}', contact, { escapeHtml: true })).toBe(
      '<b>Tom & "Jerry"</b>',
    )
  })

  it('compiles once and renders many times, async as well as sync', async () => {
    const template = compileTemplate('Hello {{ firstName }}', 'subject')
    const names = ['A', 'B', 'C']
    const out = await Promise.all(
      names.map((n) => template.render(contactContext({ ...ann, first_name: n }))),
    )
    expect(out).toEqual(['Hello A', 'Hello B', 'Hello C'])
    expect(template.isStatic).toBe(false)
    expect(compileTemplate('<p>plain</p>', 'html').isStatic).toBe(true)
  })

  it('renders 10,000 messages, each with its own contact', () => {
    const template = compileTemplate('<p>{{ email }}</p>', 'html', { escapeHtml: true })
    // Its speed is measured in bench/send.ts; here, that nothing of one contact leaks into the next.
    for (let i = 0; i < 10_000; i++) {
      const email = `a${i}@example.test`
      expect(template.renderSync(contactContext({ ...ann, email }))).toBe(`<p>${email}</p>`)
    }
  })
})

describe('compile errors', () => {
  it('is 422 naming the field, with Liquid’s message', () => {
    const error = failure(() => compileTemplate('Hi {{ firstName ', 'subject'))
    expect(error.code).toBe('validation_failed')
    expect(error.status).toBe(422)
    expect(error.details.field).toBe('subject')
    expect(error.message).toMatch(/subject is not valid Liquid/)
    expect(failure(() => compileTemplate('{% if %}', 'text')).details.field).toBe('text')
    expect(failure(() => compileTemplate('{{ x | no_such_filter }}', 'html')).message).toMatch(
      /undefined filter/,
    )
  })

  it('refuses a source over the size limit', () => {
    const error = failure(() => compileTemplate('x'.repeat(MAX_SOURCE_CHARS + 1), 'html'))
    expect(error.details.field).toBe('html')
    expect(error.message).toMatch(/longer than/)
  })
})

/**
 * Payloads that try to read the process, the file system or prototypes, or to exhaust time,
 * memory or output. Each must render as inert text, fail at compile with 422, or stop at a limit
 * with a clear 422 — never leak, never hang, never crash.
 */
const INJECTION_CORPUS: string[] = [
  // Prototype walks
  '{{ constructor }}',
  '{{ constructor.constructor }}',
  '{{ constructor.constructor("return process")() }}',
  '{{ this }}',
  '{{ this.constructor }}',
  '{{ __proto__ }}',
  '{{ __proto__.constructor }}',
  '{{ fields.__proto__.constructor.name }}',
  '{{ fields.constructor.prototype }}',
  '{{ email.constructor.name }}',
  '{{ email.__proto__.toString }}',
  '{{ "abc".constructor.constructor }}',
  '{{ firstName.toString }}',
  '{{ fields.hasOwnProperty }}',
  '{{ valueOf }}',
  '{% assign f = email.constructor %}{{ f.constructor }}',
  '{{ email | split: "" | map: "constructor" | join: "," }}',
  '{{ fields | map: "__proto__" }}',
  '{{ fields | where: "constructor" }}',
  '{{ fields | sort: "constructor" | first }}',
  '{{ fields["__proto__"]["constructor"] }}',
  '{{ fields["constructor"]["constructor"] }}',
  // The process and its environment
  '{{ process }}',
  '{{ process.env }}',
  '{{ process.env.CHORUS_SENTINEL }}',
  '{{ process.mainModule.require }}',
  '{{ global.process.env }}',
  '{{ globalThis }}',
  '{{ env.CHORUS_SENTINEL }}',
  '{{ require }}',
  '{% assign p = "process" %}{{ [p].env }}',
  // The file system
  "{% include '/etc/passwd' %}",
  '{% include "../../../../etc/passwd" %}',
  "{% render '/etc/passwd' %}",
  '{% render %}',
  "{% layout '/etc/passwd' %}",
  '{% block x %}y{% endblock %}',
  "{% liquid\n include '/etc/passwd'\n%}",
  '{% include file %}',
  // Unbounded work
  '{% for i in (1..100000000) %}x{% endfor %}',
  '{% for i in (1..5000) %}{% for j in (1..5000) %}{% for k in (1..5000) %}x{% endfor %}{% endfor %}{% endfor %}',
  '{% for i in (1..10000000000000000000) %}{% endfor %}',
  '{% for i in (-100000000..100000000) %}{% endfor %}',
  '{% assign a = "xxxxxxxxxxxxxxxx" %}{% for i in (1..64) %}{% assign a = a | append: a %}{% endfor %}{{ a }}',
  '{% capture a %}{% for i in (1..4000) %}{% for j in (1..4000) %}xxxxxxxxxxxxxxxx{% endfor %}{% endfor %}{% endcapture %}{{ a | size }}',
  '{% for i in (1..3000) %}{% for j in (1..3000) %}{{ email }}{{ email }}{{ email }}{% endfor %}{% endfor %}',
  `{% assign s = "${'y'.repeat(1000)}" %}{% for i in (1..100000) %}{{ s }}{% endfor %}`,
  '{{ "x" | rjust: 1000000000 }}',
  '{{ email | split: "" | join: "" | split: "" | join: "" }}',
  '{% tablerow i in (1..100000000) %}{{ i }}{% endtablerow %}',
  `${'{% if true %}'.repeat(20000)}x${'{% endif %}'.repeat(20000)}`,
  `{{ email${' | append: email'.repeat(20000)} }}`,
  '{% for i in (1..100) %}{% increment counter %}{% endfor %}',
  '{{ "now" | date: "%Y" | size }}',
  // Markup from contact data (checked below with a hostile contact)
  '<p>{{ firstName }} {{ lastName }}</p><a href="{{ website }}">x</a>',
  '<script>var n = "{{ firstName }}";</script>',
]

const hostile: ContactLike = {
  email: 'x@example.test',
  phone: null,
  first_name: '<script>alert(document.cookie)</script>',
  last_name: '"><img src=x onerror=alert(1)>',
  fields: {
    website: 'javascript:alert(1)" onmouseover="alert(2)',
    constructor: 'mine',
    __proto__: { polluted: true },
  },
}

const LEAKS = [/CHORUS_SENTINEL_VALUE/, /\[native code\]/, /function /, /\/root|\/home|root:x:0/]

describe('the injection corpus', () => {
  beforeAll(() => {
    process.env.CHORUS_SENTINEL = 'CHORUS_SENTINEL_VALUE'
  })
  afterAll(() => {
    delete process.env.CHORUS_SENTINEL
  })

  it('has at least 50 payloads', () => {
    expect(INJECTION_CORPUS.length).toBeGreaterThanOrEqual(50)
  })

  for (const escapeHtml of [true, false]) {
    it.each(INJECTION_CORPUS.map((payload) => [payload.slice(0, 80), payload]))(
      `${escapeHtml ? 'HTML' : 'text'}: %s`,
      (_label, payload) => {
        let template: CompiledTemplate
        try {
          template = compileTemplate(payload, 'html', { escapeHtml })
        } catch (error) {
          // Refused at compile: a clear 422 naming the field.
          expect(error).toBeInstanceOf(AppError)
          expect((error as AppError).status).toBe(422)
          expect((error as AppError).details.field).toBe('html')
          return
        }
        for (const contact of [ann, hostile]) {
          let output: string | undefined
          try {
            output = template.renderSync(contactContext(contact, { unsubscribeUrl: 'https://u' }))
          } catch (error) {
            // Stopped at a limit: a clear 422 naming the field.
            expect(error).toBeInstanceOf(AppError)
            expect((error as AppError).status).toBe(422)
            expect((error as AppError).details).toMatchObject({
              field: 'html',
              reason: 'render_failed',
            })
            expect((error as AppError).message).toMatch(/^html could not be rendered: /)
            continue
          }
          for (const leak of LEAKS) expect(output).not.toMatch(leak)
          expect(output.length).toBeLessThanOrEqual(MAX_OUTPUT_CHARS)
          if (escapeHtml) {
            // Contact data never becomes markup.
            expect(output).not.toContain('<script>alert')
            expect(output).not.toContain('<img')
            expect(output).not.toContain('" onmouseover')
          }
        }
      },
    )
  }

  it('leaves Object.prototype untouched', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('stops the classic payloads with the limit that applies', () => {
    const run = (source: string) =>
      failure(() => compileTemplate(source, 'html').renderSync(contactContext(ann)))
    expect(run('{% for i in (1..100000000) %}x{% endfor %}').message).toMatch(/memory alloc limit/)
    expect(
      run('{% for i in (1..5000) %}{% for j in (1..5000) %}x{% endfor %}{% endfor %}').message,
    ).toMatch(/template render limit/)
    expect(
      run(
        '{% capture a %}{% for i in (1..4000) %}{% for j in (1..4000) %}xxxxxxxxxxxxxxxx{% endfor %}{% endfor %}{% endcapture %}',
      ).message,
    ).toMatch(/output limit|render limit/)
    expect(failure(() => compileTemplate("{% include '/etc/passwd' %}", 'html')).message).toMatch(
      /tag "include" not found/,
    )
  })

  it('renders the prototype walks as nothing', () => {
    expect(
      render(
        '[{{ constructor.constructor }}][{{ this }}][{{ __proto__ }}][{{ email.constructor }}][{{ process.env }}]',
      ),
    ).toBe('[][][][][]')
    // A custom field that happens to be called "constructor" is the contact's own data.
    expect(render('{{ constructor }}', hostile)).toBe('mine')
  })
})

describe('in the render worker pool', () => {
  it('keeps the sandbox across the thread boundary: objects print as nothing, no prototype walks', async () => {
    const contact = { ...ann, fields: { nested: { k: 1 }, list: ['a', 'b'] } }
    const template = compileTemplate(
      '[{{ fields }}][{{ nested }}][{{ nested.k }}][{{ list }}][{{ constructor.constructor }}][{{ nested.constructor }}]',
      'html',
    )
    expect(await template.render(contactContext(contact))).toBe('[][][1][ab][][]')
  })

  it('renders a message’s parts in one trip, static ones as they are, in order', async () => {
    const parts = [
      compileTemplate('Hi {{ firstName }}', 'subject'),
      compileTemplate('plain text', 'text'),
      compileTemplate('<p>{{ lastName }} & co</p>', 'html', { escapeHtml: true }),
    ]
    expect(await renderTemplates(parts, contactContext({ ...ann, last_name: '<b>' }))).toEqual([
      'Hi Ann',
      'plain text',
      '<p>&lt;b&gt; & co</p>',
    ])
  })

  it('stops one slow filter past the time limit (422 naming the field), then renders again', async () => {
    // One node, so liquidjs's clock (checked between nodes) never sees it. `sum` over a
    // 4,000-step property path reads 1.8 billion properties (68 s here) and counts
    // nothing against the memory limit, so it is the time limit that stops it; the thread is
    // stopped at that limit, so the test does not wait for the rest.
    const slow = compileTemplate(
      `{% assign a = (1..450000) %}{{ a | sum: '${'x.'.repeat(4000)}x' }}`,
      'text',
    )
    const error = await slow.render(contactContext(ann)).then(
      () => undefined,
      (reason: unknown) => reason,
    )
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).status).toBe(422)
    expect((error as AppError).details).toMatchObject({ field: 'text', reason: 'render_failed' })
    expect((error as AppError).message).toMatch(/template render limit/)
    expect(await compileTemplate('Hi {{ firstName }}', 'subject').render(contactContext(ann))).toBe(
      'Hi Ann',
    )
  })
})
