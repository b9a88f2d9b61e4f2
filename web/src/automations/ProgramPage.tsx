import {
  Alert,
  Badge,
  Button,
  Card,
  Container,
  Group,
  Modal,
  Radio,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useNavigate, useParams } from '@tanstack/react-router'
import { useState } from 'react'
import { useAbilities } from '../access/catalog'
import { ApiError } from '../api/client'
import { ConfirmButton } from '../settings/common'
import { DeclineForm } from '../ui/DeclineForm'
import { showFailure } from '../ui/failure'
import { AnchorLink } from '../ui/links'
import { FlowChoicesContext, useChoices, useFlowChoices } from './choices'
import { FlowEditor, type FlowProblem, FlowProblems } from './FlowEditor'
import { allSteps, removedSteps, type Step, stepLabel } from './flow'
import { ProgramRules } from './ProgramRules'
import {
  activateProgram,
  type Draft,
  declineProgram,
  deleteProgram,
  draftOf,
  heldSteps,
  type Program,
  problemsOf,
  programAction,
  programQuery,
  programsQuery,
  STATUS_COLORS,
  STATUS_LABELS,
  saveProgram,
} from './queries'
import { SendingList } from './SendingList'
import { TriggerPicker, triggerInWords } from './trigger'

/** How often the open builder asks for the program again: its statistics move on their own. */
const STATS_REFRESH_MS = 3000

/** One program in the builder: its trigger, rules and flow, with each step's statistics. */
export function ProgramPage() {
  const { accountId, programId } = useParams({
    from: '/signed-in/a/$accountId/programs/$programId',
  })
  const choices = useFlowChoices(accountId)
  const program = useQuery({
    ...programQuery(accountId, programId),
    // Live statistics are for those who run programs; an approver reads what they decide on (and
    // a program they decided is out of their sight).
    refetchInterval: (query) => (query.state.data?.abilities.edit ? STATS_REFRESH_MS : false),
  })
  if (program.error) {
    return (
      <Container size="lg" py="md">
        <Alert color="red" role="alert" title="Program not found">
          This program does not exist or is not yours to see.
        </Alert>
      </Container>
    )
  }
  if (!program.data) return null
  return (
    <FlowChoicesContext.Provider value={choices}>
      <Builder key={program.data.id} accountId={accountId} program={program.data} />
    </FlowChoicesContext.Provider>
  )
}

function waitingAtDeleted(before: Step[], after: Step[], stats: Program['stats']) {
  return removedSteps(before, after)
    .map((step) => ({ stepId: step.id, waiting: stats[step.id]?.waiting ?? 0 }))
    .filter((held) => held.waiting > 0)
}

const same = (a: Draft, b: Draft) => JSON.stringify(a) === JSON.stringify(b)

