import {
  Alert,
  PasswordInput,
  type PasswordInputProps,
  Stack,
  TextInput,
  type TextInputProps,
} from '@mantine/core'
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

/** What a field needs of its form (method syntax: any form whose values hold the field fits). */
interface BoundForm {
  key(path: string): string
  getInputProps(path: string): object
}

interface FieldProps {
  /** The form the field belongs to. */
  of: BoundForm
  /** The field's path in the form's values. */
  name: string
}

/** A required text field bound to its form: its value, its error and its reset. */
export function FormTextInput({ of: form, name, ...props }: FieldProps & TextInputProps) {
  return <TextInput required key={form.key(name)} {...form.getInputProps(name)} {...props} />
}

export function FormPasswordInput({ of: form, name, ...props }: FieldProps & PasswordInputProps) {
  return <PasswordInput required key={form.key(name)} {...form.getInputProps(name)} {...props} />
}

/** The email field of sign-in, sign-up and password reset. */
export function EmailInput({
  of: form,
  autoComplete = 'email',
}: {
  of: BoundForm
  autoComplete?: string
}) {
  return (
    <FormTextInput of={form} name="email" label="Email" type="email" autoComplete={autoComplete} />
  )
}
