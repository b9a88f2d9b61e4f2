import { describe, expect, it } from 'vitest'
import { compilePreviewText, MAX_PREVIEW_OUTPUT, withPreheader } from './preheader.js'

const hidden = (text: string) => new RegExp(`<div style="display:none;[^"]*">${text}</div>`)

/** Where the hidden preview text lands in the rendered HTML. */
function placed(html: string): string {
  return withPreheader(html, 'Sale').replace(hidden('Sale'), '[P]')
}

describe('the preheader in the HTML', () => {
  it('goes right after the body tag, past the head', () => {
    expect(
      placed('<html><head><title>T</title></head><body class="x"><p>Hi</p></body></html>'),
    ).toBe('<html><head><title>T</title></head><body class="x">[P]<p>Hi</p></body></html>')
    expect(placed('<!doctype html><html><head></head><p>Hi</p>')).toBe(
      '<!doctype html><html><head></head>[P]<p>Hi</p>',
    )
    expect(placed('<p>Hi</p>')).toBe('[P]<p>Hi</p>')
  })

  it('lands right after the body tag when the head holds letters that lengthen when lowercased', () => {
    // 'İ'.toLowerCase() is two code units: positions in a fully lowercased copy would be off.
    expect(placed('<title>İstanbul İzmir</title></head><BODY><table>')).toBe(
      '<title>İstanbul İzmir</title></head><BODY>[P]<table>',
    )
  })

  it('does not take a <body> in the title, an attribute value or a comment for the body', () => {
    expect(placed('<title>a<body>b</title><body><p>Hi</p>')).toBe(
      '<title>a<body>b</title><body>[P]<p>Hi</p>',
    )
    expect(placed('<p title="<body>">x</p><body>y')).toBe('<p title="<body>">x</p><body>[P]y')
    expect(placed("<p title = '<body>'>x</p>")).toBe("[P]<p title = '<body>'>x</p>")
    expect(placed('<!-- <body> --><body>y')).toBe('<!-- <body> --><body>[P]y')
  })

  it('finds its place in HTML of many unclosed <body tags without hanging', () => {
    // Read with a backtracking pattern this took minutes; no timing here, the test's timeout bounds it.
    const html = `<p>x</p>${'<body'.repeat(100_000)}`
    expect(placed(html)).toBe(`[P]${html}`)
    const quoted = `<p>x</p>${'<a title="'.repeat(20_000)}`
    expect(placed(quoted)).toBe(`[P]${quoted}`)
  })
})

describe('the preview text itself', () => {
  it('may not render to more than a short line or two', () => {
    const loop = compilePreviewText('{% for i in (1..100000) %}spam {% endfor %}')
    expect(() =>
      loop.renderSync({ firstName: null, lastName: null, email: null, phone: null, fields: {} }),
    ).toThrow(/previewText/)
    expect(MAX_PREVIEW_OUTPUT).toBeLessThanOrEqual(1000)
  })
})
