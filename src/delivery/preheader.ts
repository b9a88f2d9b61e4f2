import { type CompiledTemplate, compileTemplate } from '../content/render.js'
import { escapeHtml } from '../html.js'

/** A preheader is a line or two: a Liquid loop must not hide megabytes in every message. */
export const MAX_PREVIEW_OUTPUT = 1000

/**
 * An email campaign's preview text: what inboxes show after the subject. Mail clients take it from
 * the first text of the HTML, so it goes first in the body, hidden from the message itself (the
 * usual "preheader"). It is Liquid like the subject (personalised, placeholders), rendered as plain
 * text and escaped when it is placed, so markup in it arrives as text.
 */
export function compilePreviewText(source: string | null | undefined): CompiledTemplate {
  return compileTemplate(source ?? '', 'previewText', { maxOutputChars: MAX_PREVIEW_OUTPUT })
}

/** Hidden in every client: Outlook reads `mso-hide`, the others `display:none` and the rest. */
const HIDDEN_STYLE =
  'display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;mso-hide:all'

/** Elements whose content is text, not markup: a `<body` in them is not the body's tag. */
const RAW_TEXT = new Set(['title', 'script', 'style', 'textarea', 'xmp', 'noscript'])

/**
 * Where the `>` closing the tag opened at `at` is, past quoted attribute values (`<p title="<b>">`);
 * -1 when the tag never closes. One pass forward: the caller continues after it, so the whole scan
 * stays linear however many unclosed `<body` the HTML holds.
 */
function tagEnd(html: string, at: number): number {
  for (let i = at + 1; i < html.length; i++) {
    const char = html[i]
    if (char === '>') return i
    if (char !== '=') continue
    let value = i + 1
    while (/\s/.test(html[value] ?? '')) value++
    const quote = html[value]
    if (quote !== '"' && quote !== "'") continue
    i = html.indexOf(quote, value + 1)
    if (i < 0) return -1
  }
  return -1
}

/**
 * Where the body's first content goes: after `<body …>`, else after `</head>`, else after the
 * doctype and `<html …>`. Tags are read as a browser's tokenizer would, without backtracking:
 * comments, the text of `<title>`, `<script>` and the like and attribute values are passed over.
 */
function bodyStart(html: string): number {
  // ASCII only: a full toLowerCase can lengthen a string ('İ' becomes two units), and the
  // positions found here cut the original.
  const lower = html.replace(/[A-Z]/g, (letter) => letter.toLowerCase())
  let headEnd: number | null = null
  let at = lower.indexOf('<')
  while (at >= 0) {
    if (lower.startsWith('<!--', at)) {
      const close = lower.indexOf('-->', at + 4)
      if (close < 0) break
      at = lower.indexOf('<', close + 3)
      continue
    }
    const name = /^<(\/?[a-z][a-z0-9-]*)/.exec(lower.slice(at, at + 40))?.[1]
    if (!name) {
      at = lower.indexOf('<', at + 1)
      continue
    }
    const end = tagEnd(lower, at)
    if (end < 0) break
    if (name === 'body') return end + 1
    if (name === '/head' && headEnd === null) headEnd = end + 1
    const next = RAW_TEXT.has(name) ? lower.indexOf(`</${name}`, end + 1) : end + 1
    if (next < 0) break
    at = lower.indexOf('<', next)
  }
  return headEnd ?? /^\s*(?:<!doctype[^>]*>)?\s*(?:<html\b[^>]*>)?/i.exec(html)?.[0].length ?? 0
}

/**
 * The rendered HTML with the rendered preview text hidden at the start of its body. An HTML with
 * nothing in it stays empty (a text-only message gets no HTML part for a preheader's sake).
 */
export function withPreheader(html: string, previewText: string): string {
  const text = previewText.replace(/\s+/g, ' ').trim()
  if (!text || !html.trim()) return html
  const at = bodyStart(html)
  const preheader = `<div style="${HIDDEN_STYLE}">${escapeHtml(text)}</div>`
  return `${html.slice(0, at)}${preheader}${html.slice(at)}`
}
