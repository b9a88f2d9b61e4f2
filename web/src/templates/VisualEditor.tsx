import 'grapesjs/dist/css/grapes.min.css'
import grapesjs, { type Editor } from 'grapesjs'
import newsletter from 'grapesjs-preset-newsletter'
import { type RefObject, useEffect, useRef } from 'react'

/**
 * GrapesJS with its newsletter preset. What it hands back is HTML with the styles inlined (what
 * mail clients read), and Liquid written in text or attributes (`{{ firstName }}`) comes back as
 * it was written: it is plain text to the editor.
 */
export default function VisualEditor({
  value,
  onChange,
  flushRef,
}: {
  value: string
  onChange: (value: string) => void
  /** Set to a function that hands back the text being typed (GrapesJS keeps it until then). */
  flushRef: RefObject<(() => Promise<void>) | null>
}) {
  const host = useRef<HTMLDivElement>(null)
  const latest = useRef(onChange)
  latest.current = onChange
  // The editor starts from the value it mounts with; later values arrive through the editor.
  const initial = useRef(value)

  useEffect(() => {
    if (!host.current) return
    const editor: Editor = grapesjs.init({
      container: host.current,
      height: '560px',
      fromElement: false,
      components: initial.current,
      storageManager: false,
      // Nothing from elsewhere (the app's CSP allows none): no icon font from a CDN, no telemetry.
      cssIcons: '',
      telemetry: false,
      plugins: [newsletter],
    })
    const publish = () => latest.current(editor.runCommand('gjs-get-inlined-html') as string)
    editor.on('update', publish)
    // Text typed in the canvas reaches the model when its editing ends.
    let typing: { disableEditing(): Promise<void> } | undefined
    editor.on('rte:enable', (view) => {
      typing = view
    })
    editor.on('rte:disable', () => {
      typing = undefined
    })
    flushRef.current = async () => {
      await typing?.disableEditing()
      publish()
    }
    return () => {
      flushRef.current = null
      editor.destroy()
    }
  }, [flushRef])

  return <div ref={host} />
}
