import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config.js'

describe('configuration', () => {
  it('has defaults that run on a laptop', () => {
    const config = loadConfig({})
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      smtpUrl: undefined,
      signup: 'open',
      publicUrl: 'http://localhost:3000',
      development: false,
    })
    expect(config.dataDir).toMatch(/\/data$/)
  })

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must start with postgres:/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL must be a URL/],
    [{ SMTP_URL: 'http://mail' }, /SMTP_URL/],
    [{ PUBLIC_URL: 'ftp://x' }, /PUBLIC_URL/],
    [{ CHORUS_SIGNUP: 'maybe' }, /CHORUS_SIGNUP must be one of open, closed/],
    [{ CHORUS_DNS_SERVERS: 'dns.example' }, /CHORUS_DNS_SERVERS must be IP addresses/],
    [{ CHORUS_DNS_SERVERS: '10.0.0.2:99999' }, /CHORUS_DNS_SERVERS/],
    [{ CHORUS_INBOUND_DOMAIN: 'not a domain' }, /CHORUS_INBOUND_DOMAIN must be domain names/],
    [{ CHORUS_SMTP_INBOUND_PORT: '2525' }, /CHORUS_SMTP_INBOUND_PORT needs CHORUS_INBOUND_DOMAIN/],
    [
      { CHORUS_SMTP_INBOUND_PORT: '0', CHORUS_INBOUND_DOMAIN: 'in.example' },
      /CHORUS_SMTP_INBOUND_PORT must be a whole number/,
    ],
  ])('refuses %j with one clear line', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError)
    expect(() => loadConfig(env)).toThrow(message)
  })

  it('reads every documented variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      CHORUS_DATA_DIR: '/var/lib/chorus',
      DATABASE_URL: 'postgres://u:p@db/chorus',
      SMTP_URL: 'smtp://relay:2525',
      SMS_GATEWAY_URL: 'https://sms.example/send',
      PUBLIC_URL: 'https://chorus.example/',
      CHORUS_SIGNUP: 'closed',
      NODE_ENV: 'development',
    })
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/var/lib/chorus',
      databaseUrl: 'postgres://u:p@db/chorus',
      smtpUrl: 'smtp://relay:2525',
      smsGatewayUrl: 'https://sms.example/send',
      publicUrl: 'https://chorus.example',
      signup: 'closed',
      development: true,
    })
  })

  it('reads the DNS servers for sender-domain checks, the system resolver when unset', () => {
    expect(loadConfig({}).dnsServers).toEqual([])
    expect(
      loadConfig({ CHORUS_DNS_SERVERS: '10.0.0.2, 127.0.0.1:5353,[::1]:53,::1' }).dnsServers,
    ).toEqual(['10.0.0.2', '127.0.0.1:5353', '[::1]:53', '::1'])
  })

  it('reads inbound mail: off by default, the domains lower-cased', () => {
    expect(loadConfig({}).inboundMail).toEqual({ port: undefined, domains: [] })
    expect(
      loadConfig({
        CHORUS_SMTP_INBOUND_PORT: '2525',
        CHORUS_INBOUND_DOMAIN: 'Replies.Example.com, in.example.org',
      }).inboundMail,
    ).toEqual({ port: 2525, domains: ['replies.example.com', 'in.example.org'] })
  })
})
