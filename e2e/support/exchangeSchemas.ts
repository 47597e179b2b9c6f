import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv, type ErrorObject } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { validateXML } from 'xmllint-wasm'

// IPTC's own schemas, copied with their licence notes (e2e/data/schemas/README.md).
const schemasDir = join(import.meta.dirname, '../data/schemas')
const newsmlSchemaFile = 'NewsML-G2_2.35-spec-All-Power.xsd'

/** Validates XML against IPTC's NewsML-G2 2.35 schema (and the W3C xml.xsd it imports) with libxml2. */
export async function validateNewsml(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const result = await validateXML({
    xml: [{ fileName: 'item.xml', contents: xml }],
    schema: [{ fileName: newsmlSchemaFile, contents: readFileSync(join(schemasDir, newsmlSchemaFile), 'utf8') }],
    preload: [{ fileName: 'xml.xsd', contents: readFileSync(join(schemasDir, 'xml.xsd'), 'utf8') }],
  })
  return { valid: result.valid, errors: result.errors.map((error) => error.message) }
}

let ninjsValidator: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null } | undefined

/**
 * Validates JSON against IPTC's ninjs 2.0 schema. The schema is draft-04, which Ajv 8 does not load;
 * its only draft-04-only keyword is the root `id`, handed to Ajv as `$id`. GeoJSON (places) is an
 * external reference Copydesk never fills: registered as an open schema.
 */
export function validateNinjs(data: unknown): { valid: boolean; errors: string[] } {
  if (!ninjsValidator) {
    const schema = JSON.parse(readFileSync(join(schemasDir, 'ninjs-schema_2.0.json'), 'utf8')) as Record<string, unknown>
    const { id, $schema: _draft04, ...rest } = schema
    const ajv = new Ajv({ strict: false, allErrors: true })
    // ajv-formats is CommonJS: its default export arrives wrapped under ESM.
    const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv
    addFormats(ajv)
    ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json' })
    ninjsValidator = ajv.compile({ ...rest, $id: String(id) })
  }
  const valid = ninjsValidator(data)
  return { valid, errors: (ninjsValidator.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`) }
}
