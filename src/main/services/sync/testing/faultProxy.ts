import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

/**
 * A loopback HTTP proxy in front of the test site that injects the faults a newsroom's network
 * really has. Each rule applies to the requests it matches (`METHOD URL`), `times` times (default: all).
 * - `refuse`: the connection is cut before any answer (as a refused/reset connection looks to fetch)
 * - `status`: answers this status (and Retry-After) without asking the site
 * - `drop-answer`: the site does the work, then the connection is cut before the answer
 * - `hold-answer`: the site does the work; the answer waits until `release()` (or forever)
 * - `stall`: nothing is sent to the site and no answer comes
 * - `cut-midway`: the site gets the headers and the first part of the body, then both connections
 *   are cut (the site stopping in the middle of an upload)
 */
export type FaultRule = {
  match: RegExp
  fault: 'refuse' | 'status' | 'drop-answer' | 'hold-answer' | 'stall' | 'cut-midway'
  status?: number
  retryAfter?: string
  times?: number
}

export type FaultProxy = {
  url: string
  rules: FaultRule[]
  /** Requests seen, as `METHOD URL`, with what happened to them. */
  log: { request: string; fault?: FaultRule['fault']; upstreamStatus?: number }[]
  /** Resolves when a held answer's request has been answered by the site. */
  whenHeld(): Promise<void>
  release(): void
  close(): Promise<void>
}

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target)
  const sockets = new Set<Socket>()
  const held: (() => void)[] = []
  let heldWaiters: (() => void)[] = []
  const proxy: FaultProxy = {
    url: '',
    rules: [],
    log: [],
    whenHeld: () => new Promise((resolve) => (held.length ? resolve() : heldWaiters.push(resolve))),
    release: () => held.splice(0).forEach((send) => send()),
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }

  const ruleFor = (line: string): FaultRule | undefined => {
    const rule = proxy.rules.find((candidate) => candidate.match.test(line) && (candidate.times ?? Infinity) > 0)
    if (rule && rule.times !== undefined) rule.times -= 1
    return rule
  }

  const handle = (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const line = `${incoming.method} ${incoming.url}`
    const rule = ruleFor(line)
    const entry: FaultProxy['log'][number] = { request: line, fault: rule?.fault }
    proxy.log.push(entry)
    if (rule?.fault === 'refuse') return incoming.socket.destroy()
    if (rule?.fault === 'stall') return
    if (rule?.fault === 'status') {
      const headers: Record<string, string> = { 'content-type': 'application/json' }
      if (rule.retryAfter) headers['retry-after'] = rule.retryAfter
      outgoing.writeHead(rule.status ?? 503, headers)
      return outgoing.end(JSON.stringify({ code: 'fault_proxy', message: `Injected ${rule.status ?? 503}` }))
    }
    const forwarded = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers: incoming.headers },
      (answer) => {
        entry.upstreamStatus = answer.statusCode
        const chunks: Buffer[] = []
        answer.on('data', (chunk: Buffer) => chunks.push(chunk))
        answer.on('end', () => {
          const send = () => {
            if (outgoing.destroyed) return
            outgoing.writeHead(answer.statusCode ?? 502, answer.headers)
            outgoing.end(Buffer.concat(chunks))
          }
          if (rule?.fault === 'drop-answer') return incoming.socket.destroy()
          if (rule?.fault === 'hold-answer') {
            held.push(send)
            heldWaiters.splice(0).forEach((resolve) => resolve())
            heldWaiters = []
            return
          }
          send()
        })
      },
    )
    forwarded.on('error', () => incoming.socket.destroy())
    if (rule?.fault === 'cut-midway') {
      let sent = 0
      incoming.on('data', (chunk: Buffer) => {
        if (sent > 0) return
        sent += chunk.length
        // Half of the first chunk, then nothing: the site never sees the whole request.
        forwarded.write(chunk.subarray(0, Math.max(1, chunk.length >> 1)), () => {
          forwarded.destroy()
          incoming.socket.destroy()
        })
      })
      return
    }
    incoming.pipe(forwarded)
  }

  const server = createServer(handle)
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return proxy
}
