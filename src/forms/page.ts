import type { AccountLanguage } from '../accounts/language.js'
import { escapeHtml as e } from '../html.js'
import { HONEYPOT, TIMESTAMP } from './protection.js'
import { questionsHtml } from './question-html.js'
import type { FormField, SurveyQuestion } from './schemas.js'
import { type Words, wordsFor } from './words.js'

/** The hosted page and the embed: plain HTML forms that work without JavaScript. */

const INPUT_TYPE: Record<string, string> = { email: 'email', phone: 'tel' }
const AUTOCOMPLETE: Record<string, string> = {
  email: 'email',
  phone: 'tel',
  firstName: 'given-name',
  lastName: 'family-name',
}

export interface PageForm {
  id: string
  kind: 'signup' | 'survey'
  name: string
  fields: FormField[]
  questions: SurveyQuestion[]
  consentText: string
  /** The account's: the words Chorus puts on the page (the button, messages, the widget). */
  language: AccountLanguage
}

/** What a page shows again after an error: one text per name, several for checkboxes. */
type PostedValues = Readonly<Record<string, string | string[]>>

const firstText = (value: string | string[] | undefined) =>
  Array.isArray(value) ? (value[0] ?? '') : (value ?? '')

/** The hosted page's policy: nothing but its own files, and posting only back to itself. */
export const PAGE_CSP =
  "default-src 'none'; script-src 'self'; worker-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

