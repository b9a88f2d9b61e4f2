import type { UseFormReturnType } from '@mantine/form'
import { ApiError } from '../api/client'

/**
 * Puts a refusal of the server where it belongs: on the field it names when the form has one,
 * otherwise it is returned for the form's general message.
 */
export function placeServerError<T>(
  form: UseFormReturnType<T> | null,
  error: unknown,
): string | null {
  if (!(error instanceof ApiError)) return 'Chorus could not be reached; try again.'
  const field = error.field
  if (form && field && field in (form.getValues() as object)) {
    form.setFieldError(field, error.message)
    return null
  }
  return sentence(error.message)
}

export function sentence(message: string): string {
  return message.length > 0 ? message[0]?.toUpperCase() + message.slice(1) : message
}
