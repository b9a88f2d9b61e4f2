import { Type } from 'typebox'

const MAX_ADDRESSES = 100

export const EmailToSmsSettingsInput = Type.Object(
  {
    enabled: Type.Boolean({ description: 'Email-to-SMS on or off' }),
    sender: Type.Union([Type.String({ maxLength: 32 }), Type.Null()], {
      description:
        'the SMS sender the texts go out from: an E.164 number or up to 11 letters and digits',
    }),
    maxParts: Type.Integer({
      minimum: 1,
      maximum: 10,
      description: 'the most SMS parts (and credits) one email may become',
    }),
    allowedAddresses: Type.Array(Type.String({ maxLength: 320 }), {
      maxItems: MAX_ADDRESSES,
      description: 'the email addresses whose mail the account turns into SMS',
    }),
  },
  { additionalProperties: false },
)

export const EmailToSmsSettings = Type.Object(
  {
    enabled: Type.Boolean(),
    sender: Type.Union([Type.String(), Type.Null()]),
    maxParts: Type.Integer(),
    allowedAddresses: Type.Array(Type.String()),
    memberAddresses: Type.Array(Type.String(), {
      description:
        "the members' addresses, offered to allow; empty unless the caller holds users.view",
    }),
  },
  { additionalProperties: false },
)
