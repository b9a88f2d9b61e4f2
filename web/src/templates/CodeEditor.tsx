import { html } from '@codemirror/lang-html'
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language'
import { EditorView } from '@codemirror/view'
import { tags } from '@lezer/highlight'
import { basicSetup } from 'codemirror'
import { useEffect, useRef } from 'react'

/**
 * The editor's own light surface in either colour scheme: CodeMirror's default highlighting is
 * made for a light background.
 */
const surface = EditorView.theme({
  '&': { backgroundColor: '#ffffff', color: '#1f1f1f', fontSize: '13px' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' },
  '.cm-gutters': { backgroundColor: '#f3f3f3', color: '#5c5c5c' },
})

/** HTML colours that keep 4.5:1 against the white surface (the default ones do not). */
const highlighting = syntaxHighlighting(
  HighlightStyle.define([
    { tag: [tags.tagName, tags.angleBracket], color: '#1d5f24' },
    { tag: tags.attributeName, color: '#7a3b00' },
    { tag: [tags.attributeValue, tags.string], color: '#0b3d91' },
    { tag: tags.comment, color: '#4d4d4d', fontStyle: 'italic' },
    { tag: [tags.keyword, tags.processingInstruction, tags.documentMeta], color: '#6a1b9a' },
  ]),
)

/** CodeMirror 6 with HTML highlighting, as a controlled field: `value` in, `onChange` out. */
export default function CodeEditor({
  value,
  onChange,
  label,
  readOnly = false,
}: {
  value: string
  onChange: (value: string) => void
  label: string
  readOnly?: boolean
}) {
  const host = useRef<HTMLDivElement>(null)
  const view = useRef<EditorView | null>(null)
  const latest = useRef(onChange)
  latest.current = onChange
  // The editor starts from the value it mounts with; later values arrive through the editor.
  const initial = useRef(value)

  useEffect(() => {
    if (!host.current) return
    const editor = new EditorView({
      doc: initial.current,
      parent: host.current,
      extensions: [
        basicSetup,
        html(),
        highlighting,
        surface,
        EditorView.lineWrapping,
        EditorView.editable.of(!readOnly),
        EditorView.contentAttributes.of({ 'aria-label': label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) latest.current(update.state.doc.toString())
        }),
      ],
    })
    view.current = editor
    return () => editor.destroy()
  }, [label, readOnly])

  useEffect(() => {
    const editor = view.current
    if (editor && editor.state.doc.toString() !== value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } })
    }
  }, [value])

  return (
    <div
      ref={host}
      style={{
        border: '1px solid var(--mantine-color-default-border)',
        minHeight: 360,
        background: '#ffffff',
      }}
    />
  )
}
