/**
 * How deep a request may nest (objects and arrays). An article's body is the deepest thing the
 * contract carries: each quote or list level is two or three levels of JSON, so this leaves room
 * for quotes and lists about 60 deep, far past anything written, and far below where zod's recursive
 * parse (or the handler's own recursion) runs out of stack.
 */
export const maxRequestDepth = 200

/** Whether `value` nests deeper than `limit`; walked with a stack of its own, so no depth can overflow it. */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]]
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!
    if (typeof current !== 'object' || current === null) continue
    if (depth >= limit) return true
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1])
    }
  }
  return false
}
