import { describe, expect, it } from 'vitest'
import {
  allSteps,
  emailStepsBefore,
  insertAt,
  move,
  newStep,
  removedSteps,
  replaceStep,
  type Step,
} from '../web/src/automations/flow.js'

// The program builder edits the API's Step[] in place: steps keep their ids (the server moves
// waiting contacts by them), branches nest, and what was deleted is known before saving.
const email = newStep('send_email', 'email-1')
const wait = newStep('wait', 'wait-1')
const tag = newStep('add_tag', 'tag-1')
const branch = {
  ...newStep('branch', 'branch-1'),
  yes: [newStep('send_sms', 'sms-1')],
  no: [newStep('add_tag', 'tag-2')],
} as Step
const flow: Step[] = [email, wait, branch, tag]
const ids = (steps: readonly Step[]) => steps.map((s) => s.id)

describe('the program flow editor', () => {
  it('adds a step between two, keeping every other step as it is', () => {
    const added = insertAt(flow, 1, newStep('end', 'end-1'))
    expect(ids(added)).toEqual(['email-1', 'end-1', 'wait-1', 'branch-1', 'tag-1'])
    expect(added[0]).toBe(email)
  })

  it('moves a step up or down within its list, and not past either end', () => {
    expect(ids(move(flow, 1, -1))).toEqual(['wait-1', 'email-1', 'branch-1', 'tag-1'])
    expect(ids(move(flow, 3, 1))).toEqual(ids(flow))
    expect(ids(move(flow, 0, -1))).toEqual(ids(flow))
  })

  it('reads the nested arms in the order they are shown, and replaces a step wherever it is', () => {
    expect(ids(allSteps(flow))).toEqual([
      'email-1',
      'wait-1',
      'branch-1',
      'sms-1',
      'tag-2',
      'tag-1',
    ])
    const changed = replaceStep(flow, 'tag-2', { id: 'tag-2', type: 'add_tag', tagId: 'vip' })
    const inArm = allSteps(changed).find((s) => s.id === 'tag-2')
    expect(inArm).toEqual({ id: 'tag-2', type: 'add_tag', tagId: 'vip' })
    expect(allSteps(flow).find((s) => s.id === 'tag-2')).toEqual({
      id: 'tag-2',
      type: 'add_tag',
      tagId: null,
    })
  })

  it('knows which steps a deletion takes out, a branch with its arms', () => {
    const without = flow.filter((s) => s.id !== 'branch-1')
    expect(ids(removedSteps(flow, without))).toEqual(['branch-1', 'sms-1', 'tag-2'])
  })

  it('offers an "opened" branch only the email steps above it', () => {
    expect(ids(emailStepsBefore(flow, 'branch-1'))).toEqual(['email-1'])
    expect(emailStepsBefore(flow, 'email-1')).toEqual([])
  })

  it('gives each new step an id of its own', () => {
    expect(newStep('wait').id).not.toBe(newStep('wait').id)
  })
})
