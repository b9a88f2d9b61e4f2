/** A small envelope (email) or speech bubble (SMS), named for screen readers. */
export function ChannelIcon({ channel }: { channel: 'email' | 'sms' }) {
  const label = channel === 'email' ? 'Email' : 'SMS'
  return (
    <svg
      role="img"
      aria-label={label}
      width="16"
      height="16"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      style={{ flexShrink: 0 }}
    >
      <title>{label}</title>
      {channel === 'email' ? (
        <>
          <rect x="3" y="5" width="18" height="14" rx="2" />
          <path d="m3 7 9 6 9-6" />
        </>
      ) : (
        <path d="M4 5h16v11H9l-5 4z" />
      )}
    </svg>
  )
}
