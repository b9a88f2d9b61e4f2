import { html } from '@codemirror/lang-html'
import { EditorView } from '@codemirror/view'
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
      style={{ border: '1px solid var(--mantine-color-default-border)', minHeight: 360 }}
    />
  )
}
