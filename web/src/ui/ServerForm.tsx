import { Alert, Stack } from '@mantine/core'
import { type UseFormInput, useForm } from '@mantine/form'
import { type FormEventHandler, type ReactNode, useState } from 'react'
import { placeServerError } from '../auth/errors'

/**
 * A form whose submission goes to the server: a refusal lands on the field it names, or above
 * the form when it names none.
 */
export function useServerForm<Values extends Record<string, unknown>>(
  input: UseFormInput<Values>,
  send: (values: Values) => Promise<void>,
) {
  const form = useForm<Values>({ mode: 'uncontrolled', ...input })
  const [problem, setProblem] = useState<string | null>(null)
  const onSubmit = form.onSubmit(async (values) => {
    setProblem(null)
    try {
      await send(values)
    } catch (error) {
      setProblem(placeServerError(form, error))
    }
  })
  return { form, problem, onSubmit }
}

export function ServerForm({
  onSubmit,
  problem,
  children,
}: {
  onSubmit: FormEventHandler<HTMLFormElement>
  problem: string | null
  children: ReactNode
}) {
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        {children}
      </Stack>
    </form>
  )
}

export const emailAddress = (message: string) => (value: string) =>
  /^\S+@\S+$/.test(value) ? null : message

export const newPassword = (value: string) =>
  value.length >= 10 ? null : 'Use at least 10 characters'
