import { notifications } from '@mantine/notifications'
import { ApiError } from '../api/client'
import { sentence } from '../auth/errors'

/** An action outside a form was refused or failed: say why, as the server put it. */
export function showFailure(error: unknown) {
  notifications.show({
    color: 'red',
    message: error instanceof ApiError ? sentence(error.message) : 'That did not work; try again.',
  })
}
