import { createValueStore } from '../../ui/valueStore'

/**
 * Why the last edit made while suggesting was refused (it could not be recorded as a suggestion),
 * for the notice that tells the user; null once seen.
 * - photo: a whole photo added or removed
 * - structure: whole blocks inside a quote or a list, which the suggestion library cannot mark
 */
export type RefusedReason = 'photo' | 'structure'
export const refusedEdit = createValueStore<{ reason: RefusedReason; at: number } | null>(null)

/** Thrown when a suggestion would sit on a whole photo: no text there to carry its mark in Yjs. */
export class PhotoSuggestionError extends Error {}