function Builder({ accountId, program }: { accountId: string; program: Program }) {
  const queryClient = useQueryClient()
  const choices = useChoices()
  const { may } = useAbilities(accountId)
  // The saved program as last loaded or saved here; refetches bring statistics, not edits.
  const [saved, setSaved] = useState<Draft>(() => draftOf(program))
  const [draft, setDraft] = useState<Draft>(saved)
  const [problems, setProblems] = useState<FlowProblem[] | null>(null)
  const [held, setHeld] = useState<{ stepId: string; waiting: number }[]>([])
  const readOnly = !program.abilities.edit
  const dirty = !same(draft, saved)
  const change = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }))

  const refresh = () => queryClient.invalidateQueries({ queryKey: ['programs', accountId] })
  const adopt = async (answer: Program) => {
    const next = draftOf(answer)
    setSaved(next)
    setDraft(next)
    queryClient.setQueryData(programQuery(accountId, program.id).queryKey, answer)
    await refresh()
    return answer
  }
  /**
   * Saves what is on screen; null when contacts wait at deleted steps (the dialog asks where they
   * go): known from the statistics before asking, and from the server's 409 when those were stale.
   */
  const save = async (moveWaiting?: Record<string, string>): Promise<Program | null> => {
    const waiting = moveWaiting ? [] : waitingAtDeleted(saved.steps, draft.steps, program.stats)
    if (waiting.length > 0) {
      setHeld(waiting)
      return null
    }
    try {
      return await adopt(await saveProgram(accountId, program.id, draft, moveWaiting))
    } catch (error) {
      const steps =
        error instanceof ApiError && error.status === 409 ? heldSteps(error.details) : []
      if (steps.length === 0) throw error
      setHeld(steps)
      return null
    }
  }
  const run = (act: () => Promise<void>) => () => act().catch(showFailure)
  const check = run(async () => {
    const answer = dirty ? await save() : program
    if (!answer) return
    setProblems(answer.problems)
    notifications.show({
      color: answer.problems.length === 0 ? 'green' : 'orange',
      message:
        answer.problems.length === 0
          ? 'The program is ready to start.'
          : 'Some steps need your attention before the program can start.',
    })
  })
  const saveNow = run(async () => {
    if (await save()) notifications.show({ color: 'green', message: 'The program is saved.' })
  })
  const activate = async (backfill: boolean) => {
    if (dirty && !(await save())) return
    try {
      const answer = await adopt(await activateProgram(accountId, program.id, backfill))
      setProblems(null)
      notifications.show({
        color: 'green',
        message:
          answer.status === 'awaiting_approval'
            ? 'The program waits for approval: it starts once someone who may approve it does.'
            : 'The program is active.',
      })
    } catch (error) {
      const found = error instanceof ApiError ? problemsOf(error.details) : null
      if (!found) throw error
      setProblems(found)
    }
  }
  const shownProblems = problems ?? []

  return (
    <Container size="lg" py="md">
      <Stack>
        <Group justify="space-between" align="end" gap="sm">
          <ProgramHeading
            accountId={accountId}
            program={program}
            trigger={triggerInWords(draft.trigger, choices)}
          />
          <ProgramActions
            accountId={accountId}
            program={program}
            dirty={dirty}
            onSave={saveNow}
            onCheck={check}
            onActivate={activate}
            onChanged={adopt}
          />
        </Group>
        <ProgramNotes program={program} />
        <FlowProblems problems={shownProblems} />
        <Card withBorder>
          <Stack>
            <Title order={2} size="h4">
              Program
            </Title>
            <TextInput
              label="Name"
              required
              maw={420}
              disabled={readOnly}
              value={draft.name}
              onChange={(event) => change({ name: event.currentTarget.value })}
            />
            <TriggerPicker
              trigger={draft.trigger}
              readOnly={readOnly}
              onChange={(trigger) => change({ trigger })}
            />
          </Stack>
        </Card>
        <Card withBorder>
          <Stack>
            <Title order={2} size="h4">
              Entry, exit and goal
            </Title>
            <ProgramRules
              rules={draft}
              groupTrigger={draft.trigger.type === 'group_joined'}
              readOnly={readOnly}
              onChange={(rules) => change(rules)}
            />
          </Stack>
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            Steps
          </Title>
          <FlowEditor
            steps={draft.steps}
            onChange={(steps) => change({ steps })}
            readOnly={readOnly}
            // A program never activated has no statistics to show yet.
            stats={program.activatedAt ? program.stats : undefined}
            problems={shownProblems}
            offers={(type) => type !== 'send_sms' || may('sms.use')}
          />
        </Card>
      </Stack>
      <MoveWaitingDialog
        held={held}
        before={saved.steps}
        after={draft.steps}
        onCancel={() => setHeld([])}
        onMove={async (moveWaiting) => {
          setHeld([])
          if (await save(moveWaiting))
            notifications.show({ color: 'green', message: 'The program is saved.' })
        }}
      />
    </Container>
  )
}