function fieldHtml(field: FormField, value: string, error: string | undefined) {
  const id = `f-${field.field}`
  const help = field.help ? `<small id="${id}-help">${e(field.help)}</small>` : ''
  const describedBy = [field.help ? `${id}-help` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ')
  return [
    '<p class="field">',
    `<label for="${id}">${e(field.label)}${field.required ? ' <span aria-hidden="true">*</span>' : ''}</label>`,
    `<input id="${id}" name="${e(field.field)}" type="${INPUT_TYPE[field.field] ?? 'text'}"`,
    ` value="${e(value)}" maxlength="1000"`,
    AUTOCOMPLETE[field.field] ? ` autocomplete="${AUTOCOMPLETE[field.field]}"` : '',
    field.required ? ' required aria-required="true"' : '',
    error ? ' aria-invalid="true"' : '',
    describedBy ? ` aria-describedby="${describedBy}"` : '',
    '>',
    help,
    error ? `<strong class="error" id="${id}-error">${e(error)}</strong>` : '',
    '</p>',
  ].join('')
}

/** Moves the honeypot out of sight where our style sheet is not (a site pasting the embed). */
const OFF_SCREEN = 'position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden'

/**
 * The honeypot: out of sight and out of the tab order, so only a bot fills it in. The hosted page
 * hides it with its style sheet (its policy refuses inline styles); the embed carries the style.
 */
const honeypot = (words: Words, embedded: boolean) =>
  `<p class="hp" aria-hidden="true"${embedded ? ` style="${OFF_SCREEN}"` : ''}><label>${e(words.honeypot)} <input name="${HONEYPOT}" tabindex="-1" autocomplete="off"></label></p>`

/**
 * The proof-of-work widget in the page's language: `language` picks it, and form.js registers
 * the words in `data-strings` under it (this build of ALTCHA carries only English). Its logo and
 * English footer are off through `configuration` (ALTCHA 3 reads no `hidefooter` attribute).
 */
const WIDGET_CONFIGURATION = JSON.stringify({ hideLogo: true, hideFooter: true })
const widget = (form: PageForm, base: string, words: Words) =>
  `<altcha-widget challenge="${e(base)}/f/${form.id}/challenge" name="altcha" auto="onload" configuration="${e(WIDGET_CONFIGURATION)}" language="${form.language}" data-strings="${e(JSON.stringify(words.widget))}"></altcha-widget>`

function formBody(
  form: PageForm,
  base: string,
  extra: { timestamp?: string; values?: PostedValues; errors?: Record<string, string> },
) {
  const words = wordsFor(form.language)
  return [
    // lang: an embed's words may differ from the language of the page around it.
    `<form method="post" action="${e(base)}/f/${form.id}" class="chorus-form" lang="${form.language}">`,
    ...form.fields.map((f) =>
      fieldHtml(f, firstText(extra.values?.[f.field]), extra.errors?.[f.field]),
    ),
    ...questionsHtml(form.questions, extra.values, extra.errors),
    honeypot(words, base !== ''),
    extra.timestamp
      ? `<input type="hidden" name="${TIMESTAMP}" value="${e(extra.timestamp)}">`
      : '',
    widget(form, base, words),
    form.consentText ? `<p class="consent">${e(form.consentText)}</p>` : '',
    `<p><button type="submit">${e(form.kind === 'survey' ? words.send : words.subscribe)}</button></p>`,
    '</form>',
  ].join('\n')
}

/** The hosted pages link to this server by path: they work under whatever host serves them. */
function page(title: string, main: string, lang: AccountLanguage) {
  const base = ''
  return [
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(title)}</title>`,
    `<link rel="stylesheet" href="${base}/f/assets/form.css">`,
    `<link rel="stylesheet" href="${base}/f/assets/altcha.css">`,
    `<script type="module" src="${base}/f/assets/form.js"></script>`,
    `</head><body><main>${main}</main></body></html>`,
  ].join('\n')
}

export function formPage(
  form: PageForm,
  state: { timestamp: string; values?: PostedValues; errors?: Record<string, string> },
) {
  const problem = state.errors?._form
    ? `<p class="error" role="alert">${e(state.errors._form)}</p>`
    : ''
  return page(
    form.name,
    `<h1>${e(form.name)}</h1>${problem}${formBody(form, '', state)}`,
    form.language,
  )
}

export function messagePage(title: string, message: string, language: AccountLanguage) {
  return page(title, `<h1>${e(title)}</h1><p>${e(message)}</p>`, language)
}

/** The snippet a site pastes: the form alone, and the optional script for the proof of work. */
export function embedSnippet(form: PageForm, base: string) {
  return {
    html: formBody(form, base, {}),
    script: `<script type="module" src="${base}/f/assets/form.js"></script>`,
  }
}

export const FORM_CSS = `
body{font-family:system-ui,sans-serif;margin:0;background:#f8f9fa;color:#212529}
main{max-width:32rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:8px}
h1{font-size:1.5rem;margin-top:0}
.field{display:flex;flex-direction:column;gap:.25rem}
.question{border:0;padding:0;margin:1rem 0;display:flex;flex-direction:column;gap:.25rem}
.question legend{font-weight:600;padding:0;margin-bottom:.25rem}
.question.scale{flex-direction:row;flex-wrap:wrap;gap:.75rem}
.question.scale legend{width:100%}
.choice{font-weight:400}
.choice input{padding:0;margin:0 .4rem 0 0}
textarea{font:inherit;padding:.5rem;border:1px solid #868e96;border-radius:4px}
label{font-weight:600}
input{font:inherit;padding:.5rem;border:1px solid #868e96;border-radius:4px}
small{color:#495057}
.error{color:#c92a2a}
.consent{font-size:.9rem;color:#495057}
button{font:inherit;padding:.6rem 1.2rem;border:0;border-radius:4px;background:#1864ab;color:#fff;cursor:pointer}
.hp{${OFF_SCREEN}}
.chorus-thanks:focus{outline:none}
@media (prefers-color-scheme:dark){body{background:#1a1b1e;color:#e9ecef}main{background:#25262b}
small,.consent{color:#adb5bd}input,textarea{background:#1a1b1e;color:#e9ecef}.error{color:#ff8787}
altcha-widget{color-scheme:dark;--altcha-color-base:#25262b;--altcha-color-base-content:#e9ecef;
--altcha-color-neutral:#5c5f66;--altcha-color-neutral-content:#c1c2c5;--altcha-border-color:#5c5f66;
--altcha-checkbox-border-color:#909296;--altcha-input-background-color:#1a1b1e;--altcha-input-color:#e9ecef;
--altcha-spinner-color:#e9ecef;--altcha-popover-color:#5c5f66;--altcha-switch-background-color:#5c5f66;
--altcha-switch-toggle-color:#e9ecef;--altcha-color-primary:#4dabf7;--altcha-color-primary-content:#1a1b1e;
--altcha-color-error:#ff8787;--altcha-color-error-content:#1a1b1e}}
`

/**
 * Loads the widget from this server (no CDN), in the form's language, then gives it the
 * proof-of-work worker: a page of another site (the embed) may not start a worker from our
 * origin, so it gets a copy as a blob; it gets the widget's style sheet too.
 *
 * Then it sends the form with fetch, as a CORS simple request (urlencoded, `Accept:
 * application/json`: no preflight), and shows the answer in place: the field's message beside it
 * (aria-invalid, aria-describedby, focus), a form-wide one as an alert, the thank-you message
 * instead of the form, or the redirect. The browser's own checks are off: every message then
 * comes from the server, in the form's language. If the fetch fails, the form posts as without
 * the script.
 */
export const FORM_JS = `const base = new URL('.', import.meta.url).href
const origin = new URL(base).origin
const foreign = origin !== location.origin
if (foreign && !document.querySelector('link[href="' + base + 'altcha.css"]')) {
  const sheet = document.createElement('link')
  sheet.rel = 'stylesheet'
  sheet.href = base + 'altcha.css'
  document.head.append(sheet)
}
// The worker first: the widget starts solving as soon as it is defined, and must find it.
let worker = base + 'sha.js'
if (foreign) {
  const source = await (await fetch(worker)).text()
  worker = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }))
}
await import(base + 'altcha.js')
globalThis.$altcha.algorithms.set('SHA-256', () => new Worker(worker))
for (const widget of document.querySelectorAll('altcha-widget[data-strings]')) {
  try {
    const words = JSON.parse(widget.dataset.strings)
    const language = widget.getAttribute('language') || 'en'
    globalThis.$altcha.i18n.set(language, { ...globalThis.$altcha.i18n.get('en'), ...words })
  } catch {}
}

/** Waits for the proof of work while it is being solved (a quick click after the page loaded). */
function solved(form) {
  const widget = form.querySelector('altcha-widget')
  const state = widget && widget.getState ? widget.getState() : 'verified'
  if (state === 'verified' || state === 'error') return Promise.resolve()
  return new Promise((resolve) => {
    const settle = (event) => {
      if (event.detail && event.detail.state === 'verifying') return
      widget.removeEventListener('statechange', settle)
      resolve()
    }
    widget.addEventListener('statechange', settle)
    if (state !== 'verifying') widget.verify()
  })
}

function clearErrors(form) {
  for (const note of form.querySelectorAll('.error')) note.remove()
  // The hosted page's own message of a post without the script sits just before the form.
  const before = form.previousElementSibling
  if (before && before.matches('p.error[role="alert"]')) before.remove()
  for (const input of form.querySelectorAll('[aria-invalid]')) {
    input.removeAttribute('aria-invalid')
    const rest = (input.getAttribute('aria-describedby') || '')
      .split(' ')
      .filter((id) => id && !id.endsWith('-error'))
    if (rest.length) input.setAttribute('aria-describedby', rest.join(' '))
    else input.removeAttribute('aria-describedby')
  }
}

// The element a field's error marks (a survey's choices: their fieldset) and the one to focus.
function errorTarget(form, name) {
  const item = name ? form.elements.namedItem(name) : null
  const first = item instanceof RadioNodeList ? item[0] : item
  if (!(first instanceof HTMLInputElement || first instanceof HTMLTextAreaElement)) return null
  const marked = first.closest('fieldset.question') || first
  return marked.id ? { marked, focus: first } : null
}

function showError(form, error) {
  clearErrors(form)
  const target = errorTarget(form, error.field)
  if (target) {
    const { marked, focus } = target
    const note = document.createElement('strong')
    note.className = 'error'
    note.id = marked.id + '-error'
    note.textContent = error.message
    ;(marked.tagName === 'FIELDSET' ? marked : marked.closest('.field') || marked.parentElement).append(note)
    marked.setAttribute('aria-invalid', 'true')
    const ids = (marked.getAttribute('aria-describedby') || '').split(' ').filter(Boolean)
    marked.setAttribute('aria-describedby', [...ids, note.id].join(' '))
    focus.focus()
    return
  }
  const alert = document.createElement('p')
  alert.className = 'error'
  alert.setAttribute('role', 'alert')
  alert.textContent = error.message
  form.prepend(alert)
}

function thank(form, message) {
  const thanks = document.createElement('p')
  thanks.className = 'chorus-thanks'
  thanks.setAttribute('role', 'status')
  thanks.tabIndex = -1
  thanks.lang = form.lang
  thanks.textContent = message
  form.replaceWith(thanks)
  thanks.focus()
}

async function send(form) {
  await solved(form)
  const response = await fetch(form.action, {
    method: 'POST',
    headers: { Accept: 'application/json' },
    body: new URLSearchParams(new FormData(form)),
  })
  const answer = await response.json()
  if (response.ok) {
    if (answer.redirectUrl) location.assign(answer.redirectUrl)
    else thank(form, answer.message)
    return
  }
  if (!answer.error) throw new Error('not an answer of Chorus')
  showError(form, answer.error)
  // A refused proof of work (used, expired), or one spent before a value was refused, cannot be
  // sent again: solve a new one.
  const widget = form.querySelector('altcha-widget')
  const spent = response.status === 400 || answer.error.proofUsed === true
  if (spent && widget && widget.reset) {
    widget.reset()
    widget.verify()
  }
}

for (const form of document.querySelectorAll('form.chorus-form')) {
  if (new URL(form.action, location.href).origin !== origin) continue
  form.noValidate = true
  let sending = false
  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    if (sending) return
    sending = true
    form.setAttribute('aria-busy', 'true')
    try {
      await send(form)
    } catch {
      HTMLFormElement.prototype.submit.call(form)
    } finally {
      sending = false
      form.removeAttribute('aria-busy')
    }
  })
}
`
