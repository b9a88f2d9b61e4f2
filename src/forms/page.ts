import { escapeHtml as e } from '../html.js'
import { HONEYPOT, TIMESTAMP } from './protection.js'
import { questionsHtml } from './question-html.js'
import type { FormField, SurveyQuestion } from './schemas.js'

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

/** The honeypot: out of sight and out of the tab order, so only a bot fills it in. */
const honeypot = `<p class="hp" aria-hidden="true"><label>Leave this empty <input name="${HONEYPOT}" tabindex="-1" autocomplete="off"></label></p>`

function formBody(
  form: PageForm,
  base: string,
  extra: { timestamp?: string; values?: PostedValues; errors?: Record<string, string> },
) {
  return [
    `<form method="post" action="${e(base)}/f/${form.id}" class="chorus-form">`,
    ...form.fields.map((f) =>
      fieldHtml(f, firstText(extra.values?.[f.field]), extra.errors?.[f.field]),
    ),
    ...questionsHtml(form.questions, extra.values, extra.errors),
    honeypot,
    extra.timestamp
      ? `<input type="hidden" name="${TIMESTAMP}" value="${e(extra.timestamp)}">`
      : '',
    `<altcha-widget challenge="${e(base)}/f/${form.id}/challenge" name="altcha" auto="onload" hidelogo hidefooter></altcha-widget>`,
    form.consentText ? `<p class="consent">${e(form.consentText)}</p>` : '',
    `<p><button type="submit">${form.kind === 'survey' ? 'Send' : 'Subscribe'}</button></p>`,
    '</form>',
  ].join('\n')
}

/** The hosted pages link to this server by path: they work under whatever host serves them. */
function page(title: string, main: string, lang = 'en') {
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
  return page(form.name, `<h1>${e(form.name)}</h1>${problem}${formBody(form, '', state)}`)
}

export function messagePage(title: string, message: string) {
  return page(title, `<h1>${e(title)}</h1><p>${e(message)}</p>`)
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
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
@media (prefers-color-scheme:dark){body{background:#1a1b1e;color:#e9ecef}main{background:#25262b}
small,.consent{color:#adb5bd}input,textarea{background:#1a1b1e;color:#e9ecef}.error{color:#ff8787}}
`

/**
 * Loads the widget from this server (no CDN), then gives it the proof-of-work worker: a page of
 * another site (the embed) may not start a worker from our origin, so it gets a copy as a blob.
 */
export const FORM_JS = `const base = new URL('.', import.meta.url).href
await import(base + 'altcha.js')
let worker = base + 'sha.js'
if (new URL(base).origin !== location.origin) {
  const source = await (await fetch(worker)).text()
  worker = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }))
}
globalThis.$altcha.algorithms.set('SHA-256', () => new Worker(worker))
`
