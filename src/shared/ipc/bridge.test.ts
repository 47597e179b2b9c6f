import { describe, expect, it, vi } from 'vitest'
import { buildBridge, type CopydeskApi, type Invoke, type Subscribe } from './bridge'
import { eventChannels, invokeChannels } from './channels'

function fakeTransport() {
  const invoke = vi.fn<Invoke>(async (channel, request) => ({ ok: true, value: { channel, request } }))
  const unsubscribe = vi.fn()
  const subscribe = vi.fn<Subscribe>(() => unsubscribe)
  return { invoke, subscribe, unsubscribe }
}

function checkBridge(build: typeof buildBridge) {
  it('has one function per channel, named domain.verb', () => {
    const api = build(invokeChannels, eventChannels, fakeTransport().invoke, fakeTransport().subscribe)
    // One object per domain of the channel lists (several features add theirs), the core ones among them.
    const domains = new Set([...invokeChannels, ...eventChannels].map((channel) => channel.split(':')[0]))
    expect(Object.keys(api).sort()).toEqual([...domains].sort())
    expect(Object.keys(api)).toEqual(expect.arrayContaining(['app', 'links', 'menu', 'recovery', 'settings', 'photos']))
    expect(Object.keys(api.settings).sort()).toEqual(['get', 'update'])
    expect(Object.keys(api.menu)).toEqual(['onCommand'])
    for (const channel of invokeChannels) {
      const [domain, verb] = channel.split(':') as [string, string]
      expect(typeof (api as unknown as Record<string, Record<string, unknown>>)[domain]?.[verb]).toBe('function')
    }
  })

  it('forwards calls with their channel name and request', async () => {
    const { invoke, subscribe } = fakeTransport()
    const api: CopydeskApi = build(invokeChannels, eventChannels, invoke, subscribe)
    await api.settings.get()
    await api.settings.update({ language: 'fr' })
    await api.links.openExternal({ url: 'https://example.com/' })
    expect(invoke.mock.calls).toEqual([
      ['settings:get', undefined],
      ['settings:update', { language: 'fr' }],
      ['links:openExternal', { url: 'https://example.com/' }],
    ])
  })

  it('subscribes to events by channel name and hands back the unsubscribe function', () => {
    const { invoke, subscribe, unsubscribe } = fakeTransport()
    const api = build(invokeChannels, eventChannels, invoke, subscribe)
    const listener = vi.fn()
    const stop = api.menu.onCommand(listener)
    expect(subscribe).toHaveBeenCalledWith('menu:command', expect.any(Function))
    subscribe.mock.calls[0]?.[1]('new-article')
    expect(listener).toHaveBeenCalledWith('new-article')
    stop()
    expect(unsubscribe).toHaveBeenCalledOnce()
  })
}

describe('buildBridge', () => {
  checkBridge(buildBridge)
})

describe('buildBridge, rebuilt from its source text as the e2e harness injects it', () => {
  const rebuilt = new Function(`return (${buildBridge.toString()})`)() as typeof buildBridge
  it('is a different function object', () => {
    expect(rebuilt).not.toBe(buildBridge)
  })
  checkBridge(rebuilt)
})
