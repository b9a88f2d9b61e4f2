/**
 * Message HTML (a template preview, a captured message) in a frame under every sandbox
 * restriction: no script runs, it has no access to the app's origin, submits no form and cannot
 * navigate the app. The server sends such HTML under a sandboxing CSP too; either alone holds.
 */
export function SandboxedFrame({
  title,
  src,
  height = 480,
}: {
  title: string
  src: string
  height?: number
}) {
  return (
    <iframe
      title={title}
      sandbox=""
      src={src}
      style={{
        width: '100%',
        height,
        border: '1px solid var(--mantine-color-default-border)',
        // Email HTML is drawn for a white page, whatever the app's colour scheme.
        background: '#fff',
      }}
    />
  )
}
