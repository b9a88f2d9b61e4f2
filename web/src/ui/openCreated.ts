import { type QueryKey, useQueryClient } from '@tanstack/react-query'
import { type UseNavigateResult, useNavigate } from '@tanstack/react-router'

/**
 * Once something is created (a campaign, its copy, a template): the list it joins is fetched
 * again, then its own page opens. Called like the router's navigate.
 */
export function useOpenCreated(list: QueryKey): UseNavigateResult<string> {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return async (options) => {
    await queryClient.invalidateQueries({ queryKey: list })
    await navigate(options)
  }
}
