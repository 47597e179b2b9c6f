import type { z } from 'zod'
import { invokeContract, type InvokeContract, type ResponseOf } from '@shared/ipc/contract'
import type { InvokeChannel } from '@shared/ipc/channels'
import { maxRequestDepth, nestsDeeperThan } from '@shared/ipc/nestingDepth'
import { fail, ok, type ErrorCode, type Result } from '@shared/ipc/result'

export type Handlers = {
  [C in InvokeChannel]: (request: z.output<InvokeContract[C]['request']>) => Promise<ResponseOf<C>> | ResponseOf<C>
}

/** A failure a service means to report to the user, with its code. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'ServiceError'
  }
}

export type Dispatch = (channel: string, request: unknown) => Promise<Result<unknown>>

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'request'}: ${issue.message}`)
    .join('; ')
}

function isChannel(channel: string): channel is InvokeChannel {
  return Object.hasOwn(invokeContract, channel)
}

/**
 * Validates a request against the contract, runs its handler and checks the answer.
 * Plain Node: Electron's ipcMain and the e2e harness both call it.
 */
export function createDispatcher(handlers: Handlers): Dispatch {
  return async (channel, request) => {
    if (!isChannel(channel)) return fail('unknown-channel', `No such channel: ${String(channel).slice(0, 80)}`)
    const contract = invokeContract[channel]
    // zod parses recursive schemas recursively: a request nested deep enough throws RangeError there.
    if (nestsDeeperThan(request, maxRequestDepth)) {
      return fail('invalid-request', `Refused ${channel}: the request is nested more than ${maxRequestDepth} levels deep`)
    }
    let parsed: ReturnType<typeof contract.request.safeParse>
    try {
      parsed = contract.request.safeParse(request)
    } catch (error) {
      // A schema's own check (a regular expression, a refinement) that throws is a refused request too.
      return fail('invalid-request', `Refused ${channel}: ${error instanceof Error ? error.message : String(error)}`)
    }
    if (!parsed.success) {
      return fail('invalid-request', `Refused ${channel}: ${describeIssues(parsed.error)}`)
    }
    let value: unknown
    try {
      const handler = handlers[channel] as (request: unknown) => unknown
      value = await handler(parsed.data)
    } catch (error) {
      if (error instanceof ServiceError) return fail(error.code, error.message)
      return fail('internal', `${channel} failed: ${error instanceof Error ? error.message : String(error)}`)
    }
    const checked = contract.response.safeParse(value)
    if (!checked.success) {
      return fail('invalid-response', `${channel} answered wrongly: ${describeIssues(checked.error)}`)
    }
    return ok(checked.data)
  }
}
