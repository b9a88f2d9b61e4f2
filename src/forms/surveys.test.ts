import { describe, expect, it } from 'vitest'
import { manualClock, useTestApp } from '../../test/helpers/app.js'
import { createUser, logIn, memberOf } from '../../test/helpers/factories.js'
import { openFormPage, postForm, solvedChallenge } from '../../test/helpers/forms.js'

const clock = manualClock()
const t = useTestApp({ config: { publicUrl: 'https://chorus.example' }, clock })

const QUESTIONS = [
  { id: 'plan', type: 'single', label: 'Which plan are you on?', options: ['Basic', 'Pro'] },
  {
    id: 'topics',
    type: 'multiple',
    label: 'What should we write about?',
    options: ['News', 'Events', 'Offers'],
  },
  {
    id: 'nps',
    type: 'scale',
    label: 'How likely are you to recommend us?',
    required: true,
    scale: { min: 0, max: 10, minLabel: 'Not at all', maxLabel: 'Very likely' },
  },
  { id: 'comment', type: 'text', label: 'Anything else?' },
]

async function accountWithSurvey(overrides: Record<string, unknown> = {}) {
  const owner = await createUser(t.deps, 'owner')
  const browser = await logIn(t.app, owner)
  const url = `/api/v1/accounts/${owner.ownAccountId}`
  await browser.request('PUT', `${url}/consent`, { optIn: 'single' })
  const survey = await browser.post(`${url}/forms`, {
    kind: 'survey',
    name: 'Customer survey',
    fields: [{ field: 'email', label: 'Email', help: '', required: true }],
    questions: QUESTIONS,
    status: 'published',
    ...overrides,
  })
  expect(survey.status).toBe(201)
  return { owner, browser, url, survey: survey.body }
}

/** One respondent on the hosted page: the page opened, the challenge solved, time to answer. */
async function respond(formId: string, answers: Array<[string, string]>, ip: string) {
  const { timestamp } = await openFormPage(t.app, formId)
  const altcha = await solvedChallenge(t.app, formId)
  clock.advance(10_000)
  return postForm(
    t.app,
    formId,
    [...answers, ['website', ''], ['_ts', timestamp], ['altcha', altcha]],
    ip,
  )
}

