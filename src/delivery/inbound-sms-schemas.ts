import { Type } from 'typebox'

export const InboundSmsBody = Type.Object(
  {
    id: Type.String({
      minLength: 1,
      maxLength: 200,
      description: "The gateway's id of the message",
    }),
    from: Type.String({ maxLength: 32, description: "The contact's number (E.164)" }),
    to: Type.String({
      minLength: 1,
      maxLength: 32,
      description: 'The sender id or number the contact answered',
    }),
    text: Type.String({ maxLength: 10_000 }),
  },
  { additionalProperties: false },
)

export const InboundSmsResult = Type.Object(
  {
    status: Type.Union(
      [Type.Literal('filed'), Type.Literal('duplicate'), Type.Literal('unknown')],
      {
        description:
          '`filed` in the inbox of the account that texted the number; `duplicate`: this message id was filed before; `unknown`: no account texted the number from that sender (dropped)',
      },
    ),
    reply: Type.Union([Type.String(), Type.Null()], {
      description:
        'the text the gateway sends back to the number (the answer to STOP or START), or null for none',
    }),
  },
  { additionalProperties: false },
)
