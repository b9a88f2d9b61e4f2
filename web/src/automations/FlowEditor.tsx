import {
  ActionIcon,
  Alert,
  Badge,
  Box,
  Button,
  Drawer,
  Flex,
  Group,
  Menu,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  VisuallyHidden,
} from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { createContext, useContext, useId, useState } from 'react'
import { useChoices } from './choices'
import {
  armSteps,
  armsOf,
  findStep,
  insertAt,
  move,
  newStep,
  replaceStep,
  STEP_TYPES,
  type Step,
  type StepType,
  stepLabel,
  withArm,
} from './flow'
import { StepSettings } from './StepSettings'
import { stepSummary } from './words'

export interface StepStats {
  entered: number
  waiting: number
  completed: number
  exited: number
  sent: number
  opened: number
  clicked: number
}

export interface FlowProblem {
  stepId: string | null
  field: string
  message: string
}

/** What every card of one flow shares: the page's statistics and problems, and its actions. */
interface FlowView {
  readOnly: boolean
  /** The step types the caller may add (an SMS step needs sms.use). */
  offers: (type: StepType) => boolean
  stats: Record<string, StepStats> | undefined
  problems: readonly FlowProblem[]
  open: (stepId: string) => void
}

/** Red that keeps 4.5:1 on the card in either scheme. */
const PROBLEM_COLOR = 'light-dark(var(--mantine-color-red-8), var(--mantine-color-red-4))'

const FlowViewContext = createContext<FlowView | null>(null)

function useFlowView(): FlowView {
  const view = useContext(FlowViewContext)
  if (!view) throw new Error('FlowViewContext is missing')
  return view
}

/**
 * A program's flow as a vertical list of step cards; a branch shows its two arms side by side
 * (stacked on a phone). Steps are added between any two, moved up or down in their list,
 * deleted after a confirmation, and set up in a drawer. The flow is the API's `Step[]`.
 */
export function FlowEditor({
  steps,
  onChange,
  readOnly,
  stats,
  problems = [],
  offers = () => true,
}: {
  steps: Step[]
  onChange: (next: Step[]) => void
  readOnly: boolean
  stats?: Record<string, StepStats>
  problems?: readonly FlowProblem[]
  offers?: (type: StepType) => boolean
}) {
  const [openId, setOpenId] = useState<string | null>(null)
  const opened = openId ? findStep(steps, openId) : undefined
  const view: FlowView = { readOnly, offers, stats, problems, open: setOpenId }
  return (
    <FlowViewContext.Provider value={view}>
      <FlowList steps={steps} onChange={onChange} label="the flow" />
      <Text size="sm" c="dimmed" ta="center">
        The contact has completed the program.
      </Text>
      <Drawer
        opened={opened !== undefined}
        onClose={() => setOpenId(null)}
        position="right"
        size="lg"
        title={opened ? stepLabel(opened.type) : ''}
        closeButtonProps={{ 'aria-label': 'Close the step’s settings' }}
      >
        {opened && (
          <Stack>
            <StepSettings
              step={opened}
              flow={steps}
              readOnly={readOnly}
              onChange={(next) => onChange(replaceStep(steps, next.id, next))}
            />
            <Button w="fit-content" onClick={() => setOpenId(null)}>
              Done
            </Button>
          </Stack>
        )}
      </Drawer>
    </FlowViewContext.Provider>
  )
}

/** One list of steps (the flow, or an arm of a branch), with a place to add a step around each. */
function FlowList({
  steps,
  onChange,
  label,
}: {
  steps: Step[]
  onChange: (next: Step[]) => void
  /** The list's name; the "Add a step" buttons say where in it they add. */
  label: string
}) {
  const { readOnly, open } = useFlowView()
  const add = (index: number, type: StepType) => {
    const step = newStep(type)
    onChange(insertAt(steps, index, step))
    if (type !== 'end') open(step.id)
  }
  // Nothing runs after an End step: no place to add one there.
  const addHere = (index: number) =>
    steps[index - 1]?.type === 'end' ? null : (
      <AddStepMenu
        readOnly={readOnly}
        where={
          index === 0
            ? `at the start of ${label}`
            : `after ${stepLabel(steps[index - 1]?.type ?? 'end')} (step ${index} of ${label})`
        }
        onPick={(type) => add(index, type)}
      />
    )
  return (
    <>
      {addHere(0)}
      <Stack component="ol" gap={0} m={0} p={0} style={{ listStyle: 'none' }} aria-label={label}>
        {steps.map((step, index) => (
          <li key={step.id}>
            <StepCard
              step={step}
              index={index}
              count={steps.length}
              onChange={(next) =>
                onChange(next ? replaceAt(steps, index, next) : without(steps, index))
              }
              onMove={(delta) => onChange(move(steps, index, delta))}
            />
            {addHere(index + 1)}
          </li>
        ))}
      </Stack>
    </>
  )
}

const replaceAt = (steps: Step[], index: number, step: Step) =>
  steps.map((s, i) => (i === index ? step : s))
const without = (steps: Step[], index: number) => steps.filter((_, i) => i !== index)

const Connector = () => (
  <Box w={2} h={8} mx="auto" bg="var(--mantine-color-default-border)" aria-hidden="true" />
)