function ProgramHeading({
  accountId,
  program,
  trigger,
}: {
  accountId: string
  program: Program
  trigger: string
}) {
  // An approver who does not manage programs came from the outbox, and goes back there.
  const managing = useAbilities(accountId).may('automations.manage')
  return (
    <div>
      <AnchorLink
        to={managing ? '/a/$accountId/programs' : '/a/$accountId/outbox'}
        params={{ accountId }}
        size="sm"
      >
        {managing ? 'All programs' : 'Outbox'}
      </AnchorLink>
      <Title order={1} size="h2">
        {program.name}
      </Title>
      <Group gap="xs" mt={4}>
        <Badge color={STATUS_COLORS[program.status]} variant="dot">
          {STATUS_LABELS[program.status]}
        </Badge>
        <Text size="sm" c="dimmed">
          Starts when: {trigger}
        </Text>
      </Group>
      <Text size="sm" mt={4}>
        {program.counts.entered.toLocaleString('en')} entered ·{' '}
        {program.counts.active.toLocaleString('en')} in it now ·{' '}
        {program.counts.completed.toLocaleString('en')} completed ·{' '}
        {program.counts.exited.toLocaleString('en')} left early
      </Text>
    </div>
  )
}

/** An alert's title in the text colour: the light variant's yellow or orange is below 4.5:1. */
const READABLE_TITLE = { title: { color: 'var(--mantine-color-text)' } }

function ProgramNotes({ program }: { program: Program }) {
  return (
    <>
      {program.status === 'declined' && program.declineReason && (
        <Alert color="orange" title="Declined" role="status" styles={READABLE_TITLE}>
          {program.declineReason}
        </Alert>
      )}
      {program.status === 'awaiting_approval' && (
        <Alert color="yellow" title="Waiting for approval" role="status" styles={READABLE_TITLE}>
          <Stack gap={6}>
            <Text size="sm">
              This program sends messages: it starts once someone who may approve campaigns approves
              it. Contacts already in it keep waiting; nothing is sent meanwhile.
            </Text>
            {program.submission && (
              <Text size="sm">
                Submitted by {program.submission.by.name ?? 'a former member'}
                {program.submission.at && ` on ${new Date(program.submission.at).toLocaleString()}`}
                . It sends:
              </Text>
            )}
            <SendingList sending={program.sending} />
          </Stack>
        </Alert>
      )}
      {program.status === 'active' && program.sends && program.abilities.edit && (
        <Text size="sm" c="dimmed">
          Changing its email or SMS steps may send it back for approval.
        </Text>
      )}
    </>
  )
}

function ProgramActions({
  accountId,
  program,
  dirty,
  onSave,
  onCheck,
  onActivate,
  onChanged,
}: {
  accountId: string
  program: Program
  dirty: boolean
  onSave: () => void
  onCheck: () => void
  onActivate: (backfill: boolean) => Promise<void>
  onChanged: (answer: Program) => Promise<unknown>
}) {
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [activating, { open, close }] = useDisclosure(false)
  const managing = useAbilities(accountId).may('automations.manage')
  const { abilities } = program
  /** A decided program is out of sight of an approver who does not manage programs: the outbox. */
  const decided = async (answer: Program, message: string) => {
    if (managing) return onChanged(answer)
    // The outbox would show the program as waiting from its cached list: only that list is read
    // again (the program itself, now out of this approver's sight, would answer 404).
    await queryClient.invalidateQueries({
      queryKey: programsQuery(accountId).queryKey,
      exact: true,
    })
    notifications.show({ color: 'green', message })
    await navigate({ to: '/a/$accountId/outbox', params: { accountId } })
  }
  const act = (action: 'pause' | 'resume') => () =>
    programAction(accountId, program.id, action).then(onChanged).catch(showFailure)
  const approve = () =>
    programAction(accountId, program.id, 'approve')
      .then((answer) => decided(answer, `“${program.name}” is approved and running.`))
      .catch(showFailure)
  return (
    <Group gap="xs">
      {dirty && (
        <Text size="sm" role="status">
          Unsaved changes
        </Text>
      )}
      {abilities.edit && (
        <Button variant={dirty ? 'filled' : 'default'} onClick={onSave}>
          Save
        </Button>
      )}
      {abilities.edit && (
        <Button variant="default" onClick={onCheck}>
          Check
        </Button>
      )}
      {abilities.activate && <Button onClick={open}>Activate…</Button>}
      {abilities.pause && (
        <Button variant="default" onClick={act('pause')}>
          Pause
        </Button>
      )}
      {abilities.resume && <Button onClick={act('resume')}>Resume</Button>}
      {abilities.approve && <Button onClick={approve}>Approve</Button>}
      {abilities.decline && (
        <DeclineButton
          accountId={accountId}
          program={program}
          onDone={(answer) => decided(answer, `“${program.name}” is declined.`)}
        />
      )}
      {abilities.delete && (
        <ConfirmButton
          label="Delete"
          title={`Delete “${program.name}”?`}
          confirmLabel="Delete the program"
          act={async () => {
            await deleteProgram(accountId, program.id)
            await navigate({ to: '/a/$accountId/programs', params: { accountId } })
          }}
        >
          Contacts in it leave it at once and nothing more is sent. This cannot be undone.
        </ConfirmButton>
      )}
      <ActivateDialog
        opened={activating}
        onClose={close}
        needsApproval={program.sends}
        onActivate={async (backfill) => {
          close()
          await onActivate(backfill).catch(showFailure)
        }}
      />
    </Group>
  )
}

