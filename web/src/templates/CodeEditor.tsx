import { html } from '@codemirror/lang-html'
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language'
import { Compartment, type Extension } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { tags } from '@lezer/highlight'
import { useComputedColorScheme } from '@mantine/core'
import { basicSetup } from 'codemirror'
import { useEffect, useRef } from 'react'

interface Palette {
  background: string
  text: string
  gutter: string
  gutterText: string
  selection: string
  tag: string
  attribute: string
  value: string
  comment: string
  keyword: string
}

/** Each palette's colours keep 4.5:1 against its own background (CodeMirror's defaults do not). */
const PALETTES: Record<'light' | 'dark', Palette> = {
  light: {
    background: '#ffffff',
    text: '#1f1f1f',
    gutter: '#f3f3f3',
    gutterText: '#5c5c5c',
    selection: '#d7e4f7',
    tag: '#1d5f24',
    attribute: '#7a3b00',
    value: '#0b3d91',
    comment: '#4d4d4d',
    keyword: '#6a1b9a',
  },
  dark: {
    background: '#1e1f22',
    text: '#e3e3e3',
    gutter: '#26282c',
    gutterText: '#a8a8a8',
    selection: '#36465e',
    tag: '#8fd694',
    attribute: '#f0b97a',
    value: '#93c1ff',
    comment: '#b0b0b0',
    keyword: '#d7a6f5',
  },
}

/** The editor's surface and HTML colours for the app's colour scheme. */
function appearance(scheme: 'light' | 'dark'): Extension {
  const p = PALETTES[scheme]
  return [
    EditorView.theme(
      {
        '&': { backgroundColor: p.background, color: p.text, fontSize: '13px' },
        '.cm-content': { caretColor: p.text },
        '.cm-cursor, .cm-dropCursor': { borderLeftColor: p.text },
        '&.cm-focused .cm-selectionBackground, .cm-selectionBackground': {
          backgroundColor: p.selection,
        },
        '.cm-activeLine': { backgroundColor: 'transparent' },
        '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' },
        '.cm-gutters': { backgroundColor: p.gutter, color: p.gutterText, border: 'none' },
        '.cm-activeLineGutter': { backgroundColor: p.gutter },
      },
      { dark: scheme === 'dark' },
    ),
    syntaxHighlighting(
      HighlightStyle.define([
        { tag: [tags.tagName, tags.angleBracket], color: p.tag },
        { tag: tags.attributeName, color: p.attribute },
        { tag: [tags.attributeValue, tags.string], color: p.value },
        { tag: tags.comment, color: p.comment, fontStyle: 'italic' },
        { tag: [tags.keyword, tags.processingInstruction, tags.documentMeta], color: p.keyword },
      ]),
    ),
  ]
}

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
  const scheme = useComputedColorScheme('light')
  const look = useRef(new Compartment())
  const initialScheme = useRef(scheme)
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
        look.current.of(appearance(initialScheme.current)),
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
    view.current?.dispatch({ effects: look.current.reconfigure(appearance(scheme)) })
  }, [scheme])

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
        background: PALETTES[scheme].background,
      }}
    />
  )
}