/** Between two cards: a connector line and, while the flow may be edited, the menu of step types. */
function AddStepMenu({
  where,
  readOnly,
  onPick,
}: {
  where: string
  readOnly: boolean
  onPick: (type: StepType) => void
}) {
  const { offers } = useFlowView()
  const offered = STEP_TYPES.filter((t) => offers(t.type))
  const groups = [...new Set(offered.map((t) => t.group))]
  if (readOnly) return <Connector />
  return (
    <Stack gap={0} align="center">
      <Connector />
      <Menu position="bottom" withinPortal shadow="md">
        <Menu.Target>
          <Button size="compact-sm" variant="default" aria-label={`Add a step ${where}`}>
            + Add a step
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {groups.map((group) => (
            <div key={group}>
              <Menu.Label>{group}</Menu.Label>
              {offered
                .filter((t) => t.group === group)
                .map((t) => (
                  <Menu.Item key={t.type} onClick={() => onPick(t.type)}>
                    {t.label}
                  </Menu.Item>
                ))}
            </div>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Connector />
    </Stack>
  )
}

function StepCard({
  step,
  index,
  count,
  onChange,
  onMove,
}: {
  step: Step
  index: number
  count: number
  /** The changed step, or null once it is deleted. */
  onChange: (next: Step | null) => void
  onMove: (delta: -1 | 1) => void
}) {
  const { readOnly, problems, open } = useFlowView()
  const choices = useChoices()
  const titleId = useId()
  const label = stepLabel(step.type)
  const summary = stepSummary(step, choices)
  const own = problems.filter((p) => p.stepId === step.id)
  const arms = armsOf(step)
  return (
    <Paper
      withBorder
      p="sm"
      component="article"
      aria-labelledby={titleId}
      style={own.length > 0 ? { borderColor: PROBLEM_COLOR } : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Text fw={600} id={titleId}>
              {label}
            </Text>
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {summary}
            </Text>
          </div>
          <Group gap={4} wrap="nowrap">
            <Button size="compact-sm" variant="default" onClick={() => open(step.id)}>
              {readOnly ? 'Details' : 'Settings'}
              <VisuallyHidden>{`: ${label}, ${summary}`}</VisuallyHidden>
            </Button>
            {!readOnly && (
              <StepTools
                step={step}
                name={`${label}, ${summary}`}
                first={index === 0}
                last={index === count - 1}
                onMove={onMove}
                onDelete={() => onChange(null)}
              />
            )}
          </Group>
        </Group>
        {own.map((problem) => (
          <Text key={problem.field + problem.message} size="sm" c={PROBLEM_COLOR} role="note">
            {problem.message}
          </Text>
        ))}
        <StepFigures step={step} />
        {arms && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {arms.map((arm) => (
              <Paper key={arm.key} withBorder p="xs" bg="var(--mantine-color-default-hover)">
                <Badge variant="light" mb={4}>
                  {arm.label}
                </Badge>
                <FlowList
                  steps={armSteps(step, arm.key)}
                  onChange={(next) => onChange(withArm(step, arm.key, next))}
                  label={`“${arm.label}” of ${label}`}
                />
              </Paper>
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  )
}

function StepTools({
  step,
  name,
  first,
  last,
  onMove,
  onDelete,
}: {
  step: Step
  name: string
  first: boolean
  last: boolean
  onMove: (delta: -1 | 1) => void
  onDelete: () => void
}) {
  const [confirming, { open, close }] = useDisclosure(false)
  const nested = armsOf(step)
  return (
    <>
      <ActionIcon
        variant="default"
        size="md"
        disabled={first}
        onClick={() => onMove(-1)}
        aria-label={`Move up: ${name}`}
      >
        ↑
      </ActionIcon>
      <ActionIcon
        variant="default"
        size="md"
        disabled={last}
        onClick={() => onMove(1)}
        aria-label={`Move down: ${name}`}
      >
        ↓
      </ActionIcon>
      <Button
        size="compact-sm"
        variant="default"
        color="red"
        onClick={open}
        aria-label={`Delete: ${name}`}
      >
        Delete
      </Button>
      <Modal opened={confirming} onClose={close} title="Delete this step?">
        <Stack>
          <Text size="sm">
            “{name}” is taken out of the flow when you save.
            {nested && ' The steps in its two arms go with it.'}
          </Text>
          <Text size="sm">If contacts are waiting at it, you will be asked where they go.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              color="red"
              onClick={() => {
                close()
                onDelete()
              }}
            >
              Delete the step
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  )
}

const FIGURES: ReadonlyArray<{ key: keyof StepStats; label: string; sends?: boolean }> = [
  { key: 'entered', label: 'Entered' },
  { key: 'waiting', label: 'Waiting' },
  { key: 'completed', label: 'Completed' },
  { key: 'exited', label: 'Exited' },
  { key: 'sent', label: 'Sent', sends: true },
  { key: 'opened', label: 'Opened', sends: true },
  { key: 'clicked', label: 'Clicked', sends: true },
]

/** The step's statistics, when the page has them; opens and clicks only on email steps. */
function StepFigures({ step }: { step: Step }) {
  const figures = useFlowView().stats?.[step.id]
  if (!figures) return null
  const sends = step.type === 'send_email' || step.type === 'send_sms'
  const shown = FIGURES.filter(
    (f) => !f.sends || (sends && (step.type === 'send_email' || f.key === 'sent')),
  )
  return (
    <Flex columnGap="md" rowGap={2} wrap="wrap">
      {shown.map((figure) => (
        <Text key={figure.key} size="xs">
          {figure.label}{' '}
          <Text span fw={700} size="xs">
            {figures[figure.key].toLocaleString('en')}
          </Text>
        </Text>
      ))}
    </Flex>
  )
}

export function FlowProblems({ problems }: { problems: readonly FlowProblem[] }) {
  const general = problems.filter((p) => p.stepId === null)
  if (problems.length === 0) return null
  return (
    <Alert color="red" role="alert" title="What stops the program from starting">
      {general.map((p) => (
        <Text key={p.field + p.message} size="sm">
          {p.message}
        </Text>
      ))}
      {problems.length > general.length && (
        <Text size="sm">The steps marked in red need your attention.</Text>
      )}
    </Alert>
  )
}