function ActivateDialog({
  opened,
  onClose,
  needsApproval,
  onActivate,
}: {
  opened: boolean
  onClose: () => void
  needsApproval: boolean
  onActivate: (backfill: boolean) => Promise<void>
}) {
  const [who, setWho] = useState('new')
  return (
    <Modal opened={opened} onClose={onClose} title="Activate the program">
      <Stack>
        <Radio.Group label="Who enters" value={who} onChange={setWho}>
          <Stack gap={6} mt={4}>
            <Radio value="new" label="Only contacts who meet the trigger from now on" />
            <Radio
              value="backfill"
              label="Also the contacts who already match it (they enter now)"
            />
          </Stack>
        </Radio.Group>
        {needsApproval && (
          <Text size="sm">
            The program sends messages: without the right to send directly, it waits for approval
            first.
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void onActivate(who === 'backfill')}>Activate</Button>
        </Group>
      </Stack>
    </Modal>
  )
}

function DeclineButton({
  accountId,
  program,
  onDone,
}: {
  accountId: string
  program: Program
  onDone: (answer: Program) => Promise<unknown>
}) {
  const [opened, { open, close }] = useDisclosure(false)
  return (
    <>
      <Button variant="default" onClick={open}>
        Decline
      </Button>
      <Modal opened={opened} onClose={close} title={`Decline “${program.name}”`}>
        <DeclineForm
          description="Whoever submitted it reads it"
          onDecline={async (reason) => {
            const answer = await declineProgram(accountId, program.id, reason.trim())
            close()
            await onDone(answer)
          }}
        />
      </Modal>
    </>
  )
}

/**
 * Deleted steps still hold contacts: each one's waiting contacts go to a step of the flow as it
 * will be saved (the server moves them; nobody is lost).
 */
function MoveWaitingDialog({
  held,
  before,
  after,
  onCancel,
  onMove,
}: {
  held: { stepId: string; waiting: number }[]
  before: Step[]
  after: Step[]
  onCancel: () => void
  onMove: (moveWaiting: Record<string, string>) => Promise<void>
}) {
  const [targets, setTargets] = useState<Record<string, string>>({})
  const remaining = allSteps(after).map((step, index) => ({
    value: step.id,
    label: `${index + 1}. ${stepLabel(step.type)}`,
  }))
  const named = (id: string) => {
    const step = allSteps(before).find((s) => s.id === id)
    return step ? stepLabel(step.type) : 'A deleted step'
  }
  const complete = held.every((h) => targets[h.stepId])
  return (
    <Modal opened={held.length > 0} onClose={onCancel} title="Where do the waiting contacts go?">
      <Stack>
        <Text size="sm">
          Contacts are waiting at steps you deleted. Choose the step each group continues from.
        </Text>
        {held.map((h) => (
          <Select
            key={h.stepId}
            label={`${named(h.stepId)}: ${h.waiting.toLocaleString('en')} waiting`}
            data={remaining}
            placeholder="Choose a step"
            value={targets[h.stepId] ?? null}
            onChange={(value) => setTargets((t) => ({ ...t, [h.stepId]: value ?? '' }))}
          />
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button disabled={!complete} onClick={() => void onMove(targets)}>
            Move them and save
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
