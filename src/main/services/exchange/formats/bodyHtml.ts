// Moved to src/shared/exchange/formats/bodyHtml.ts (pure, used by renderer tests too); kept for
// src/main/services/sync/postFields.ts until it imports '@shared/exchange/formats/bodyHtml'.
export * from '@shared/exchange/formats/bodyHtml'