describe('surveys', () => {
  it('asks its questions on the hosted page and counts the answers per question', async () => {
    const { browser, url, survey } = await accountWithSurvey()
    const { page } = await openFormPage(t.app, survey.id)
    expect(page.body).toContain('<legend>Which plan are you on?</legend>')
    expect(page.body).toContain('type="checkbox" id="q-topics-1" name="q.topics" value="Events"')
    expect(page.body).toContain('0 (Not at all)')
    expect(page.body).toContain('<textarea id="q-comment" name="q.comment"')

    const people: Array<Array<[string, string]>> = [
      [
        ['email', 'ann@example.test'],
        ['q.plan', 'Pro'],
        ['q.topics', 'News'],
        ['q.topics', 'Offers'],
        ['q.nps', '9'],
        ['q.comment', 'Great emails'],
      ],
      [
        ['email', 'bob@example.test'],
        ['q.plan', 'Pro'],
        ['q.topics', 'Offers'],
        ['q.nps', '7'],
      ],
      [
        ['email', 'cy@example.test'],
        ['q.nps', '10'],
        ['q.comment', 'More events please'],
      ],
    ]
    for (const [i, answers] of people.entries()) {
      const sent = await respond(survey.id, answers, `203.0.113.${i + 10}`)
      expect(sent.statusCode).toBe(200)
      expect(sent.body).toContain('Thank you for your answers.')
    }

    const results = await browser.get(`${url}/forms/${survey.id}/results`)
    expect(results.status).toBe(200)
    expect(results.body.responses).toBe(3)
    const byId = Object.fromEntries(results.body.questions.map((q: any) => [q.id, q]))
    expect(byId.plan).toMatchObject({
      answered: 2,
      options: [
        { option: 'Basic', count: 0 },
        { option: 'Pro', count: 2 },
      ],
    })
    expect(byId.topics).toMatchObject({
      answered: 2,
      options: [
        { option: 'News', count: 1 },
        { option: 'Events', count: 0 },
        { option: 'Offers', count: 2 },
      ],
    })
    expect(byId.nps.answered).toBe(3)
    expect(byId.nps.scale.average).toBe(8.67)
    expect(byId.nps.scale.counts).toHaveLength(11)
    expect(byId.nps.scale.counts.find((c: any) => c.value === 10).count).toBe(1)
    expect(byId.comment.answered).toBe(2)
    expect(byId.comment.texts.map((x: any) => x.text)).toEqual([
      'More events please',
      'Great emails',
    ])
    // The owner holds every permission: the export is offered.
    expect(results.body.abilities).toEqual({ exportResponses: true })

    // Each response made (or found) its contact.
    const contacts = await browser.get(`${url}/contacts?q=ann%40example.test`)
    expect(contacts.body.items).toHaveLength(1)
  })

  it('answers a wrong or missing answer with the page again, naming the question and keeping what was typed', async () => {
    const { browser, url, survey } = await accountWithSurvey()
    const missing = await respond(
      survey.id,
      [
        ['email', 'dee@example.test'],
        ['q.plan', 'Basic'],
        ['q.comment', 'Kept <as typed>'],
      ],
      '203.0.113.30',
    )
    expect(missing.statusCode).toBe(422)
    expect(missing.body).toContain('How likely are you to recommend us? is required')
    expect(missing.body).toContain('value="Basic" checked')
    expect(missing.body).toContain('Kept &lt;as typed&gt;</textarea>')

    const json = (body: Record<string, unknown>) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/forms/${survey.id}/submissions`,
        remoteAddress: '203.0.113.31',
        payload: { email: 'eve@example.test', 'q.nps': '5', ...body },
      })
    for (const [body, field] of [
      [{ 'q.plan': 'Gold' }, 'q.plan'],
      [{ 'q.plan': ['Basic', 'Pro'] }, 'q.plan'],
      [{ 'q.topics': ['News', 'Weather'] }, 'q.topics'],
      [{ 'q.nps': '11' }, 'q.nps'],
      [{ 'q.nps': '4.5' }, 'q.nps'],
      [{ 'q.comment': 'nul \u0000 byte' }, 'q.comment'],
      [{ 'q.comment': 'x'.repeat(2001) }, 'q.comment'],
    ] as const) {
      const reply = await json(body)
      expect(reply.statusCode, JSON.stringify(body).slice(0, 60)).toBe(422)
      expect(reply.json().error.field).toBe(field)
    }
    // Nothing was kept of the refused ones.
    expect((await browser.get(`${url}/forms/${survey.id}/results`)).body.responses).toBe(0)
  })

  it('keeps a held response whose approval the contacts refuse waiting, uncounted', async () => {
    const { browser, url, survey } = await accountWithSurvey({
      fields: [
        { field: 'email', label: 'Email', help: '', required: true },
        { field: 'phone', label: 'Phone', help: '', required: false },
      ],
    })
    // No proof of work (JavaScript off): held for review, answered as accepted.
    const { timestamp } = await openFormPage(t.app, survey.id)
    clock.advance(10_000)
    const sent = await postForm(
      t.app,
      survey.id,
      [
        ['email', 'hal@example.test'],
        ['phone', 'not a phone'],
        ['q.nps', '6'],
        ['website', ''],
        ['_ts', timestamp],
      ],
      '203.0.113.50',
    )
    expect(sent.statusCode).toBe(200)
    const held = await browser.get(`${url}/forms/${survey.id}/held`)
    expect(held.body.items).toHaveLength(1)
    const approve = await browser.post(
      `${url}/forms/${survey.id}/held/${held.body.items[0].id}/approve`,
    )
    expect(approve.status).toBe(422)
    expect(approve.body.error.field).toBe('phone')
    expect((await browser.get(`${url}/forms/${survey.id}/held`)).body.items).toHaveLength(1)
    expect((await browser.get(`${url}/forms/${survey.id}/results`)).body.responses).toBe(0)
    const discard = await browser.post(
      `${url}/forms/${survey.id}/held/${held.body.items[0].id}/discard`,
    )
    expect(discard.status).toBe(200)
  })

  it('speaks the account’s language on its page: the button and a question’s error', async () => {
    const { owner, browser, survey } = await accountWithSurvey()
    const language = await browser.request('PATCH', `/api/v1/accounts/${owner.ownAccountId}`, {
      language: 'fr',
    })
    expect(language.status).toBe(200)
    const { page } = await openFormPage(t.app, survey.id)
    expect(page.body).toContain('<button type="submit">Envoyer</button>')
    const wrong = await respond(
      survey.id,
      [
        ['email', 'gil@example.test'],
        ['q.plan', 'Gold'],
        ['q.nps', '3'],
      ],
      '203.0.113.35',
    )
    expect(wrong.statusCode).toBe(422)
    expect(wrong.body).toContain(
      '<strong class="error" id="q-plan-error">Choisissez parmi les options proposées.</strong>',
    )
  })

  it('exports the responses only to a member holding contacts.export and reports.export', async () => {
    const { owner, survey } = await accountWithSurvey()
    const sent = await respond(
      survey.id,
      [
        ['email', 'fay@example.test'],
        ['q.topics', 'News'],
        ['q.topics', 'Events'],
        ['q.nps', '8'],
        ['q.comment', '=HYPERLINK("http://evil.example")'],
      ],
      '203.0.113.40',
    )
    expect(sent.statusCode).toBe(200)
    const path = `/api/v1/accounts/${owner.ownAccountId}/forms/${survey.id}`
    const member = (permissions: any[], name: string) =>
      memberOf(t.deps, t.app, owner.ownAccountId, { permissions }, name)

    const { browser: reporter } = await member(['forms.manage', 'reports.export'], 'reporter')
    const refused = await reporter.get(`${path}/responses/export`)
    expect(refused.status).toBe(403)
    expect(refused.body.error.permission).toBe('contacts.export')
    expect((await reporter.get(`${path}/results`)).body.abilities.exportResponses).toBe(false)

    const { browser: exporter } = await member(['forms.manage', 'contacts.export'], 'exporter')
    const gate = await exporter.get(`${path}/responses/export`)
    expect(gate.status).toBe(403)
    expect(gate.body.error.permission).toBe('reports.export')

    const { browser: both } = await member(
      ['forms.manage', 'contacts.export', 'reports.export'],
      'both',
    )
    expect((await both.get(`${path}/results`)).body.abilities.exportResponses).toBe(true)
    const csv = await both.get(`${path}/responses/export`)
    expect(csv.status).toBe(200)
    expect(csv.headers['content-type']).toContain('text/csv')
    const lines = String(csv.body).trim().split('\r\n')
    expect(lines[0]).toBe(
      'submittedAt,contactId,email,Which plan are you on?,What should we write about?,How likely are you to recommend us?,Anything else?',
    )
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain(',fay@example.test,,News; Events,8,')
    // A formula is neutralised for spreadsheets.
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"")"`)
  })

  it('checks the questions: none on a sign-up form, one or more on a survey, options and ids', async () => {
    const owner = await createUser(t.deps, 'owner')
    const browser = await logIn(t.app, owner)
    const url = `/api/v1/accounts/${owner.ownAccountId}/forms`
    const refused = async (body: Record<string, unknown>, field: string) => {
      const reply = await browser.post(url, { name: 'Form', ...body })
      expect(reply.status, JSON.stringify(body).slice(0, 80)).toBe(422)
      expect(reply.body.error.field).toBe(field)
    }
    await refused({ questions: QUESTIONS }, 'questions')
    await refused({ kind: 'survey', questions: [] }, 'questions')
    await refused(
      { kind: 'survey', questions: [{ id: 'a', type: 'single', label: 'One?', options: ['Yes'] }] },
      'questions.0.options',
    )
    await refused(
      {
        kind: 'survey',
        questions: [{ id: 'a', type: 'text', label: 'Why?', options: ['A', 'B'] }],
      },
      'questions.0.options',
    )
    await refused(
      {
        kind: 'survey',
        questions: [
          { id: 'a', type: 'text', label: 'Why?' },
          { id: 'a', type: 'text', label: 'Why not?' },
        ],
      },
      'questions.1.id',
    )
    await refused(
      { fields: [{ field: 'website', label: 'Your site', help: '', required: false }] },
      'fields.0.field',
    )
    // Options are trimmed as answers are; one that is only spaces is refused.
    await refused(
      {
        kind: 'survey',
        questions: [{ id: 'a', type: 'single', label: 'Ok?', options: ['Yes', ' '] }],
      },
      'questions.0.options.1',
    )
    const trimmed = await browser.post(url, {
      name: 'Trimmed',
      kind: 'survey',
      questions: [{ id: 'constructor', type: 'single', label: 'Ok?', options: [' Yes ', 'No'] }],
    })
    expect(trimmed.body.questions[0].options).toEqual(['Yes', 'No'])
    // A new survey starts with a question to edit; its kind stays what it was made.
    const made = await browser.post(url, { name: 'Survey', kind: 'survey' })
    expect(made.status).toBe(201)
    expect(made.body).toMatchObject({ kind: 'survey', questions: [{ id: 'q1', type: 'single' }] })
    const kind = await browser.request('PATCH', `${url}/${made.body.id}`, { kind: 'signup' })
    expect(kind.status).toBe(422)
    // A sign-up form has no results.
    const signup = await browser.post(url, { name: 'Sign-up' })
    expect((await browser.get(`${url}/${signup.body.id}/results`)).status).toBe(404)
  })
})
